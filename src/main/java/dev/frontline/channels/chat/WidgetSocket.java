package dev.frontline.channels.chat;

import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.ConversationView;
import dev.frontline.conversations.Inbound;
import dev.frontline.conversations.Message;
import dev.frontline.conversations.MessageId;
import dev.frontline.realtime.LiveEvents;
import dev.frontline.shared.NotFoundException;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The widget's socket ({@code /api/v1/widget/socket?token=…}), one JSON object per frame.
 * In: {@code {"type":"message","id":"<client id>","text":"…"}} (stored once per id; answered with
 * {@code ack}), {@code {"type":"typing","typing":true}}, {@code {"type":"rating","score":5,"comment":"…"}}.
 * Out: {@code history} on connect, {@code message} (visitor's and agents' messages, never notes),
 * {@code typing} (an agent), {@code status} (the conversation was resolved, reopened…), {@code ack},
 * {@code error}. Events come from {@link LiveEvents}, so a reply committed on any node reaches the visitor.
 */
@Component
class WidgetSocket extends TextWebSocketHandler implements DisposableBean {

    static final String VISITOR = "visitor";
    private static final Logger log = LoggerFactory.getLogger(WidgetSocket.class);
    private static final int MAX_TEXT = 10_000;

    private record Connection(WebSocketSession session, WidgetVisitors.Visitor visitor, UUID contactId,
                              @Nullable String language) {
    }

    private final WidgetVisitors visitors;
    private final ConversationQueries conversations;
    private final LiveEvents live;
    private final JsonMapper json;
    private final Map<UUID, Set<Connection>> byContact = new ConcurrentHashMap<>();
    /** Forwards events in the order they arrive, off the committing thread. */
    private final ExecutorService forwarder = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("widget-events").factory());

    WidgetSocket(WidgetVisitors visitors, ConversationQueries conversations, LiveEvents live, JsonMapper json) {
        this.visitors = visitors;
        this.conversations = conversations;
        this.live = live;
        this.json = json;
        live.subscribe(event -> {
            if (!byContact.isEmpty()) {
                forwarder.execute(() -> forward(event));
            }
        });
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession raw) throws IOException {
        WidgetVisitors.Visitor visitor = (WidgetVisitors.Visitor) raw.getAttributes().get(VISITOR);
        WebSocketSession session = new ConcurrentWebSocketSessionDecorator(raw, 10_000, 512 * 1024);
        UUID contactId = visitors.contactOf(visitor, null, null);
        Connection connection = new Connection(session, visitor, contactId, null);
        raw.getAttributes().put("connection", connection);
        byContact.computeIfAbsent(contactId, id -> ConcurrentHashMap.newKeySet()).add(connection);
        Optional<ConversationView> current = visitors.currentConversation(visitor, contactId);
        Map<String, Object> history = new HashMap<>();
        history.put("type", "history");
        history.put("conversation", current.map(c -> Map.of("id", c.id(), "status", c.status())).orElse(null));
        history.put("messages", current.map(c -> visitors.history(visitor.workspace(), c.id())).orElse(List.of()));
        send(connection, history);
    }

    @Override
    public void afterConnectionClosed(WebSocketSession raw, CloseStatus status) {
        if (raw.getAttributes().get("connection") instanceof Connection connection) {
            Set<Connection> connections = byContact.get(connection.contactId());
            if (connections != null) {
                connections.remove(connection);
                byContact.computeIfPresent(connection.contactId(), (id, set) -> set.isEmpty() ? null : set);
            }
        }
    }

    @Override
    protected void handleTextMessage(WebSocketSession raw, TextMessage frame) {
        Connection connection = (Connection) raw.getAttributes().get("connection");
        if (connection == null) {
            return;
        }
        JsonNode in;
        try {
            in = json.readTree(frame.getPayload());
        } catch (RuntimeException notJson) {
            error(connection, null, "Send one JSON object per frame.");
            return;
        }
        String type = text(in, "type");
        try {
            switch (type == null ? "" : type) {
                case "message" -> receive(connection, in);
                case "typing" -> typing(connection, in.path("typing").asBoolean(false));
                case "rating" -> {
                    visitors.rate(connection.visitor(), connection.contactId(), in.path("score").asInt(0), text(in, "comment"));
                    send(connection, Map.of("type", "rated"));
                }
                case "ping" -> send(connection, Map.of("type", "pong"));
                default -> error(connection, null, "Unknown frame type.");
            }
        } catch (RuntimeException rejected) {
            error(connection, text(in, "id"), rejected.getMessage() == null ? "Rejected." : rejected.getMessage());
        }
    }

    private void receive(Connection connection, JsonNode in) {
        String id = text(in, "id");
        String text = text(in, "text");
        if (id == null || id.isBlank() || id.length() > 100 || !id.matches("[A-Za-z0-9_-]+")) {
            error(connection, id, "A message needs an id of letters, digits, - and _ (at most 100).");
            return;
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            error(connection, id, "A message needs a text of at most " + MAX_TEXT + " characters.");
            return;
        }
        Inbound.Received received = visitors.receive(connection.visitor(), id, text, connection.language());
        send(connection, Map.of("type", "ack", "id", id, "messageId", received.messageId().value(),
                "conversationId", received.conversationId().value(), "duplicate", received.duplicate()));
    }

    private void typing(Connection connection, boolean typing) {
        visitors.currentConversation(connection.visitor(), connection.contactId()).ifPresent(conversation ->
                live.signal(connection.visitor().workspace(), "conversation.typing", Map.of(
                        "conversationId", conversation.id(), "typing", typing, "by", "contact",
                        "contactId", connection.contactId())));
    }

    private void forward(LiveEvents.Committed event) {
        try {
            switch (event.type()) {
                case "message.received", "message.sent" -> forwardMessage(event);
                case "conversation_status.changed" -> forwardStatus(event);
                case "conversation.typing" -> forwardTyping(event);
                default -> {
                }
            }
        } catch (NotFoundException gone) {
            // erased or moved meanwhile
        } catch (RuntimeException e) {
            log.warn("Could not forward a {} event to chat visitors: {}", event.type(), e.toString());
        }
    }

    private void forwardMessage(LiveEvents.Committed event) {
        JsonNode body = json.readTree(event.json());
        UUID inboxId = uuid(body, "inboxId");
        if (inboxId == null || byContact.values().stream().flatMap(Set::stream)
                .noneMatch(c -> c.visitor().inboxId().equals(inboxId))) {
            return;
        }
        UUID conversationId = uuid(body, "conversationId");
        UUID messageId = uuid(body, "messageId");
        if (conversationId == null || messageId == null) {
            return;
        }
        UUID contactId = uuid(body, "contactId");
        if (contactId == null) {
            contactId = conversations.get(event.workspaceId(), new ConversationId(conversationId)).contactId();
        }
        Set<Connection> connections = byContact.get(contactId);
        if (connections == null || connections.isEmpty()) {
            return;
        }
        Message message = conversations.message(event.workspaceId(), new MessageId(messageId)).orElse(null);
        if (message == null || message.internal()) {
            return;
        }
        Map<String, Object> out = Map.of("type", "message", "conversationId", conversationId,
                "message", WidgetVisitors.WidgetMessage.of(message));
        connections.stream().filter(c -> c.visitor().inboxId().equals(inboxId)).forEach(c -> send(c, out));
    }

    private void forwardStatus(LiveEvents.Committed event) {
        JsonNode body = json.readTree(event.json());
        UUID conversationId = uuid(body, "conversationId");
        if (conversationId == null) {
            return;
        }
        ConversationView conversation = conversations.get(event.workspaceId(), new ConversationId(conversationId));
        toVisitorsOf(conversation, Map.of("type", "status", "conversationId", conversationId,
                "status", conversation.status()));
    }

    private void forwardTyping(LiveEvents.Committed event) {
        JsonNode body = json.readTree(event.json());
        UUID conversationId = uuid(body, "conversationId");
        if (conversationId == null || !"agent".equals(text(body, "by"))) {
            return;
        }
        toVisitorsOf(conversations.get(event.workspaceId(), new ConversationId(conversationId)),
                Map.of("type", "typing", "typing", body.path("typing").asBoolean(false)));
    }

    private void toVisitorsOf(ConversationView conversation, Map<String, Object> out) {
        Set<Connection> connections = byContact.get(conversation.contactId());
        if (connections != null) {
            connections.stream().filter(c -> c.visitor().inboxId().equals(conversation.inboxId())).forEach(c -> send(c, out));
        }
    }

    private void error(Connection connection, @Nullable String id, String detail) {
        Map<String, Object> out = new HashMap<>();
        out.put("type", "error");
        out.put("id", id);
        out.put("detail", detail);
        send(connection, out);
    }

    private void send(Connection connection, Object out) {
        try {
            connection.session().sendMessage(new TextMessage(json.writeValueAsString(out)));
        } catch (IOException | RuntimeException gone) {
            afterConnectionClosed(connection.session(), CloseStatus.SESSION_NOT_RELIABLE);
        }
    }

    private static @Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asString();
    }

    private static @Nullable UUID uuid(JsonNode node, String field) {
        String value = text(node, field);
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    @Override
    public void destroy() {
        forwarder.shutdownNow();
    }
}
