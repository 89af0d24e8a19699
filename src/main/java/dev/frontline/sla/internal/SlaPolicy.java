package dev.frontline.sla.internal;

import dev.frontline.conversations.ConversationView;
import dev.frontline.conversations.Priority;
import dev.frontline.conversations.Status;
import dev.frontline.sla.SlaMetric;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Targets for the conversations a policy's conditions match, in business time (the conversation's team
 * calendar, else the workspace's) or calendar time, and which metrics each waiting status pauses.
 */
public record SlaPolicy(UUID id, String name, int position, Conditions conditions, Map<SlaMetric, Duration> targets,
                        boolean businessTime, Map<Status, Set<SlaMetric>> pauses, boolean builtIn) {

    /** Statuses a policy may pause clocks in; resolving stops the resolution clock and pauses the others. */
    public static final Set<Status> PAUSABLE = EnumSet.of(Status.PENDING, Status.SNOOZED);

    /** Waiting on the customer pauses what the customer holds up; snoozing pauses everything. */
    public static final Map<Status, Set<SlaMetric>> DEFAULT_PAUSES = Map.of(
            Status.PENDING, EnumSet.of(SlaMetric.NEXT_RESPONSE, SlaMetric.RESOLUTION),
            Status.SNOOZED, EnumSet.allOf(SlaMetric.class));

    /**
     * What a workspace without policies of its own uses (nothing is written when a workspace is created). Live
     * channels: 90% of chats accepted within 10 seconds and 80% of calls answered within 20 seconds are service
     * levels built of these per-conversation targets; each applies only on its own channel.
     */
    public static final List<SlaPolicy> DEFAULTS = List.of(
            builtIn("Live channels", 0, new Conditions(Set.of("chat", "voice"), Set.of(), Set.of(), Set.of()),
                    Duration.ofHours(1), Map.of(SlaMetric.TIME_TO_ACCEPT, Duration.ofSeconds(10),
                            SlaMetric.TIME_TO_ANSWER, Duration.ofSeconds(20))),
            builtIn("Default", 1, Conditions.ANY, Duration.ofHours(24), Map.of()));

    /**
     * Every non-empty condition must hold; tags match when the conversation has any of them, tiers when the
     * contact's tier is one of them (case does not matter).
     */
    public record Conditions(Set<String> channels, Set<UUID> inboxIds, Set<Priority> priorities, Set<String> tags,
                             Set<String> tiers) {

        public static final Conditions ANY = new Conditions(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

        public Conditions {
            channels = Set.copyOf(channels);
            inboxIds = Set.copyOf(inboxIds);
            priorities = Set.copyOf(priorities);
            tags = Set.copyOf(tags);
            tiers = tiers == null ? Set.of()
                    : tiers.stream().map(tier -> tier.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        }

        /** Without a tier condition (stored definitions from before tiers). */
        public Conditions(Set<String> channels, Set<UUID> inboxIds, Set<Priority> priorities, Set<String> tags) {
            this(channels, inboxIds, priorities, tags, Set.of());
        }

        boolean matches(ConversationView conversation, Supplier<@Nullable String> tier) {
            return (channels.isEmpty() || channels.contains(conversation.channel() == null ? "api" : conversation.channel()))
                    && (inboxIds.isEmpty() || inboxIds.contains(conversation.inboxId()))
                    && (priorities.isEmpty() || priorities.contains(conversation.priority()))
                    && (tags.isEmpty() || !Collections.disjoint(tags, conversation.tags()))
                    && (tiers.isEmpty() || tiers.contains(String.valueOf(tier.get()).toLowerCase(Locale.ROOT)));
        }
    }

    public SlaPolicy {
        targets = Map.copyOf(targets);
        pauses = Map.copyOf(pauses);
    }

    /** {@code tier}: the contact's tier, asked only when this policy has a tier condition. */
    public boolean matches(ConversationView conversation, Supplier<@Nullable String> tier) {
        return conditions.matches(conversation, tier);
    }

    public boolean pauses(Status status, SlaMetric metric) {
        return pauses.getOrDefault(status, Set.of()).contains(metric);
    }

    private static SlaPolicy builtIn(String name, int position, Conditions conditions, Duration response,
                                     Map<SlaMetric, Duration> more) {
        UUID id = UUID.nameUUIDFromBytes(("frontline-sla-default:" + name).getBytes(StandardCharsets.UTF_8));
        Map<SlaMetric, Duration> targets = new EnumMap<>(SlaMetric.class);
        targets.putAll(Map.of(SlaMetric.FIRST_RESPONSE, response, SlaMetric.NEXT_RESPONSE, response,
                SlaMetric.RESOLUTION, Duration.ofDays(4)));
        targets.putAll(more);
        return new SlaPolicy(id, name, position, conditions, targets, false, DEFAULT_PAUSES, true);
    }
}
