package dev.frontline.channels.chat;

import dev.frontline.support.TestApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;

/** A widget as a test drives it: the JDK's WebSocket client on the visitor socket, frames as JSON. */
final class WidgetVisitorClient implements AutoCloseable {

    private final WebSocket socket;
    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final List<JsonNode> notYetTaken = new ArrayList<>();

    private WidgetVisitorClient(String baseUrl, String token, String origin) {
        StringBuilder partial = new StringBuilder();
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Origin", origin)
                .buildAsync(URI.create(baseUrl.replaceFirst("^http", "ws") + "/api/v1/widget/socket?token=" + token),
                        new WebSocket.Listener() {
                            @Override
                            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                                partial.append(data);
                                if (last) {
                                    frames.add(TestApi.json().readTree(partial.toString()));
                                    partial.setLength(0);
                                }
                                webSocket.request(1);
                                return null;
                            }
                        })
                .join();
    }

    static WidgetVisitorClient connect(String baseUrl, String token, String origin) {
        return new WidgetVisitorClient(baseUrl, token, origin);
    }

    /** Tries to connect; answers the failure (a refused handshake) or null when it connected. */
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
        CompletableFuture<?> closing = socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        closing.exceptionally(ignored -> null).join();
    }
}
