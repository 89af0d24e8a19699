package dev.frontline.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.Priority;
import dev.frontline.routing.AgentSelection;
import dev.frontline.routing.RoutingProfile;
import dev.frontline.routing.RoutingQueue;
import dev.frontline.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Target expansion: "after 30 s accept proficiency 2+, after 60 s the overflow team". */
class ExpansionPolicyTests {

    private static final UUID BILLING_TEAM = UUID.randomUUID();
    private static final UUID GENERAL_TEAM = UUID.randomUUID();
    private static final RoutingQueue GENERAL = new RoutingQueue(UUID.randomUUID(), "General", GENERAL_TEAM, null, null, 1, null,
            false, true, 0, AgentSelection.LONGEST_IDLE, RoutingQueue.Expansion.NONE);
    private static final RoutingQueue BILLING = new RoutingQueue(UUID.randomUUID(), "Billing", BILLING_TEAM, null, "billing", 4, null,
            false, true, 0, AgentSelection.LONGEST_IDLE, new RoutingQueue.Expansion(30, 2, 60, GENERAL.id()));
    private static final RoutingItem ITEM = new RoutingItem(new ConversationId(UUID.randomUUID()), BILLING.id(), "chat", null,
            Priority.NORMAL, null, RoutingItem.State.WAITING, Instant.parse("2026-11-25T10:00:00Z"), 0, null);
    private static final int[] NOTHING_HELD = new int[4];

    private static RoutingProfile billing(int level) {
        return new RoutingProfile(new UserId(UUID.randomUUID()), Map.of("billing", level), Set.of(), RoutingProfile.Capacity.DEFAULT);
    }

    private static boolean mayTake(RoutingProfile agent, UUID team, int waitedSeconds) {
        return EligibilityPolicy.mayTake(agent, List.of(team), NOTHING_HELD, BILLING, GENERAL, ITEM, Duration.ofSeconds(waitedSeconds));
    }

    @Test
    void aLessSkilledBillingAgentQualifiesOnlyAfterTheFirstStep() {
        assertThat(mayTake(billing(2), BILLING_TEAM, 29)).isFalse();
        assertThat(mayTake(billing(2), BILLING_TEAM, 30)).isTrue();
        assertThat(mayTake(billing(1), BILLING_TEAM, 600)).as("below the expanded proficiency").isFalse();
        assertThat(mayTake(billing(4), BILLING_TEAM, 0)).isTrue();
    }

    @Test
    void theOverflowTeamQualifiesOnlyAfterTheOverflowStep() {
        RoutingProfile generalist = billing(0);
        assertThat(mayTake(generalist, GENERAL_TEAM, 59)).isFalse();
        assertThat(mayTake(generalist, GENERAL_TEAM, 60)).isTrue();
        assertThat(EligibilityPolicy.mayTake(generalist, List.of(GENERAL_TEAM), NOTHING_HELD, BILLING, null, ITEM, Duration.ofHours(1)))
                .as("no overflow queue (deleted)").isFalse();
    }

    @Test
    void expansionNeverLiftsTheCapacityLimit() {
        int[] full = {3, 0, 0, 0};
        assertThat(EligibilityPolicy.mayTake(billing(5), List.of(BILLING_TEAM), full, BILLING, GENERAL, ITEM, Duration.ofHours(1))).isFalse();
    }
}
