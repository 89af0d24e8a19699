package dev.frontline.routing;

import dev.frontline.conversations.Priority;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Places a conversation in {@code queueId} when every condition that is set matches (channel, inbox,
 * language, a tag, priority). Rules are tried by {@code position}; the first match wins.
 */
public record RoutingRule(UUID id, UUID queueId, int position, @Nullable String channel, @Nullable UUID inboxId,
                          @Nullable String language, @Nullable String tag, @Nullable Priority priority) {
}
