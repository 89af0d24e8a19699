package dev.frontline.routing.internal;

import dev.frontline.routing.ChannelKind;
import dev.frontline.routing.RoutingProfile;
import dev.frontline.routing.RoutingQueue;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * May this agent be offered this item? They must belong to the queue's team (if any), have its
 * required skill at the minimum proficiency (if any), speak the item's language (if both are known),
 * have a free place on the item's kind of channel and in total, and not be on a call unless the item is a call
 * or their profile lets them take other work during calls.
 */
public final class EligibilityPolicy {

    private EligibilityPolicy() {
    }

    /** Load per {@link ChannelKind} ordinal: open assignments plus pending offers. */
    public static boolean mayTake(RoutingProfile profile, List<UUID> agentTeams, int[] load, RoutingQueue queue,
                                  RoutingItem item) {
        return qualifies(profile, agentTeams, queue, item) && hasRoom(profile, load, ChannelKind.of(item.channel()));
    }

    /**
     * As {@link #mayTake(RoutingProfile, List, int[], RoutingQueue, RoutingItem)} with the queue's expansion
     * steps for an item that has waited {@code waited}: past the first step the queue's minimum proficiency
     * drops to the expanded one; past the overflow step, agents who qualify for {@code overflow} may take it too.
     */
    public static boolean mayTake(RoutingProfile profile, List<UUID> agentTeams, int[] load, RoutingQueue queue,
                                  @Nullable RoutingQueue overflow, RoutingItem item, Duration waited) {
        return qualifiesAfter(profile, agentTeams, queue, overflow, item, waited)
                && hasRoom(profile, load, ChannelKind.of(item.channel()));
    }

    static boolean qualifiesAfter(RoutingProfile profile, List<UUID> agentTeams, RoutingQueue queue,
                                  @Nullable RoutingQueue overflow, RoutingItem item, Duration waited) {
        return qualifiesAfter(profile, agentTeams, queue, overflow, item.language(), waited);
    }

    /** As {@link #qualifiesAfter(RoutingProfile, List, RoutingQueue, RoutingQueue, RoutingItem, Duration)} for an item in {@code language}. */
    static boolean qualifiesAfter(RoutingProfile profile, List<UUID> agentTeams, RoutingQueue queue,
                                  @Nullable RoutingQueue overflow, @Nullable String language, Duration waited) {
        RoutingQueue.Expansion steps = queue.expansion();
        RoutingQueue effective = queue;
        if (steps.afterSeconds() != null && steps.minProficiency() != null && waited.toSeconds() >= steps.afterSeconds()) {
            effective = new RoutingQueue(queue.id(), queue.name(), queue.teamId(), queue.inboxId(), queue.requiredSkill(),
                    Math.min(queue.minProficiency(), steps.minProficiency()), queue.offerTimeoutSeconds(), queue.isDefault(),
                    queue.push(), queue.stickyWindowSeconds(), queue.agentSelection(), steps);
        }
        if (qualifies(profile, agentTeams, effective, language)) {
            return true;
        }
        return overflow != null && steps.overflowAfterSeconds() != null && waited.toSeconds() >= steps.overflowAfterSeconds()
                && qualifies(profile, agentTeams, overflow, language);
    }

    public static boolean qualifies(RoutingProfile profile, List<UUID> agentTeams, RoutingQueue queue, RoutingItem item) {
        return qualifies(profile, agentTeams, queue, item.language());
    }

    /**
     * Could this agent ever be offered an item of this queue, whatever its language, once every expansion
     * step has passed? The in-memory {@link RoutingBoard} indexes agents by this; {@link #mayTake} still decides.
     */
    public static boolean mayEventuallyServe(RoutingProfile profile, List<UUID> agentTeams, RoutingQueue queue,
                                             @Nullable RoutingQueue overflow) {
        return qualifiesAfter(profile, agentTeams, queue, overflow, (String) null, FOREVER);
    }

    private static final Duration FOREVER = Duration.ofDays(365_000);

    private static boolean qualifies(RoutingProfile profile, List<UUID> agentTeams, RoutingQueue queue,
                                     @Nullable String language) {
        if (queue.teamId() != null && !agentTeams.contains(queue.teamId())) {
            return false;
        }
        if (queue.requiredSkill() != null
                && profile.skills().getOrDefault(queue.requiredSkill(), 0) < queue.minProficiency()) {
            return false;
        }
        return speaks(profile, language);
    }

    /** An item in {@code language} (null: unknown) is for agents who speak it or did not say which languages they speak. */
    static boolean speaks(RoutingProfile profile, @Nullable String language) {
        return language == null || profile.languages().isEmpty()
                || profile.languages().stream().anyMatch(spoken -> QueueMatchPolicy.sameLanguage(spoken, language));
    }

    /** Has the agent a free place for one more item of this kind, and is it not kept from them by a call? */
    public static boolean hasRoom(RoutingProfile profile, int[] load, ChannelKind kind) {
        return hasCapacity(profile.capacity(), load, kind) && !keptAwayByCall(profile, load, kind);
    }

    /** Why {@link #hasRoom} says no, in words for the person who chose this agent; null if it says yes. */
    public static @Nullable String whyNoRoom(RoutingProfile profile, int[] load, ChannelKind kind) {
        if (!hasCapacity(profile.capacity(), load, kind)) {
            return "This agent has no free place for another " + kind.name().toLowerCase() + ".";
        }
        if (keptAwayByCall(profile, load, kind)) {
            return "This agent is on a call and their routing profile does not allow other work during calls.";
        }
        return null;
    }

    static boolean hasCapacity(RoutingProfile.Capacity capacity, int[] load, ChannelKind kind) {
        int total = 0;
        for (int n : load) {
            total += n;
        }
        return load[kind.ordinal()] < capacity.of(kind) && total < capacity.total();
    }

    /**
     * A call (held, or offered and ringing: both count in the load) keeps other kinds of work away from an
     * agent whose profile does not allow them during calls.
     */
    static boolean keptAwayByCall(RoutingProfile profile, int[] load, ChannelKind kind) {
        return kind != ChannelKind.VOICE && load[ChannelKind.VOICE.ordinal()] > 0 && !profile.chatDuringCalls();
    }
}
