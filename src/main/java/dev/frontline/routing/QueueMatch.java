package dev.frontline.routing;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which queue a conversation goes to and why: the rule that matched (null for the default queue) and,
 * for each rule tried before it, the first condition that did not match.
 */
public record QueueMatch(UUID queueId, String queueName, @Nullable UUID ruleId, List<String> reasons) {
}
