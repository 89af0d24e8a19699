package dev.frontline.routing;

import dev.frontline.conversations.Priority;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Places a conversation in {@code queueId} when every condition that is set matches (channel, inbox,
 * language, a tag, priority, the contact's tier, and each of {@code attributes}: a conversation custom
 * attribute's key and the value it must have, such as {@code topic = billing}). Rules are tried by
 * {@code position}; the first match wins.
 */
public record RoutingRule(UUID id, UUID queueId, int position, @Nullable String channel, @Nullable UUID inboxId,
                          @Nullable String language, @Nullable String tag, @Nullable Priority priority,
                          @Nullable String tier, Map<String, String> attributes) {

    public RoutingRule {
        // Sorted, so the API and the rule tester list the conditions in one order.
        attributes = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(attributes));
    }
}
