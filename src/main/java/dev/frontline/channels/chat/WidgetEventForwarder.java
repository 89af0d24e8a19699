package dev.frontline.channels.chat;

import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.Message;
import dev.frontline.conversations.MessageId;
import dev.frontline.realtime.LiveEvents;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends what happens in a visitor's conversations to their sockets on this node: messages (never notes),
 * status changes, agents' typing and the answer bot's messages. Every event names its contact and inbox, so the listener (called on the
 * node's single live-stream thread) only parses the event and hands it to that contact's outbox when they
 * have a socket here; anything slower runs on the contact's outbox, in event order. A visitor's own message is
 * echoed from {@link VisitorEchoes} when their socket is on this node; other messages are read once per event.
 */
@Component
class WidgetEventForwarder {

    private static final Set<String> FORWARDED = Set.of("message.received", "message.sent",
            "conversation_status.changed", "conversation.typing", AnswerBot.SIGNAL);

    private final ConnectedVisitors visitors;
    private final ConversationQueries conversations;
    private final VisitorEchoes echoes;
    private final JsonMapper json;

    WidgetEventForwarder(ConnectedVisitors visitors, ConversationQueries conversations, VisitorEchoes echoes,
                         LiveEvents live, JsonMapper json) {
        this.visitors = visitors;
        this.conversations = conversations;
        this.echoes = echoes;
        this.json = json;
        live.subscribe(this::route);
    }

    void route(LiveEvents.Committed event) {
        if (visitors.isEmpty() || !FORWARDED.contains(event.type())) {
            return;
        }
        JsonNode body = json.readTree(event.json());
        UUID contactId = uuid(body, "contactId");
        UUID inboxId = uuid(body, "inboxId");
        UUID conversationId = uuid(body, "conversationId");
        if (contactId == null || inboxId == null || conversationId == null) {
            return;
        }
        visitors.contact(contactId).ifPresent(contact -> contact.submit(() -> {
            List<VisitorConnection> sockets = contact.following(event.workspaceId(), inboxId, conversationId);
            Object frame = sockets.isEmpty() ? null : frame(event, body, conversationId);
            if (frame != null) {
                sockets.forEach(socket -> socket.send(frame));
            }
        }));
    }

    private @Nullable Object frame(LiveEvents.Committed event, JsonNode body, UUID conversationId) {
        return switch (event.type()) {
            case "message.received", "message.sent", AnswerBot.SIGNAL -> {
                UUID messageId = uuid(body, "messageId");
                if (messageId == null) {
                    yield null;
                }
                WidgetVisitors.WidgetMessage echo = echo(body, messageId);
                if (echo != null) {
                    yield Map.of("type", "message", "conversationId", conversationId, "message", echo);
                }
                // The text is not in the event (a reply can be 10,000 characters; events stay small).
                Message message = conversations.message(event.workspaceId(), new MessageId(messageId)).orElse(null);
                yield message == null || message.internal() ? null : Map.of("type", "message",
                        "conversationId", conversationId, "message", WidgetVisitors.WidgetMessage.of(message));
            }
            case "conversation_status.changed" -> {
                String status = text(body, "to");
                yield status == null ? null : Map.of("type", "status", "conversationId", conversationId, "status", status);
            }
            case "conversation.typing" -> "agent".equals(text(body, "by"))
                    ? Map.of("type", "typing", "typing", body.path("typing").asBoolean(false)) : null;
            default -> null;
        };
    }

    /** The visitor's own message as this node's socket received it, if it did. */
    private WidgetVisitors.@Nullable WidgetMessage echo(JsonNode body, UUID messageId) {
        String externalId = text(body, "externalId");
        String receivedAt = text(body, "receivedAt");
        if (externalId == null || receivedAt == null) {
            return null;
        }
        Instant createdAt;
        try {
            createdAt = Instant.parse(receivedAt);
        } catch (DateTimeParseException notAnInstant) {
            return null;
        }
        return echoes.take(externalId).map(echo -> new WidgetVisitors.WidgetMessage(messageId, echo.clientId(),
                "visitor", echo.text(), null, List.of(), createdAt)).orElse(null);
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
}
