import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for raw inbound email: POST /api/v1/inboxes/{id}/email (message/rfc822) with bounded
 * concurrency. The corpus is every .eml file in a directory (the test corpus: charsets, HTML, attachments,
 * broken MIME, auto-replies, a bounce), used as templates: each posted message gets a unique Message-ID and
 * a unique sender, and one message in three is a reply (In-Reply-To and References, same sender) to a
 * message stored earlier in the run, so it threads into that conversation. The bytes of each template are
 * kept as they are (8-bit charsets included); only the headers named above are rewritten.
 *
 * Usage: java EmailLoad.java <baseUrl> <token> <inboxId> <corpusDir> <emails> <concurrency>
 */
public class EmailLoad {

    private static final Pattern FROM = Pattern.compile("(?im)^From:[^\\r\\n]*(\\r?\\n[ \\t][^\\r\\n]*)*\\r?\\n");
    private static final Pattern DROPPED = Pattern.compile(
            "(?im)^(Message-ID|In-Reply-To|References|Return-Path):[^\\r\\n]*(\\r?\\n[ \\t][^\\r\\n]*)*\\r?\\n");
    private static final Pattern ADDRESS = Pattern.compile("<[^>]*>|[^\\s<>\"]+@[^\\s<>\"]+");

    record Template(String name, String text) {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String token = args[1];
        String inbox = args[2];
        Path corpus = Path.of(args[3]);
        int total = Integer.parseInt(args[4]);
        int concurrency = Integer.parseInt(args[5]);
        String run = Long.toString(System.currentTimeMillis(), 36);

        List<Template> templates = templates(corpus);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        URI target = URI.create(baseUrl + "/api/v1/inboxes/" + inbox + "/email");
        Semaphore permits = new Semaphore(concurrency);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
        AtomicInteger failures = new AtomicInteger();
        // Messages stored so far (their index), which later replies refer to.
        AtomicReferenceArray<String> stored = new AtomicReferenceArray<>(total);
        String[] senders = new String[total];
        AtomicInteger storedCount = new AtomicInteger();
        int[] storedIndex = new int[total];
        AtomicInteger replies = new AtomicInteger();
        long bytes = 0;

        long started = System.nanoTime();
        for (int i = 0; i < total; i++) {
            Template template = templates.get(i % templates.size());
            String messageId = "<" + run + "." + i + "@bench.example>";
            String from = "customer-" + run + "-" + i + "@bench.example";
            String inReplyTo = null;
            int known = storedCount.get();
            if (i % 3 == 2 && known > 0) {
                int parent;
                synchronized (storedIndex) {
                    parent = storedIndex[ThreadLocalRandom.current().nextInt(Math.min(known, storedCount.get()))];
                }
                inReplyTo = stored.get(parent);
                from = senders[parent];
                replies.incrementAndGet();
            }
            senders[i] = from;
            byte[] body = rewrite(template.text(), messageId, from, inReplyTo).getBytes(StandardCharsets.ISO_8859_1);
            bytes += body.length;
            HttpRequest request = HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "message/rfc822")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            int index = i;
            permits.acquire();
            long sent = System.nanoTime();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                latencies.add(System.nanoTime() - sent);
                if (error != null || response.statusCode() != 201) {
                    failures.incrementAndGet();
                    String what = error != null ? error.getClass().getSimpleName()
                            : response.statusCode() + " " + template.name();
                    outcomes.computeIfAbsent("failed " + what, k -> new AtomicInteger()).incrementAndGet();
                } else {
                    Matcher kind = Pattern.compile("\"kind\":\"([^\"]+)\"").matcher(response.body());
                    outcomes.computeIfAbsent(kind.find() ? kind.group(1) : "?", k -> new AtomicInteger()).incrementAndGet();
                    stored.set(index, messageId);
                    synchronized (storedIndex) {
                        storedIndex[storedCount.getAndIncrement()] = index;
                    }
                }
                permits.release();
            });
        }
        permits.acquire(concurrency);
        double seconds = (System.nanoTime() - started) / 1e9;

        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("emails=%d templates=%d replies=%d avg-size=%d B concurrency=%d failed=%d seconds=%.2f throughput=%.0f emails/s%n",
                total, templates.size(), replies.get(), bytes / total, concurrency, failures.get(), seconds, total / seconds);
        System.out.printf("outcomes: %s%n", new TreeMap<>(outcomes));
        System.out.printf("request latency ms: p50=%.1f p95=%.1f p99=%.1f max=%.1f%n", percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
        System.exit(failures.get() == 0 ? 0 : 1);
    }

    /** Every .eml file of the directory, in name order. */
    static List<Template> templates(Path corpus) throws java.io.IOException {
        List<Template> templates = new ArrayList<>();
        try (var files = Files.list(corpus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".eml")).sorted().toList()) {
                // ISO-8859-1 maps every byte to one char and back, so 8-bit bodies survive untouched.
                templates.add(new Template(file.getFileName().toString(),
                        Files.readString(file, StandardCharsets.ISO_8859_1)));
            }
        }
        return templates;
    }

    /** The template with its own Message-ID, In-Reply-To, References and Return-Path replaced. */
    static String rewrite(String template, String messageId, String from, String inReplyTo) {
        String text = DROPPED.matcher(template).replaceAll("");
        Matcher header = FROM.matcher(text);
        String newline = text.contains("\r\n") ? "\r\n" : "\n";
        String threading = "Message-ID: " + messageId + newline
                + (inReplyTo == null ? "" : "In-Reply-To: " + inReplyTo + newline + "References: " + inReplyTo + newline);
        if (header.find()) {
            String line = header.group();
            Matcher address = ADDRESS.matcher(line.substring(5));
            String replaced = address.find()
                    ? "From:" + line.substring(5, 5 + address.start())
                    + (address.group().startsWith("<") ? "<" + from + ">" : from)
                    + line.substring(5 + address.end())
                    : "From: " + from + newline;
            return text.substring(0, header.start()) + replaced + threading + text.substring(header.end());
        }
        return "From: " + from + newline + threading + text;
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
