package dev.frontline.routing.internal;

import dev.frontline.routing.AgentSelection;
import dev.frontline.routing.RoutingProfile;
import dev.frontline.routing.RoutingQueue;
import dev.frontline.shared.UserId;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Orders agents for a queue by its {@link AgentSelection}; a stable sort of the longest-idle order, which breaks ties. */
public final class AgentOrder {

    private AgentOrder() {
    }

    /**
     * @param longestIdle the agents, longest idle first
     * @param profiles    each agent's profile (missing: the default)
     * @param loads       what each agent holds per channel kind (missing: nothing)
     * @param lastOfferedFromQueue when each agent was last offered an item of this queue (missing: never)
     */
    public static List<UserId> order(RoutingQueue queue, List<UserId> longestIdle, Function<UserId, RoutingProfile> profiles,
                                     Map<UserId, int[]> loads, Map<UserId, Instant> lastOfferedFromQueue) {
        Comparator<UserId> comparator = AgentOrder.<UserId>bySelection(queue, profiles, loads::get, lastOfferedFromQueue::get);
        return comparator == null ? longestIdle : longestIdle.stream().sorted(comparator).toList();
    }

    /**
     * The queue's own criterion, before the longest-idle tie break; null for LONGEST_IDLE (and MOST_SKILLED
     * without a required skill), where the tie break is the whole order. {@link RoutingBoard} keeps its agent
     * indexes in this order, then longest idle, with the criterion taken as a number per agent (its {@code Rank});
     * {@code RoutingBoardTests}' random sequences check that both paths rank agents the same way.
     */
    static <A> @Nullable Comparator<A> bySelection(RoutingQueue queue, Function<A, RoutingProfile> profiles,
                                                   Function<A, int @Nullable []> loads,
                                                   Function<A, @Nullable Instant> lastOfferedFromQueue) {
        return switch (queue.agentSelection()) {
            case LONGEST_IDLE -> null;
            case LEAST_OCCUPIED -> Comparator.comparingDouble(agent -> occupancy(profiles.apply(agent), loads.apply(agent)));
            case ROUND_ROBIN -> Comparator.comparing(lastOfferedFromQueue::apply, Comparator.nullsFirst(Comparator.naturalOrder()));
            case MOST_SKILLED -> queue.requiredSkill() == null ? null
                    : Comparator.comparingInt((A agent) -> profiles.apply(agent).skills().getOrDefault(queue.requiredSkill(), 0)).reversed();
        };
    }

    static double occupancy(RoutingProfile profile, int @Nullable [] load) {
        if (load == null) {
            return 0;
        }
        int held = 0;
        for (int n : load) {
            held += n;
        }
        return (double) held / Math.max(1, profile.capacity().total());
    }
}
