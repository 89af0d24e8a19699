package dev.frontline.channels.chat;

import java.io.IOException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * One authenticated widget socket. {@code session} is a {@code ConcurrentWebSocketSessionDecorator}: frames
 * from several threads are buffered up to its size and time limits, past which it closes the socket, so a
 * slow visitor costs a bounded amount of memory.
 */
record VisitorConnection(WebSocketSession session, WidgetVisitors.Visitor visitor, UUID contactId,
                         @Nullable String language, JsonMapper json) {

    void send(Object frame) {
        try {
            session.sendMessage(new TextMessage(json.writeValueAsString(frame)));
        } catch (IOException | RuntimeException gone) {
            close(CloseStatus.SESSION_NOT_RELIABLE);
        }
    }

    void close(CloseStatus status) {
        try {
            session.close(status);
        } catch (IOException | RuntimeException alreadyGone) {
            // the container reports the closed socket either way
        }
    }
}
