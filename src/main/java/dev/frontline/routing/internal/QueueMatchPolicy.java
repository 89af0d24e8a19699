package dev.frontline.routing.internal;

import dev.frontline.routing.QueueMatch;
import dev.frontline.routing.QueueMatch.ConditionCheck;
import dev.frontline.routing.QueueMatch.RuleCheck;
import dev.frontline.routing.RoutingQueue;
import dev.frontline.routing.RoutingRule;
import dev.frontline.routing.SampleConversation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The first rule (by position) whose every set condition matches places the conversation; else the default queue.
 * Every condition of every rule tried is checked (not only up to the first miss), so the rule tester can show
 * which held and which failed.
 */
public final class QueueMatchPolicy {

    /** The prefix of a condition on the contact's custom attribute ({@code contact.segment}) instead of the conversation's. */
    public static final String CONTACT_PREFIX = "contact.";

    private QueueMatchPolicy() {
    }

    public static QueueMatch match(List<RoutingRule> rules, List<RoutingQueue> queues, RoutingQueue defaultQueue,
                                   SampleConversation conversation) {
        Map<UUID, RoutingQueue> byId = queues.stream().collect(Collectors.toMap(RoutingQueue::id, Function.identity()));
        List<String> reasons = new ArrayList<>();
        List<RuleCheck> checks = new ArrayList<>();
        for (RoutingRule rule : rules) {
            List<ConditionCheck> conditions = conditions(rule, conversation);
            Optional<ConditionCheck> miss = conditions.stream().filter(c -> !c.matched()).findFirst();
            RoutingQueue queue = byId.get(rule.queueId());
            boolean matched = miss.isEmpty() && queue != null;
            checks.add(new RuleCheck(rule.id(), rule.position(), queue == null ? "" : queue.name(), matched, conditions));
            if (matched) {
                reasons.add("Rule " + rule.position() + " matched: " + describe(conditions) + ".");
                return new QueueMatch(queue.id(), queue.name(), rule.id(), reasons, checks);
            }
            reasons.add("Rule " + rule.position() + " did not match: " + miss.map(QueueMatchPolicy::mismatch).orElse("its queue is gone") + ".");
        }
        reasons.add("No rule matched: the default queue.");
        return new QueueMatch(defaultQueue.id(), defaultQueue.name(), null, reasons, checks);
    }

    /** The rule's set conditions, each checked against the conversation, in a fixed order. */
    static List<ConditionCheck> conditions(RoutingRule rule, SampleConversation c) {
        List<ConditionCheck> checks = new ArrayList<>();
        if (rule.channel() != null) {
            checks.add(new ConditionCheck("channel", rule.channel(), c.channel(), rule.channel().equalsIgnoreCase(String.valueOf(c.channel()))));
        }
        if (rule.inboxId() != null) {
            checks.add(new ConditionCheck("inbox", rule.inboxId().toString(), c.inboxId() == null ? null : c.inboxId().toString(),
                    rule.inboxId().equals(c.inboxId())));
        }
        if (rule.language() != null) {
            checks.add(new ConditionCheck("language", rule.language(), c.language(), sameLanguage(rule.language(), c.language())));
        }
        if (rule.tag() != null) {
            checks.add(new ConditionCheck("tag", rule.tag(), c.tags().isEmpty() ? null : String.join(", ", new TreeSet<>(c.tags())),
                    c.tags().contains(rule.tag().toLowerCase(Locale.ROOT))));
        }
        if (rule.priority() != null) {
            checks.add(new ConditionCheck("priority", rule.priority().name(), c.priority().name(), rule.priority() == c.priority()));
        }
        if (rule.tier() != null) {
            checks.add(new ConditionCheck("tier", rule.tier(), c.tier(), rule.tier().equalsIgnoreCase(String.valueOf(c.tier()))));
        }
        new TreeMap<>(rule.attributes()).forEach((key, wanted) -> {
            Object actual = c.attributes().get(key);
            checks.add(new ConditionCheck("attributes." + key, wanted, actual == null ? null : String.valueOf(actual),
                    attributeMatches(wanted, actual)));
        });
        return checks;
    }

    /**
     * Numbers compare by value ("5" matches 5.0), a wanted date by day ("2026-12-01" matches
     * "2026-12-01T09:30:00Z"); anything else as text, ignoring case and outer spaces.
     */
    static boolean attributeMatches(String wanted, @Nullable Object actual) {
        if (actual == null) {
            return false;
        }
        if (actual instanceof Number number) {
            try {
                return new BigDecimal(wanted.strip()).compareTo(new BigDecimal(number.toString())) == 0;
            } catch (NumberFormatException notANumber) {
                return false;
            }
        }
        Optional<LocalDate> wantedDay = wanted.strip().length() == 10 ? day(wanted) : Optional.empty();
        if (wantedDay.isPresent()) {
            return day(String.valueOf(actual)).equals(wantedDay);
        }
        return wanted.strip().equalsIgnoreCase(String.valueOf(actual).strip());
    }

    /** An ISO date, or the day of an ISO date-time as written ("2026-12-01T23:30:00+09:00" is 2026-12-01). */
    public static Optional<LocalDate> day(String value) {
        String text = value.strip();
        try {
            return Optional.of(LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text));
        } catch (java.time.format.DateTimeParseException notADate) {
            return Optional.empty();
        }
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

    private static String mismatch(ConditionCheck check) {
        return check.actual() == null ? check.condition() + " is not set (wanted " + check.expected() + ")"
                : check.condition() + " is " + check.actual() + ", not " + check.expected();
    }

    private static String describe(List<ConditionCheck> conditions) {
        return conditions.isEmpty() ? "no conditions (catch-all)"
                : conditions.stream().map(c -> c.condition() + " " + c.expected()).collect(Collectors.joining(", "));
    }
}
