package dev.frontline.channels.chat;

import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.Message;
import dev.frontline.conversations.MessageId;
import dev.frontline.realtime.LiveEvents;
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
 * status changes and agents' typing. Every event names its contact and inbox, so the listener (called on the
 * node's single live-stream thread) only parses the event and hands it to that contact's outbox when they
 * have a socket here; anything slower (reading the message) runs on the contact's outbox, in event order.
 */
@Component
class WidgetEventForwarder {

    private static final Set<String> FORWARDED = Set.of("message.received", "message.sent",
            "conversation_status.changed", "conversation.typing");

    private final ConnectedVisitors visitors;
    private final ConversationQueries conversations;
    private final JsonMapper json;

    WidgetEventForwarder(ConnectedVisitors visitors, ConversationQueries conversations, LiveEvents live, JsonMapper json) {
        this.visitors = visitors;
        this.conversations = conversations;
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
            List<VisitorConnection> sockets = contact.in(event.workspaceId(), inboxId);
            Object frame = sockets.isEmpty() ? null : frame(event, body, conversationId);
            if (frame != null) {
                sockets.forEach(socket -> socket.send(frame));
            }
        }));
    }

    private @Nullable Object frame(LiveEvents.Committed event, JsonNode body, UUID conversationId) {
        return switch (event.type()) {
            case "message.received", "message.sent" -> {
                UUID messageId = uuid(body, "messageId");
                // The text is not in the event (a reply can be 10,000 characters; events stay small).
                Message message = messageId == null ? null
                        : conversations.message(event.workspaceId(), new MessageId(messageId)).orElse(null);
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
