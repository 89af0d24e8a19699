package dev.frontline.conversations;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A message or internal note as stored; {@code html} is already sanitized. {@code metadata} carries
 * channel details for rendering, e.g. {@code {"call":{"durationSeconds":312}}} or {@code {"email":{"cc":[..]}}}.
 */
public record Message(MessageId id, ConversationId conversationId, Direction direction, AuthorType authorType,
                      @Nullable UUID authorId, @Nullable String text, @Nullable String html, boolean internal,
                      List<UUID> mentions, String deliveryStatus, @Nullable String externalId,
                      List<Attachment> attachments, Instant createdAt, Map<String, Object> metadata) {

    public enum Direction { INBOUND, OUTBOUND }

    public enum AuthorType { CONTACT, AGENT, BOT, SYSTEM }

    public record Attachment(UUID id, String filename, String contentType, long size, String sha256) {
    }
}
