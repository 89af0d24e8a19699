import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load generator for the inbound message path: POST /api/v1/inboxes/{id}/inbound with bounded
 * concurrency. Half the messages come from a fixed pool of returning customers (existing
 * conversations), half from new customers (new contact and conversation).
 *
 * With a batch size above 1, each request carries that many messages to the batch endpoint
 * ({@code /inbound/batch}); latencies are then per request, i.e. per batch.
 *
 * Usage: java InboundLoad.java <baseUrl> <token> <inboxId> <messages> <concurrency> <returningCustomers> [batchSize]
 */
public class InboundLoad {

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String token = args[1];
        String inbox = args[2];
        int total = Integer.parseInt(args[3]);
        int concurrency = Integer.parseInt(args[4]);
        int returning = Integer.parseInt(args[5]);
        int batch = args.length > 6 ? Integer.parseInt(args[6]) : 1;
        String run = Long.toString(System.currentTimeMillis(), 36);

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(4)).build();
        URI target = URI.create(baseUrl + "/api/v1/inboxes/" + inbox + "/inbound");
        URI batchTarget = URI.create(baseUrl + "/api/v1/inboxes/" + inbox + "/inbound/batch");
        Semaphore permits = new Semaphore(concurrency);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicInteger failures = new AtomicInteger();

        warmUp(http, target, token, run);
        long started = System.nanoTime();
        for (int first = 0; first < total; first += batch) {
            StringBuilder messages = new StringBuilder();
            for (int i = first; i < Math.min(total, first + batch); i++) {
                String sender = i % 2 == 0 ? "returning-" + (i / 2 % returning) : "new-" + run + "-" + i;
                messages.append(messages.isEmpty() ? "" : ",").append("""
                        {"from":{"address":"%s"},"externalId":"%s-%d","text":"Message %d: where is my order? 我的订单在哪里？ 주문은 어디에 있나요?"}"""
                        .formatted(sender, run, i, i));
            }
            String body = batch == 1 ? messages.toString() : "{\"messages\":[" + messages + "]}";
            int expected = batch == 1 ? 201 : 200;
            HttpRequest request = HttpRequest.newBuilder(batch == 1 ? target : batchTarget).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            permits.acquire();
            long sent = System.nanoTime();
            http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
                latencies.add(System.nanoTime() - sent);
                if (error != null || response.statusCode() != expected) {
                    failures.incrementAndGet();
                }
                permits.release();
            });
        }
        permits.acquire(concurrency);
        double seconds = (System.nanoTime() - started) / 1e9;

        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("messages=%d batch=%d concurrency=%d failed-requests=%d seconds=%.2f throughput=%.0f msg/s%n",
                total, batch, concurrency, failures.get(), seconds, total / seconds);
        System.out.printf("request latency ms: p50=%.1f p95=%.1f p99=%.1f max=%.1f%n", percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
        System.exit(failures.get() == 0 ? 0 : 1);
    }

    /** A few hundred requests first so the JIT and connection pools are warm before measuring. */
    private static void warmUp(HttpClient http, URI target, String token, String run) throws Exception {
        for (int i = 0; i < 300; i++) {
            http.send(HttpRequest.newBuilder(target).header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"from\":{\"address\":\"warmup-%d\"},\"externalId\":\"warmup-%s-%d\",\"text\":\"warm up\"}"
                                    .formatted(i % 20, run, i)))
                    .build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
