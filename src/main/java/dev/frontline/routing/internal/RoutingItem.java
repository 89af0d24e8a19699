package dev.frontline.routing.internal;

import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.Priority;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A conversation in a queue: waiting, or held by one pending offer. */
public record RoutingItem(ConversationId conversationId, UUID queueId, String channel, @Nullable String language,
                          Priority priority, @Nullable String tier, State state, Instant enqueuedAt, long sortKey,
                          @Nullable UUID contactId) {

    public enum State { WAITING, OFFERED }
}
