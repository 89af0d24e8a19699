import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Load generator for the SMS, WhatsApp and Messenger webhooks: configures the inbox with known credentials (PATCH
 * /api/v1/inboxes/{id}), then posts signed provider webhooks with bounded concurrency, each message from its own
 * number with its own provider id (so each creates a contact and a conversation, the heavier path), one in four
 * a duplicate delivery of an earlier message (which must be answered without storing it again).
 * sms: Twilio's form-encoded message webhook with X-Twilio-Signature; whatsapp: a Cloud API notification with
 * X-Hub-Signature-256; messenger: a page notification (object: page, entry[].messaging[]) signed the same way.
 *
 * With {@code messagesPerCustomer} above 1 (default 1), the messages come from messages / messagesPerCustomer customers
 * in turn, so each customer writes that many times spread over the run: the first message of each starts a conversation,
 * the others continue it (the usual case for a contact center).
 *
 * Usage: java MessagingLoad.java <baseUrl> <token> <inboxId> <sms|whatsapp|messenger> <messages> <concurrency> [messagesPerCustomer]
 */
public class MessagingLoad {

    private static final String SECRET = "benchmark-secret";

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String token = args[1];
        String inbox = args[2];
        String provider = args[3];
        boolean sms = provider.equals("sms");
        int total = Integer.parseInt(args[4]);
        int concurrency = Integer.parseInt(args[5]);
        int messagesPerCustomer = args.length > 6 ? Math.max(1, Integer.parseInt(args[6])) : 1;
        int customers = Math.max(1, total / messagesPerCustomer);
        String run = Long.toString(System.currentTimeMillis() % 1_000_000);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();

        // Messenger: profile names come from an address that refuses at once (no Graph API in a benchmark).
        String settings = sms
                ? "{\"settings\":{\"sms\":{\"accountSid\":\"ACbench\",\"authToken\":\"" + SECRET + "\",\"from\":\"+15550100100\"}}}"
                : provider.equals("messenger")
                ? "{\"settings\":{\"messenger\":{\"pageId\":\"2001\",\"pageAccessToken\":\"bench\",\"appSecret\":\"" + SECRET
                        + "\",\"apiBaseUrl\":\"http://127.0.0.1:9\"}}}"
                : "{\"settings\":{\"whatsapp\":{\"phoneNumberId\":\"1065\",\"accessToken\":\"bench\",\"appSecret\":\"" + SECRET
                        + "\",\"verifyToken\":\"bench\"}}}";
        HttpResponse<String> configured = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/v1/inboxes/" + inbox))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(settings)).build(), HttpResponse.BodyHandlers.ofString());
        if (configured.statusCode() != 200) {
            throw new IllegalStateException("configuring the inbox: " + configured.statusCode() + " " + configured.body());
        }

        String url = baseUrl + "/webhooks/" + provider + "/" + inbox;
        Semaphore permits = new Semaphore(concurrency);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();
        Map<String, AtomicInteger> outcomes = new java.util.concurrent.ConcurrentHashMap<>();
        // Built and signed before the clock starts: the run measures the server, not the client's HMACs.
        HttpRequest[] requests = new HttpRequest[total];
        for (int i = 0; i < total; i++) {
            // Every fourth message is the provider delivering the previous one again.
            int message = i % 4 == 3 ? i - 1 : i;
            String number = String.format("4917%s%05d", run.substring(0, Math.min(4, run.length())), (message % customers) % 100_000);
            String id = (sms ? "SM" : provider.equals("messenger") ? "m_" : "wamid.") + run + "-" + message;
            requests[i] = sms ? twilio(url, id, "+" + number)
                    : provider.equals("messenger") ? messenger(url, id, number) : meta(url, id, number);
        }
        long started = System.nanoTime();
        for (HttpRequest request : requests) {
            permits.acquire();
            long sent = System.nanoTime();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
                latencies.add(System.nanoTime() - sent);
                String outcome = error != null ? error.getClass().getSimpleName() : String.valueOf(response.statusCode());
                outcomes.computeIfAbsent(outcome, k -> new AtomicInteger()).incrementAndGet();
                if (error != null || response.statusCode() != 200) {
                    failures.incrementAndGet();
                }
                permits.release();
            });
        }
        permits.acquire(concurrency);
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("provider=%s webhooks=%d (a quarter duplicates) customers=%d concurrency=%d failed=%d seconds=%.2f throughput=%.0f webhooks/s%n",
                args[3], total, customers, concurrency, failures.get(), seconds, total / seconds);
        System.out.printf("outcomes: %s%n", new TreeMap<>(outcomes));
        System.out.printf("request latency ms: p50=%.1f p95=%.1f p99=%.1f max=%.1f%n", percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
        System.exit(failures.get() == 0 ? 0 : 1);
    }

    static HttpRequest twilio(String url, String sid, String from) throws Exception {
        Map<String, String> form = new TreeMap<>(Map.of("MessageSid", sid, "AccountSid", "ACbench", "From", from,
                "To", "+15550100100", "Body", "Where is my parcel? " + sid, "NumMedia", "0"));
        StringBuilder signed = new StringBuilder(url);
        form.forEach((name, value) -> signed.append(name).append(value));
        Mac mac = Mac.getInstance("HmacSHA1");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
        String signature = Base64.getEncoder().encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Twilio-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static HttpRequest messenger(String url, String mid, String psid) throws Exception {
        long now = System.currentTimeMillis();
        return signed(url, ("{\"object\":\"page\",\"entry\":[{\"id\":\"2001\",\"time\":%d,\"messaging\":[{\"sender\":{\"id\":\"%s\"},"
                + "\"recipient\":{\"id\":\"2001\"},\"timestamp\":%d,\"message\":{\"mid\":\"%s\",\"text\":\"Where is my parcel? %s\"}}]}]}")
                .formatted(now, psid, now, mid, mid));
    }

    static HttpRequest meta(String url, String id, String from) throws Exception {
        String body = ("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\",\"changes\":[{\"field\":\"messages\","
                + "\"value\":{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550100100\","
                + "\"phone_number_id\":\"1065\"},\"contacts\":[{\"profile\":{\"name\":\"Customer %s\"},\"wa_id\":\"%s\"}],"
                + "\"messages\":[{\"from\":\"%s\",\"id\":\"%s\",\"timestamp\":\"%d\",\"type\":\"text\","
                + "\"text\":{\"body\":\"Where is my parcel? %s\"}}]}}]}]}")
                .formatted(from, from, from, id, Instant.now().getEpochSecond(), id);
        return signed(url, body);
    }

    /** Meta's X-Hub-Signature-256 over the body, as WhatsApp, Messenger and Instagram webhooks carry it. */
    static HttpRequest signed(String url, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("X-Hub-Signature-256", "sha256=" + HexFormat.of().formatHex(mac.doFinal(bytes)))
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build();
    }

    static double percentile(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }
}
