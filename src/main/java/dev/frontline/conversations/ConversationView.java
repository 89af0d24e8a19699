package dev.frontline.conversations;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A conversation as the API returns it. */
public record ConversationView(UUID id, UUID inboxId, @Nullable String channel, UUID contactId,
                               @Nullable String subject, Status status, @Nullable Instant snoozedUntil,
                               Priority priority, @Nullable UUID assigneeId, @Nullable UUID teamId, Set<String> tags,
                               Map<String, Object> customAttributes, Instant createdAt,
                               @Nullable Instant firstResponseAt, Instant lastActivityAt, @Nullable Instant resolvedAt) {

    static ConversationView of(Conversation c, @Nullable String channel) {
        return new ConversationView(c.id().value(), c.inboxId(), channel, c.contactId(), c.subject(), c.status(),
                c.snoozedUntil(), c.priority(), c.assignee() == null ? null : c.assignee().value(), c.teamId(),
                new TreeSet<>(c.tags()), c.customAttributes(), c.createdAt(), c.firstResponseAt(),
                c.lastActivityAt(), c.resolvedAt());
    }
}
