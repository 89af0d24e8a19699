package dev.frontline.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.routing.AgentSelection;
import dev.frontline.routing.RoutingProfile;
import dev.frontline.routing.RoutingQueue;
import dev.frontline.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AgentOrderTests {

    private static final UserId IDLEST = new UserId(UUID.randomUUID());
    private static final UserId MIDDLE = new UserId(UUID.randomUUID());
    private static final UserId BUSIEST = new UserId(UUID.randomUUID());
    private static final List<UserId> LONGEST_IDLE = List.of(IDLEST, MIDDLE, BUSIEST);
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private static final Map<UserId, RoutingProfile> PROFILES = Map.of(
            IDLEST, profile(IDLEST, 2, 6),
            MIDDLE, profile(MIDDLE, 5, 6),
            BUSIEST, profile(BUSIEST, 5, 12));

    private static RoutingProfile profile(UserId user, int billing, int total) {
        return new RoutingProfile(user, Map.of("billing", billing), Set.of(), new RoutingProfile.Capacity(3, 5, 5, 1, total));
    }

    private static RoutingQueue queue(AgentSelection selection, String skill) {
        return new RoutingQueue(UUID.randomUUID(), "Q", null, null, skill, 1, null, false, true, 0, selection,
                RoutingQueue.Expansion.NONE);
    }

    private static List<UserId> order(AgentSelection selection, String skill, Map<UserId, int[]> loads,
                                      Map<UserId, Instant> lastOffered) {
        return AgentOrder.order(queue(selection, skill), LONGEST_IDLE, PROFILES::get, loads, lastOffered);
    }

    @Test
    void longestIdleKeepsTheGivenOrder() {
        assertThat(order(AgentSelection.LONGEST_IDLE, "billing", Map.of(), Map.of())).containsExactly(IDLEST, MIDDLE, BUSIEST);
    }

    @Test
    void leastOccupiedComparesTheShareOfTotalCapacityInUseAndTiesGoLongestIdle() {
        // IDLEST holds 3 of 6 (50 %), MIDDLE 1 of 6 (17 %), BUSIEST 2 of 12 (17 %, tie with MIDDLE).
        Map<UserId, int[]> loads = Map.of(IDLEST, new int[] {3, 0, 0, 0}, MIDDLE, new int[] {0, 1, 0, 0}, BUSIEST, new int[] {2, 0, 0, 0});
        assertThat(order(AgentSelection.LEAST_OCCUPIED, null, loads, Map.of())).containsExactly(MIDDLE, BUSIEST, IDLEST);
    }

    @Test
    void roundRobinGoesToWhoeverThisQueueOfferedToLongestAgoAndNeverOfferedFirst() {
        Map<UserId, Instant> lastOffered = Map.of(IDLEST, NOW, BUSIEST, NOW.minusSeconds(60));
        assertThat(order(AgentSelection.ROUND_ROBIN, null, Map.of(), lastOffered)).containsExactly(MIDDLE, BUSIEST, IDLEST);
    }

    @Test
    void mostSkilledRanksByTheRequiredSkillAndWithoutOneFallsBackToLongestIdle() {
        assertThat(order(AgentSelection.MOST_SKILLED, "billing", Map.of(), Map.of())).containsExactly(MIDDLE, BUSIEST, IDLEST);
        assertThat(order(AgentSelection.MOST_SKILLED, null, Map.of(), Map.of())).containsExactly(IDLEST, MIDDLE, BUSIEST);
    }
}
