package dev.frontline.routing.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.frontline.routing.AgentSelection;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.queueing.Erlang;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The simulator against Erlang C: a single-skill voice queue with Poisson arrivals, exponential handle
 * times and nobody abandoning is an M/M/N queue. Each check pools five one-week runs (seeds 1-5), about
 * 200,000 calls for the first case, because one week alone still varies by about ±2 points (docs/benchmarks.md).
 */
class SimulatorTests {

    private static final int WEEK_OF_15_MINUTES = 672;
    private static final int WEEK_OF_30_MINUTES = 336;

    static Scenario singleSkill(int intervals, int intervalMinutes, double arrivalsPerInterval, double handleSeconds, int agents,
                                int thresholdSeconds, Double patienceSeconds, long seed) {
        return new Scenario(intervalMinutes, thresholdSeconds, seed,
                List.of(new Scenario.Queue("Support", "voice", "support", 1, AgentSelection.LONGEST_IDLE, null,
                        Collections.nCopies(intervals, arrivalsPerInterval), handleSeconds, patienceSeconds)),
                List.of(new Scenario.AgentGroup("Support", Map.of("support", 3), null, Collections.nCopies(intervals, agents))));
    }

    @Test
    void erlangCGivesThePublishedFigures() {
        assertThat(Erlang.probabilityOfWaiting(16, 20)).isCloseTo(0.2561, within(0.0001));
        assertThat(Erlang.serviceLevel(16, 20, 20, 240)).isCloseTo(0.8165, within(0.0001));
        assertThat(Erlang.averageSpeedOfAnswer(16, 20, 240)).isCloseTo(15.4, within(0.05));
        assertThat(Erlang.serviceLevel(16, 19, 20, 240)).isCloseTo(0.7091, within(0.0001));
        assertThat(Erlang.serviceLevel(7, 10, 60, 420)).isCloseTo(0.8556, within(0.0001));
        assertThat(Erlang.averageSpeedOfAnswer(7, 10, 420)).isCloseTo(31.0, within(0.05));
    }

    @Test
    void sixtyCallsPerQuarterHourOfFourMinutesOnTwentyAgentsMeetErlangC() {
        Pooled pooled = pool(seed -> singleSkill(WEEK_OF_15_MINUTES, 15, 60, 240, 20, 20, null, seed));

        assertThat(pooled.serviceLevel()).isCloseTo(Erlang.serviceLevel(16, 20, 20, 240), within(0.02));
        assertThat(pooled.averageSpeedOfAnswer()).isCloseTo(Erlang.averageSpeedOfAnswer(16, 20, 240), within(1.5));
        assertThat(pooled.occupancy()).isCloseTo(16 / 20.0, within(0.01));
    }

    @Test
    void thirtyCallsPerHalfHourOfSevenMinutesOnTenAgentsMeetErlangC() {
        Pooled pooled = pool(seed -> singleSkill(WEEK_OF_30_MINUTES, 30, 30, 420, 10, 60, null, seed));

        assertThat(pooled.serviceLevel()).isCloseTo(Erlang.serviceLevel(7, 10, 60, 420), within(0.02));
        assertThat(pooled.averageSpeedOfAnswer()).isCloseTo(Erlang.averageSpeedOfAnswer(7, 10, 420), within(3.1));
        assertThat(pooled.occupancy()).isCloseTo(7 / 10.0, within(0.01));
    }

    @Test
    void theSameSeedReplaysTheSameDay() {
        Scenario scenario = singleSkill(96, 15, 40, 300, 14, 20, 120.0, 7);

        assertThat(Simulator.run(scenario)).isEqualTo(Simulator.run(scenario));
    }

    @Test
    void withNobodyStaffedEveryImpatientCustomerAbandonsAndServiceLevelIsZero() {
        SimulationReport report = Simulator.run(singleSkill(4, 15, 30, 300, 0, 20, 90.0, 3));

        assertThat(report.day().offered()).isPositive();
        assertThat(report.day().abandoned()).isEqualTo(report.day().offered());
        assertThat(report.day().serviceLevel()).isZero();
        assertThat(report.day().abandonmentRate()).isEqualTo(1.0);
    }

    @Test
    void callsThatOverflowReachTheGeneralTeamOnlyAfterTheirStep() {
        List<Double> billingCalls = Collections.nCopies(8, 40.0);
        List<Integer> none = Collections.nCopies(8, 0);
        Scenario scenario = new Scenario(15, 20, 11,
                List.of(new Scenario.Queue("Billing", "voice", "billing", 3, AgentSelection.MOST_SKILLED,
                                new Scenario.Expansion(null, null, 45, "General"), billingCalls, 200, null),
                        new Scenario.Queue("General", "voice", null, 1, AgentSelection.LONGEST_IDLE, null, Collections.nCopies(8, 0.0), 200, null)),
                List.of(new Scenario.AgentGroup("Billing", Map.of("billing", 4), null, none),
                        new Scenario.AgentGroup("General", Map.of(), null, Collections.nCopies(8, 12))));

        SimulationReport report = Simulator.run(scenario);

        assertThat(report.queues().getFirst().answered()).as("only the general team answers").isEqualTo(report.queues().getFirst().offered());
        assertThat(report.queues().getFirst().answeredWithinThreshold()).as("nobody before the overflow step at 45 s").isZero();
        assertThat(report.queues().getFirst().averageSpeedOfAnswerSeconds()).isGreaterThanOrEqualTo(45);
    }

    @Test
    void withRoomForEveryArrivalTheExpectedWaitIsZeroAndSoIsEveryWaitSoTheErrorIsZero() {
        SimulationReport report = Simulator.run(singleSkill(8, 15, 10, 60, 40, 20, null, 3));

        SimulationReport.WaitEstimateError error = report.expectedWaitError();
        assertThat(error.predicted()).isEqualTo(report.day().answered()).isPositive();
        assertThat(error.unpredicted()).isZero();
        assertThat(error.meanAbsoluteErrorSeconds()).isZero();
        assertThat(error.p90AbsoluteErrorSeconds()).isZero();
        assertThat(report.queuedExpectedWaitError().predicted()).as("nobody was told to wait").isZero();
    }

    /**
     * In an M/M/N queue served in order, an arrival k places beyond the free ones waits on average k mean handle
     * times over N, which is the method: pooled, its mean error is near zero although single waits vary widely.
     */
    @Test
    void inAnErlangCQueueTheExpectedWaitIsRightOnAverageWhileSingleWaitsSpreadAroundIt() {
        SimulationReport report = Simulator.run(singleSkill(WEEK_OF_15_MINUTES, 15, 60, 240, 20, 20, null, 1));
        SimulationReport.WaitEstimateError error = report.expectedWaitError();

        assertThat(error.unpredicted()).isZero();
        assertThat(report.queuedExpectedWaitError().predicted()).as("about P(wait) = 0.26 of the calls were told to wait")
                .isBetween((long) (0.2 * error.predicted()), (long) (0.32 * error.predicted()));
        assertThat(report.queuedExpectedWaitError().meanErrorSeconds()).isCloseTo(0, within(6.0));
        assertThat(error.meanErrorSeconds()).isCloseTo(0, within(2.0));
        assertThat(error.meanAbsoluteErrorSeconds()).isPositive();
        assertThat(error.p50AbsoluteErrorSeconds()).isLessThanOrEqualTo(error.p90AbsoluteErrorSeconds());
    }

    @Test
    void impatientCustomersMakeTheMethodOverestimateAndArrivalsWithNobodyStaffedGetNoEstimate() {
        List<Integer> lateStart = new java.util.ArrayList<>(Collections.nCopies(16, 10));
        lateStart.set(0, 0);
        Scenario scenario = new Scenario(15, 20, 5,
                List.of(new Scenario.Queue("Support", "voice", "support", 1, AgentSelection.LONGEST_IDLE, null,
                        Collections.nCopies(16, 50.0), 240, 60.0)),
                List.of(new Scenario.AgentGroup("Support", Map.of("support", 3), null, lateStart)));

        SimulationReport report = Simulator.run(scenario);

        assertThat(report.day().abandoned()).isPositive();
        assertThat(report.expectedWaitError().predicted() + report.expectedWaitError().unpredicted())
                .as("every answered contact, and only those").isEqualTo(report.day().answered());
        assertThat(report.expectedWaitError().unpredicted()).as("arrived in the unstaffed first interval").isPositive();
        assertThat(report.expectedWaitError().meanErrorSeconds()).as("abandoning customers ahead shorten the real wait").isPositive();
    }

    @Test
    void agentsWhoMayChatDuringCallsAnswerChatsSoonerThanAgentsKeptToTheirCalls() {
        SimulationReport keptToCalls = Simulator.run(callsAndChats(null));
        SimulationReport chatting = Simulator.run(callsAndChats(true));

        SimulationReport.QueueTotal chatsKept = keptToCalls.queues().get(1);
        SimulationReport.QueueTotal chatsAllowed = chatting.queues().get(1);
        assertThat(chatsKept.offered()).as("same seed, same arrivals").isEqualTo(chatsAllowed.offered());
        assertThat(chatsAllowed.averageSpeedOfAnswerSeconds()).isLessThan(chatsKept.averageSpeedOfAnswerSeconds() / 2);
        assertThat(chatsAllowed.serviceLevel()).isGreaterThan(chatsKept.serviceLevel());
        assertThat(keptToCalls.queues().getFirst().offered()).isEqualTo(chatting.queues().getFirst().offered());
    }

    /** Eight agents taking one call and three chats each; calls keep about three quarters of them busy. */
    private static Scenario callsAndChats(Boolean chatDuringCalls) {
        return new Scenario(15, 20, 17,
                List.of(new Scenario.Queue("Calls", "voice", null, 1, AgentSelection.LONGEST_IDLE, null,
                                Collections.nCopies(16, 25.0), 240, null),
                        new Scenario.Queue("Chats", "chat", null, 1, AgentSelection.LONGEST_IDLE, null,
                                Collections.nCopies(16, 40.0), 300, null)),
                List.of(new Scenario.AgentGroup("Everyone", Map.of(), new Scenario.Capacity(3, 0, 0, 1, 4),
                        Collections.nCopies(16, 8), chatDuringCalls)));
    }

    @Test
    void aScenarioOutsideTheLimitsIsRefusedNamingTheField() {
        Scenario tooLong = singleSkill(WEEK_OF_15_MINUTES + 1, 15, 1, 240, 1, 20, null, 1);
        Scenario mismatched = new Scenario(15, 20, 1, singleSkill(4, 15, 1, 240, 1, 20, null, 1).queues(),
                List.of(new Scenario.AgentGroup("Support", Map.of(), null, List.of(1, 1))));

        assertThatThrownBy(() -> Simulator.run(tooLong)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("intervals");
        assertThatThrownBy(() -> Simulator.run(mismatched)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("agentGroups[0].staffed");
    }

    private static Pooled pool(java.util.function.LongFunction<Scenario> scenario) {
        Pooled pooled = new Pooled();
        for (long seed = 1; seed <= 5; seed++) {
            SimulationReport.Interval week = Simulator.run(scenario.apply(seed)).day();
            pooled.offered += week.offered();
            pooled.within += week.answeredWithinThreshold();
            pooled.answered += week.answered();
            pooled.waitedSeconds += week.averageSpeedOfAnswerSeconds() * week.answered();
            pooled.occupancy += week.occupancy() / 5;
        }
        return pooled;
    }

    private static final class Pooled {
        long offered;
        long within;
        long answered;
        double waitedSeconds;
        double occupancy;

        double serviceLevel() {
            return (double) within / offered;
        }

        double averageSpeedOfAnswer() {
            return waitedSeconds / answered;
        }

        double occupancy() {
            return occupancy;
        }
    }
}
