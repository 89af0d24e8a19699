package dev.frontline.routing.internal;

import dev.frontline.routing.QueueMatch;
import dev.frontline.routing.RoutingQueue;
import dev.frontline.routing.RoutingRule;
import dev.frontline.routing.SampleConversation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The first rule (by position) whose every set condition matches places the conversation; else the default queue. */
public final class QueueMatchPolicy {

    private QueueMatchPolicy() {
    }

    public static QueueMatch match(List<RoutingRule> rules, List<RoutingQueue> queues, RoutingQueue defaultQueue,
                                   SampleConversation conversation) {
        Map<UUID, RoutingQueue> byId = queues.stream().collect(Collectors.toMap(RoutingQueue::id, Function.identity()));
        List<String> reasons = new ArrayList<>();
        for (RoutingRule rule : rules) {
            Optional<String> mismatch = mismatch(rule, conversation);
            RoutingQueue queue = byId.get(rule.queueId());
            if (mismatch.isEmpty() && queue != null) {
                reasons.add("Rule " + rule.position() + " matched: " + describe(rule) + ".");
                return new QueueMatch(queue.id(), queue.name(), rule.id(), reasons);
            }
            reasons.add("Rule " + rule.position() + " did not match: " + mismatch.orElse("its queue is gone") + ".");
        }
        reasons.add("No rule matched: the default queue.");
        return new QueueMatch(defaultQueue.id(), defaultQueue.name(), null, reasons);
    }

    private static Optional<String> mismatch(RoutingRule rule, SampleConversation c) {
        if (rule.channel() != null && !rule.channel().equalsIgnoreCase(nullToEmpty(c.channel()))) {
            return Optional.of("channel is " + c.channel() + ", not " + rule.channel());
        }
        if (rule.inboxId() != null && !rule.inboxId().equals(c.inboxId())) {
            return Optional.of("inbox is not " + rule.inboxId());
        }
        if (rule.language() != null && !sameLanguage(rule.language(), c.language())) {
            return Optional.of("language is " + c.language() + ", not " + rule.language());
        }
        if (rule.tag() != null && !c.tags().contains(rule.tag().toLowerCase(Locale.ROOT))) {
            return Optional.of("no tag " + rule.tag());
        }
        if (rule.priority() != null && rule.priority() != c.priority()) {
            return Optional.of("priority is " + c.priority() + ", not " + rule.priority());
        }
        return Optional.empty();
    }

    /** "zh" matches "zh-Hant"; "zh-Hant" matches only itself. */
    static boolean sameLanguage(String wanted, @Nullable String actual) {
        if (actual == null) {
            return false;
        }
        String w = wanted.toLowerCase(Locale.ROOT);
        String a = actual.toLowerCase(Locale.ROOT);
        return a.equals(w) || a.startsWith(w + "-");
    }

    private static String describe(RoutingRule rule) {
        List<String> conditions = new ArrayList<>();
        if (rule.channel() != null) conditions.add("channel " + rule.channel());
        if (rule.inboxId() != null) conditions.add("inbox " + rule.inboxId());
        if (rule.language() != null) conditions.add("language " + rule.language());
        if (rule.tag() != null) conditions.add("tag " + rule.tag());
        if (rule.priority() != null) conditions.add("priority " + rule.priority());
        return conditions.isEmpty() ? "no conditions (catch-all)" : String.join(", ", conditions);
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
