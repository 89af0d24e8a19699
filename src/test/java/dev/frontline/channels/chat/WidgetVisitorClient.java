package dev.frontline.channels.chat;

import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/**
 * A widget as a test drives it: the JDK's WebSocket client on the visitor socket, frames as JSON. {@link #connect}
 * authenticates like the widget (the token in the first frame) and returns once the server answered.
 */
final class WidgetVisitorClient implements AutoCloseable {

    /** How the server closed the socket. */
    record Closed(int code, String reason) {
    }

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Opens an anonymous visitor session for the chat inbox from a page of {@code origin}; answers its token. */
    static String newVisitor(TestWorkspaces workspaces, UUID chatInbox, String origin) {
        return workspaces.anonymous().withHeader("Origin", origin).post("/api/v1/widget/" + chatInbox + "/session", Map.of())
                .json().get("token").asString();
    }

    private final WebSocket socket;
    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final List<JsonNode> notYetTaken = new ArrayList<>();
    private final CompletableFuture<Void> answered = new CompletableFuture<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();

    private WidgetVisitorClient(String url, String origin) {
        StringBuilder partial = new StringBuilder();
        this.socket = HTTP.newWebSocketBuilder()
                .header("Origin", origin)
                .buildAsync(URI.create(url), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            frames.add(TestApi.json().readTree(partial.toString()));
                            partial.setLength(0);
                            answered.complete(null);
                        }
                        webSocket.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        Closed how = new Closed(statusCode, reason);
                        closed.complete(how);
                        answered.completeExceptionally(new IllegalStateException("Socket closed: " + how));
                        return null;
                    }

                    @Override
                    public void onError(WebSocket webSocket, Throwable error) {
                        closed.complete(new Closed(-1, error.toString()));
                        answered.completeExceptionally(error);
                    }
                })
                .join();
    }

    private static String socketUrl(String baseUrl) {
        return baseUrl.replaceFirst("^http", "ws") + "/api/v1/widget/socket";
    }

    /** Opens the socket and authenticates; fails if the server closes it instead of answering. */
    static WidgetVisitorClient connect(String baseUrl, String token, String origin) {
        WidgetVisitorClient client = new WidgetVisitorClient(socketUrl(baseUrl), origin);
        client.send(Map.of("type", "auth", "token", token));
        client.answered.orTimeout(20, TimeUnit.SECONDS).join();
        return client;
    }

    /** Opens the socket without authenticating (a test sends what it wants first). */
    static WidgetVisitorClient open(String url, String origin) {
        return new WidgetVisitorClient(url, origin);
    }

    static WidgetVisitorClient open(String baseUrl) {
        return open(socketUrl(baseUrl), WidgetIntegrationTests.SHOP);
    }

    /** Tries to connect; answers the failure (a refused handshake or a closed socket) or null when it connected. */
    static Throwable refusal(String baseUrl, String token, String origin) {
        try (WidgetVisitorClient client = connect(baseUrl, token, origin)) {
            return null;
        } catch (RuntimeException refused) {
            return refused;
        }
    }

    void send(Map<String, Object> frame) {
        socket.sendText(TestApi.json().writeValueAsString(frame), true).join();
    }

    /** Sends the frame unless the socket was closed meanwhile; false if it could not be sent. */
    boolean trySend(Map<String, Object> frame) {
        try {
            send(frame);
            return true;
        } catch (RuntimeException closedMeanwhile) {
            return false;
        }
    }

    /** How the server closed this socket (waits at most {@code within}, then fails). */
    Closed closedBy(Duration within) {
        return closed.orTimeout(within.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    boolean isOpen() {
        return !closed.isDone();
    }

    /** Every frame up to the next one of this type (that one excluded; it is consumed). */
    List<JsonNode> framesBefore(String type) {
        List<JsonNode> before = new ArrayList<>(notYetTaken);
        notYetTaken.clear();
        next(type);
        before.addAll(notYetTaken);
        notYetTaken.clear();
        return before;
    }

    /** The next frame of this type; frames of other types wait for their own turn (at most 20 s, then fails). */
    JsonNode next(String type) {
        for (JsonNode frame : notYetTaken) {
            if (type.equals(frame.path("type").asString())) {
                notYetTaken.remove(frame);
                return frame;
            }
        }
        List<JsonNode> skipped = notYetTaken;
        try {
            while (true) {
                JsonNode frame = frames.poll(20, TimeUnit.SECONDS);
                if (frame == null) {
                    throw new AssertionError("No '" + type + "' frame arrived; got " + skipped);
                }
                if (type.equals(frame.path("type").asString())) {
                    return frame;
                }
                skipped.add(frame);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        if (closed.isDone()) {
            return;
        }
        CompletableFuture<?> closing = socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        closing.exceptionally(ignored -> null).join();
    }
}
