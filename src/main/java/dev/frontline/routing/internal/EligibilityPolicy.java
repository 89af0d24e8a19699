package dev.frontline.routing.internal;

import dev.frontline.routing.ChannelKind;
import dev.frontline.routing.RoutingProfile;
import dev.frontline.routing.RoutingQueue;
import java.util.List;
import java.util.UUID;

/**
 * May this agent be offered this item? They must belong to the queue's team (if any), have its
 * required skill at the minimum proficiency (if any), speak the item's language (if both are known),
 * and have a free place on the item's kind of channel and in total.
 */
public final class EligibilityPolicy {

    private EligibilityPolicy() {
    }

    /** Load per {@link ChannelKind} ordinal: open assignments plus pending offers. */
    public static boolean mayTake(RoutingProfile profile, List<UUID> agentTeams, int[] load, RoutingQueue queue,
                                  RoutingItem item) {
        return qualifies(profile, agentTeams, queue, item) && hasRoom(profile.capacity(), load, ChannelKind.of(item.channel()));
    }

    public static boolean qualifies(RoutingProfile profile, List<UUID> agentTeams, RoutingQueue queue, RoutingItem item) {
        if (queue.teamId() != null && !agentTeams.contains(queue.teamId())) {
            return false;
        }
        if (queue.requiredSkill() != null
                && profile.skills().getOrDefault(queue.requiredSkill(), 0) < queue.minProficiency()) {
            return false;
        }
        return item.language() == null || profile.languages().isEmpty()
                || profile.languages().stream().anyMatch(spoken -> QueueMatchPolicy.sameLanguage(spoken, item.language()));
    }

    public static boolean hasRoom(RoutingProfile.Capacity capacity, int[] load, ChannelKind kind) {
        int total = 0;
        for (int n : load) {
            total += n;
        }
        return load[kind.ordinal()] < capacity.of(kind) && total < capacity.total();
    }
}
