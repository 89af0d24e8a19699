package dev.frontline.sla.internal;

import dev.frontline.conversations.ConversationView;
import dev.frontline.conversations.Priority;
import dev.frontline.conversations.Status;
import dev.frontline.sla.SlaMetric;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

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

    /** What a workspace without policies of its own uses (nothing is written when a workspace is created). */
    public static final List<SlaPolicy> DEFAULTS = List.of(
            builtIn("Live channels", 0, new Conditions(Set.of("chat", "voice"), Set.of(), Set.of(), Set.of()),
                    Duration.ofHours(1)),
            builtIn("Default", 1, Conditions.ANY, Duration.ofHours(24)));

    /** Every non-empty condition must hold; tags match when the conversation has any of them. */
    public record Conditions(Set<String> channels, Set<UUID> inboxIds, Set<Priority> priorities, Set<String> tags) {

        public static final Conditions ANY = new Conditions(Set.of(), Set.of(), Set.of(), Set.of());

        public Conditions {
            channels = Set.copyOf(channels);
            inboxIds = Set.copyOf(inboxIds);
            priorities = Set.copyOf(priorities);
            tags = Set.copyOf(tags);
        }

        boolean matches(ConversationView conversation) {
            return (channels.isEmpty() || channels.contains(conversation.channel() == null ? "api" : conversation.channel()))
                    && (inboxIds.isEmpty() || inboxIds.contains(conversation.inboxId()))
                    && (priorities.isEmpty() || priorities.contains(conversation.priority()))
                    && (tags.isEmpty() || !Collections.disjoint(tags, conversation.tags()));
        }
    }

    public SlaPolicy {
        targets = Map.copyOf(targets);
        pauses = Map.copyOf(pauses);
    }

    public boolean matches(ConversationView conversation) {
        return conditions.matches(conversation);
    }

    public boolean pauses(Status status, SlaMetric metric) {
        return pauses.getOrDefault(status, Set.of()).contains(metric);
    }

    private static SlaPolicy builtIn(String name, int position, Conditions conditions, Duration response) {
        UUID id = UUID.nameUUIDFromBytes(("frontline-sla-default:" + name).getBytes(StandardCharsets.UTF_8));
        return new SlaPolicy(id, name, position, conditions, Map.of(SlaMetric.FIRST_RESPONSE, response,
                SlaMetric.NEXT_RESPONSE, response, SlaMetric.RESOLUTION, Duration.ofDays(4)), false, DEFAULT_PAUSES, true);
    }
}
