import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Listens to the workspace's live event stream (as a browser does) and measures, for each {@code sla.breached}
 * event, how long after its {@code dueAt} it arrived. Stops after {@code expected} breaches or {@code timeout}
 * seconds, then prints count, lag percentiles and how many were marked late.
 * Usage: java SlaBreachListener.java BASE_URL TOKEN EXPECTED TIMEOUT_SECONDS
 * It prints "listening" once the stream is open, so the caller can start the due times after that.
 */
public class SlaBreachListener {

    private static final Pattern DUE_AT = Pattern.compile("\"dueAt\":\"([^\"]+)\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1];
        int expected = Integer.parseInt(args[2]);
        Duration timeout = Duration.ofSeconds(Long.parseLong(args[3]));
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/events/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
        HttpResponse<java.io.InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("event stream answered " + response.statusCode());
        }
        System.out.println("listening");
        System.out.flush();
        List<Long> lagsMillis = Collections.synchronizedList(new ArrayList<>());
        int[] late = {0};
        Instant[] firstAndLast = new Instant[2];
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                String event = null;
                for (String line; (line = lines.readLine()) != null; ) {
                    if (line.startsWith("event:")) {
                        event = line.substring(6).strip();
                    } else if (line.startsWith("data:") && "sla.breached".equals(event)) {
                        Instant now = Instant.now();
                        Matcher due = DUE_AT.matcher(line);
                        if (due.find()) {
                            lagsMillis.add(Duration.between(Instant.parse(due.group(1)), now).toMillis());
                            if (line.contains("\"late\":true")) {
                                late[0]++;
                            }
                            if (firstAndLast[0] == null) {
                                firstAndLast[0] = now;
                            }
                            firstAndLast[1] = now;
                        }
                    }
                }
            } catch (Exception e) {
                System.err.println("stream ended: " + e);
            }
        });
        Instant deadline = Instant.now().plus(timeout);
        while (lagsMillis.size() < expected && Instant.now().isBefore(deadline) && reader.isAlive()) {
            Thread.sleep(100);
        }
        List<Long> sorted;
        synchronized (lagsMillis) {
            sorted = new ArrayList<>(lagsMillis);
        }
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.println("breaches received: 0 of " + expected);
            System.exit(1);
        }
        long within = sorted.stream().filter(lag -> lag <= 1000).count();
        System.out.printf("breaches received: %d of %d in %.1f s; lag after dueAt (ms): min %d, p50 %d, p95 %d, p99 %d, max %d;"
                        + " within 1 s: %d (%.2f%%); marked late: %d%n",
                sorted.size(), expected, Duration.between(firstAndLast[0], firstAndLast[1]).toMillis() / 1000.0,
                sorted.getFirst(), percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted.getLast(),
                within, 100.0 * within / sorted.size(), late[0]);
        System.exit(0);
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
