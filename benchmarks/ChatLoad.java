import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator for the web chat widget: opens {@code visitors} visitor sessions
 * ({@code POST /api/v1/widget/{inboxId}/session} with an Origin header) and one socket each
 * ({@code /api/v1/widget/socket}, authenticated by a first {@code {"type":"auth","token":"…"}} frame), all of
 * them connected for the whole run, then sends
 * {@code {"type":"message","id":"…","text":"…"}} frames at full speed, at most {@code window} unacknowledged
 * per socket, and counts the {@code ack} frames. A warm-up round goes first on the same sockets (it also
 * gives every visitor a conversation, so the measured messages continue open conversations, as in a chat).
 * Latency is from handing a frame to the socket to reading its ack.
 *
 * Usage: java ChatLoad.java <baseUrl> <inboxId> <origin> <visitors> <messages> <window> <warmUpMessages> [command after warm-up]
 */
public class ChatLoad {

    private static final Pattern ACK_ID = Pattern.compile("\"id\":\"m(\\d+)\"");

    static final AtomicInteger acks = new AtomicInteger();
    static final AtomicInteger errors = new AtomicInteger();
    static final AtomicInteger echoes = new AtomicInteger();
    static final AtomicInteger closed = new AtomicInteger();
    static volatile long[] sentAt;
    static volatile long[] latency;
    static volatile CountDownLatch done;
    static final AtomicLong nextId = new AtomicLong();
    static volatile boolean finished;

    /** One visitor's socket: sends its quota, never more than {@code window} unacknowledged. */
    static final class Visitor implements WebSocket.Listener {
        final int number;
        final int window;
        WebSocket socket;
        final StringBuilder partial = new StringBuilder();
        int quota;
        int sent;
        int inFlight;
        boolean sending;

        Visitor(int number, int window) {
            this.number = number;
            this.window = window;
        }

        synchronized void start(int messages) {
            quota = sent + messages;
            pump();
        }

        synchronized void pump() {
            if (sending || inFlight >= window || sent >= quota) {
                return;
            }
            sending = true;
            inFlight++;
            sent++;
            int id = (int) nextId.getAndIncrement();
            String frame = "{\"type\":\"message\",\"id\":\"m" + id + "\",\"text\":\"Hello, visitor " + number
                    + " here: where is my order " + id + "? 我的订单在哪里？\"}";
            sentAt[id] = System.nanoTime();
            socket.sendText(frame, true).whenComplete((ws, error) -> {
                if (error != null) {
                    errors.incrementAndGet();
                }
                synchronized (this) {
                    sending = false;
                }
                pump();
            });
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String frame = partial.toString();
                partial.setLength(0);
                if (frame.contains("\"type\":\"ack\"")) {
                    Matcher id = ACK_ID.matcher(frame);
                    if (id.find()) {
                        int index = Integer.parseInt(id.group(1));
                        latency[index] = System.nanoTime() - sentAt[index];
                    }
                    acks.incrementAndGet();
                    synchronized (this) {
                        inFlight--;
                    }
                    done.countDown();
                    pump();
                } else if (frame.contains("\"type\":\"error\"")) {
                    errors.incrementAndGet();
                    System.err.println("error frame: " + frame);
                    synchronized (this) {
                        inFlight--;
                    }
                    done.countDown();
                    pump();
                } else if (frame.contains("\"type\":\"message\"")) {
                    echoes.incrementAndGet();
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (!finished) {
                closed.incrementAndGet();
                System.err.println("socket " + number + " closed: " + statusCode + " " + reason);
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.incrementAndGet();
            System.err.println("socket " + number + " failed: " + error);
        }
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        String inbox = args[1];
        String origin = args[2];
        int visitors = Integer.parseInt(args[3]);
        int messages = Integer.parseInt(args[4]);
        int window = Integer.parseInt(args[5]);
        int warmUp = Integer.parseInt(args[6]);
        sentAt = new long[warmUp + messages + visitors];
        latency = new long[sentAt.length];

        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            clients.add(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                    .executor(Executors.newFixedThreadPool(2)).build());
        }
        long started = System.nanoTime();
        String[] tokens = new String[visitors];
        Semaphore permits = new Semaphore(16);
        AtomicInteger sessionFailures = new AtomicInteger();
        Pattern token = Pattern.compile("\"token\":\"([^\"]+)\"");
        URI sessionUri = URI.create(baseUrl + "/api/v1/widget/" + inbox + "/session");
        for (int i = 0; i < visitors; i++) {
            int visitor = i;
            permits.acquire();
            clients.get(i % clients.size()).sendAsync(HttpRequest.newBuilder(sessionUri)
                            .header("Origin", origin).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Visitor " + i + "\",\"language\":\"en\"}"))
                            .build(), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        Matcher found = error == null ? token.matcher(response.body()) : null;
                        if (found != null && response.statusCode() == 200 && found.find()) {
                            tokens[visitor] = found.group(1);
                        } else {
                            sessionFailures.incrementAndGet();
                            System.err.println("session failed: " + (error != null ? error : response.statusCode() + " " + response.body()));
                        }
                        permits.release();
                    });
        }
        permits.acquire(16);
        if (sessionFailures.get() > 0) {
            System.exit(1);
        }
        double sessionSeconds = (System.nanoTime() - started) / 1e9;

        started = System.nanoTime();
        URI socketUri = URI.create(baseUrl.replaceFirst("^http", "ws") + "/api/v1/widget/socket");
        List<Visitor> open = new ArrayList<>();
        List<CompletableFuture<WebSocket>> connecting = new ArrayList<>();
        for (int i = 0; i < visitors; i++) {
            Visitor visitor = new Visitor(i, window);
            open.add(visitor);
            connecting.add(clients.get(i % clients.size()).newWebSocketBuilder().header("Origin", origin)
                    .connectTimeout(Duration.ofSeconds(30))
                    .buildAsync(socketUri, visitor)
                    .thenCompose(ws -> ws.sendText("{\"type\":\"auth\",\"token\":\"" + tokens[visitor.number] + "\"}", true))
                    .thenApply(ws -> visitor.socket = ws));
            if (connecting.size() % 50 == 0) {
                CompletableFuture.allOf(connecting.toArray(CompletableFuture[]::new)).join();
            }
        }
        CompletableFuture.allOf(connecting.toArray(CompletableFuture[]::new)).join();
        double connectSeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("visitors=%d sessions in %.1f s, sockets connected in %.1f s%n", visitors, sessionSeconds, connectSeconds);

        round(open, warmUp, "warm-up");
        if (args.length > 7 && !args[7].isBlank()) {
            new ProcessBuilder("sh", "-c", args[7]).inheritIO().start().waitFor();
        }
        int latencyFrom = (int) nextId.get();
        acks.set(0);
        errors.set(0);
        echoes.set(0);
        double seconds = round(open, messages, "measured");
        int latencyTo = (int) nextId.get();

        long[] sorted = Arrays.stream(latency, latencyFrom, latencyTo).filter(l -> l > 0).sorted().toArray();
        int connected = visitors - closed.get();
        System.out.printf("messages=%d visitors=%d connected-at-end=%d window=%d acks=%d errors=%d echoes=%d seconds=%.2f throughput=%.0f msg/s%n",
                messages, visitors, connected, window, acks.get(), errors.get(), echoes.get(), seconds, acks.get() / seconds);
        System.out.printf("ack latency ms: p50=%.1f p95=%.1f p99=%.1f max=%.1f%n", percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
        finished = true;
        for (Visitor visitor : open) {
            visitor.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
        Thread.sleep(500);
        System.exit(errors.get() == 0 && acks.get() == messages && connected == visitors ? 0 : 1);
    }

    /** Sends {@code messages} spread over all sockets and waits for every ack; returns the seconds taken. */
    static double round(List<Visitor> open, int messages, String name) throws InterruptedException {
        done = new CountDownLatch(messages);
        long started = System.nanoTime();
        for (int i = 0; i < open.size(); i++) {
            int share = messages / open.size() + (i < messages % open.size() ? 1 : 0);
            open.get(i).start(share);
        }
        if (!done.await(10, TimeUnit.MINUTES)) {
            System.err.println(name + ": timed out with " + done.getCount() + " messages unacknowledged");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (name.equals("warm-up")) {
            System.out.printf("warm-up: %d messages in %.1f s (%.0f msg/s), errors=%d%n", messages, seconds, acks.get() / seconds, errors.get());
        }
        return seconds;
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
