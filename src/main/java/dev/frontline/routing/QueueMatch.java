package dev.frontline.routing;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Which queue a conversation goes to and why: the rule that matched (null for the default queue); in
 * {@code reasons}, for each rule tried before it, the first condition that did not match; in
 * {@code checks}, every condition of every rule tried, with the value the conversation had.
 */
public record QueueMatch(UUID queueId, String queueName, @Nullable UUID ruleId, List<String> reasons,
                         List<RuleCheck> checks) {

    /** One rule tried against the conversation: {@code matched} when all its conditions held and its queue exists. */
    public record RuleCheck(UUID ruleId, int position, String queueName, boolean matched, List<ConditionCheck> conditions) {
    }

    /**
     * One condition of a rule: {@code condition} is {@code channel}, {@code inbox}, {@code language},
     * {@code tag}, {@code priority}, {@code tier} or {@code attributes.<key>}; {@code actual} is what the
     * conversation had (null when unset).
     */
    public record ConditionCheck(String condition, String expected, @Nullable String actual, boolean matched) {
    }
}
