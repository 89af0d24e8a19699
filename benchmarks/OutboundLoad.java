import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for the messaging outbox: how fast agents' SMS replies reach a provider that takes its time to
 * answer. Runs a stand-in of Twilio's Messages resource on loopback that answers each send after
 * {@code providerLatencyMs}, points the SMS inbox at it, opens one conversation per customer with a signed Twilio
 * webhook ({@link MessagingLoad#twilio}), then posts {@code repliesPerCustomer} replies to each conversation through
 * the API ({@code concurrency} agents at once, each answering its own customers in turn) and waits until the
 * stand-in has received every reply. Reports replies per second from the first reply posted to the last one
 * received, the time from a reply's 201 to its arrival at the provider (queueing in the outbox included), and
 * whether each customer received their replies in the order they were written.
 *
 * Usage: java OutboundLoad <baseUrl> <token> <smsInboxId> <customers> <repliesPerCustomer> <providerLatencyMs> <concurrency>
 */
public class OutboundLoad {

    private static final Pattern REPLY = Pattern.compile("reply (\\d+)");

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String token = args[1];
        String inbox = args[2];
        int customers = Integer.parseInt(args[3]);
        int repliesPerCustomer = Integer.parseInt(args[4]);
        long latencyMs = Long.parseLong(args[5]);
        int concurrency = Integer.parseInt(args[6]);
        int total = customers * repliesPerCustomer;
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

        long[] arrived = new long[total];
        Map<String, List<Integer>> receivedByCustomer = new ConcurrentHashMap<>();
        AtomicInteger received = new AtomicInteger();
        HttpServer provider = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        provider.setExecutor(Executors.newCachedThreadPool());
        provider.createContext("/2010-04-01/Accounts/ACbench/Messages.json", exchange -> {
            Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Matcher reply = REPLY.matcher(form.getOrDefault("Body", ""));
            if (reply.find()) {
                int n = Integer.parseInt(reply.group(1));
                arrived[n] = System.nanoTime();
                receivedByCustomer.computeIfAbsent(form.get("To"), to -> new CopyOnWriteArrayList<>()).add(n);
                received.incrementAndGet();
            }
            try {
                Thread.sleep(latencyMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] answer = ("{\"sid\":\"SM" + UUID.randomUUID().toString().replace("-", "") + "\",\"status\":\"queued\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(201, answer.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        });
        provider.start();

        String settings = "{\"settings\":{\"sms\":{\"accountSid\":\"ACbench\",\"authToken\":\"benchmark-secret\","
                + "\"from\":\"+15550100100\",\"apiBaseUrl\":\"http://127.0.0.1:" + provider.getAddress().getPort() + "\"}}}";
        HttpResponse<String> configured = http.send(api(baseUrl, token, "/api/v1/inboxes/" + inbox)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(settings)).build(), HttpResponse.BodyHandlers.ofString());
        check(configured, 200, "configuring the inbox");

        // One conversation per customer, opened by their first SMS.
        String run = Long.toString(System.currentTimeMillis() % 1_000_000);
        URI webhook = URI.create(baseUrl + "/webhooks/sms/" + inbox);
        Instant opening = Instant.now().minusSeconds(1);
        List<String> numbers = new ArrayList<>();
        MessagingLoad.Connection connection = new MessagingLoad.Connection(webhook);
        for (int c = 0; c < customers; c++) {
            String number = String.format("+4916%s%05d", run.substring(0, Math.min(4, run.length())), c);
            numbers.add(number);
            int status = connection.exchange(MessagingLoad.twilio(webhook, "SMout" + run + "-" + c, number));
            if (status != 200) {
                throw new IllegalStateException("opening a conversation: HTTP " + status);
            }
            if (connection.closedByServer) {
                connection.close();
                connection = new MessagingLoad.Connection(webhook);
            }
        }
        connection.close();
        List<String> conversations = conversationsSince(http, baseUrl, token, inbox, opening);
        if (conversations.size() != customers) {
            throw new IllegalStateException("found " + conversations.size() + " new conversations, not " + customers);
        }

        // Each agent thread answers its own customers in turn: reply k of customer c is number c * R + k.
        long[] accepted = new long[total];
        AtomicInteger failed = new AtomicInteger();
        long started = System.nanoTime();
        List<Thread> agents = new ArrayList<>();
        for (int a = 0; a < concurrency; a++) {
            int agent = a;
            agents.add(Thread.ofPlatform().start(() -> {
                for (int k = 0; k < repliesPerCustomer; k++) {
                    for (int c = agent; c < customers; c += concurrency) {
                        int n = c * repliesPerCustomer + k;
                        try {
                            HttpResponse<String> reply = http.send(api(baseUrl, token, "/api/v1/conversations/"
                                            + conversations.get(c) + "/messages")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\":\"Thanks for waiting, reply " + n + "\"}"))
                                    .build(), HttpResponse.BodyHandlers.ofString());
                            accepted[n] = System.nanoTime();
                            if (reply.statusCode() != 201) {
                                failed.incrementAndGet();
                            }
                        } catch (IOException | InterruptedException e) {
                            failed.incrementAndGet();
                        }
                    }
                }
            }));
        }
        for (Thread agent : agents) {
            agent.join();
        }
        long posted = System.nanoTime();
        long deadline = posted + Duration.ofMinutes(10).toNanos();
        while (received.get() < total - failed.get() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        long last = Arrays.stream(arrived).max().orElse(started);
        provider.stop(0);

        long[] waits = new long[total];
        int missing = 0;
        for (int n = 0; n < total; n++) {
            if (arrived[n] == 0) {
                missing++;
            }
            waits[n] = arrived[n] == 0 ? Long.MAX_VALUE : arrived[n] - accepted[n];
        }
        Arrays.sort(waits);
        int outOfOrder = 0;
        for (List<Integer> replies : receivedByCustomer.values()) {
            List<Integer> sorted = new ArrayList<>(replies);
            sorted.sort(Integer::compare);
            outOfOrder += sorted.equals(replies) ? 0 : 1;
        }
        double seconds = (last - started) / 1e9;
        System.out.printf("replies=%d customers=%d provider latency=%d ms agents=%d failed=%d missing=%d "
                        + "posting took %.2f s, all at the provider after %.2f s: %.1f replies/s%n",
                total, customers, latencyMs, concurrency, failed.get(), missing, (posted - started) / 1e9, seconds,
                (total - missing) / seconds);
        System.out.printf("from 201 to the provider, ms: p50=%.0f p95=%.0f p99=%.0f max=%.0f; customers whose replies arrived out of order: %d%n",
                MessagingLoad.percentile(waits, 50), MessagingLoad.percentile(waits, 95),
                MessagingLoad.percentile(waits, 99), waits[total - 1 - missing] / 1e6, outOfOrder);
        System.exit(failed.get() == 0 && missing == 0 && outOfOrder == 0 ? 0 : 1);
    }

    /** The inbox's conversations created since {@code since} (the demo workspace has older ones), from the API. */
    private static List<String> conversationsSince(HttpClient http, String baseUrl, String token, String inbox,
                                                   Instant since) throws Exception {
        List<String> ids = new ArrayList<>();
        Pattern item = Pattern.compile("\\{\"id\":\"([0-9a-f-]{36})\".*?\"createdAt\":\"([^\"]+)\"");
        String cursor = null;
        do {
            HttpResponse<String> page = http.send(api(baseUrl, token, "/api/v1/conversations?inbox=" + inbox + "&limit=100"
                    + (cursor == null ? "" : "&cursor=" + cursor)).GET().build(), HttpResponse.BodyHandlers.ofString());
            check(page, 200, "listing conversations");
            Matcher conversation = item.matcher(page.body());
            while (conversation.find()) {
                if (!Instant.parse(conversation.group(2)).isBefore(since)) {
                    ids.add(conversation.group(1));
                }
            }
            Matcher next = Pattern.compile("\"nextCursor\":\"([^\"]+)\"").matcher(page.body());
            cursor = next.find() ? next.group(1) : null;
        } while (cursor != null);
        return ids;
    }

    private static HttpRequest.Builder api(String baseUrl, String token, String path) {
        return HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
    }

    private static void check(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + ": " + response.statusCode() + " " + response.body());
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }
}
