package dev.frontline.sla.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServiceLevelTallyTests {

    private static final Duration T20 = Duration.ofSeconds(20);

    /**
     * The worked example of issue 9 and the metrics guide, also in ICMI's "Service Level Calculations"
     * (Queue Tips, 2002; reprinted by Call Centre Helper, "Service Level Threshold Calculations"):
     * 1,000 answered, 860 within 20 s, 60 abandoned of which 20 within 20 s.
     */
    @Test
    void theIssuesWorkedExampleComesOutExactlyInEachVariant() {
        assertThat(percent(icmi(AbandonTreatment.MET_WITHIN_THRESHOLD, Duration.ZERO))).isEqualTo(83.0);
        assertThat(percent(icmi(AbandonTreatment.IGNORED, Duration.ZERO))).isEqualTo(86.0);
        assertThat(percent(icmi(AbandonTreatment.AGAINST, Duration.ZERO))).isEqualTo(81.1);
    }

    /**
     * The same source's formula #4 (also Cisco ICM's "abandoned calls ignored"): abandons within the threshold
     * leave the count, later ones count against: 860 / (1000 + 40) = 82.7%. That is "against" with every
     * abandon under the threshold short.
     */
    @Test
    void abandonsWithinTheThresholdLeftOutIsShortAbandonsUpToTheThreshold() {
        ServiceLevelTally tally = icmi(AbandonTreatment.AGAINST, T20.plusNanos(1));
        assertThat(percent(tally)).isEqualTo(82.7);
        assertThat(tally.shortAbandons()).isEqualTo(20);
    }

    /**
     * A Genesys Stat Server "ServiceFactor" example (sggu.com forum, topic 83): threshold 20 s, 200 answered within
     * it and 100 after, 50 abandoned in under 10 s (left out) and 50 after: 200 / (300 + 100 - 50) = 57.14%.
     */
    @Test
    void shortAbandonsLeaveTheDenominator() {
        ServiceLevelTally tally = new ServiceLevelTally(new ServiceLevelRule(T20, AbandonTreatment.AGAINST, Duration.ofSeconds(10)));
        repeat(200, () -> tally.answered(Duration.ofSeconds(15)));
        repeat(100, () -> tally.answered(Duration.ofSeconds(45)));
        repeat(50, () -> tally.abandoned(Duration.ofSeconds(9)));
        repeat(50, () -> tally.abandoned(Duration.ofSeconds(30)));
        assertThat(tally.serviceLevel().getAsDouble()).isCloseTo(200.0 / 350, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(Math.round(tally.serviceLevel().getAsDouble() * 10_000) / 100.0).isEqualTo(57.14);
        assertThat(tally.shortAbandons()).isEqualTo(50);
        assertThat(tally.abandonRate().getAsDouble()).isEqualTo(50.0 / 350);
    }

    /** A contact answered exactly at the threshold is within it; one microsecond later is not. */
    @Test
    void theThresholdItselfIsWithin() {
        ServiceLevelTally tally = new ServiceLevelTally(ServiceLevelRule.DEFAULT);
        tally.answered(T20);
        tally.answered(T20.plusNanos(1_000));
        tally.abandoned(T20);
        assertThat(tally.answeredWithin()).isEqualTo(1);
        assertThat(tally.abandonedWithin()).isEqualTo(1);
        assertThat(tally.serviceLevel().getAsDouble()).isEqualTo(2.0 / 3);
    }

    @Test
    void averageSpeedOfAnswerIsTheMeanWaitOfAnsweredContactsOnly() {
        ServiceLevelTally tally = new ServiceLevelTally(ServiceLevelRule.DEFAULT);
        tally.answered(Duration.ofSeconds(10));
        tally.answered(Duration.ofSeconds(30));
        tally.abandoned(Duration.ofSeconds(300));
        assertThat(tally.averageSpeedOfAnswer()).isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void nothingToCountHasNoServiceLevel() {
        ServiceLevelTally tally = new ServiceLevelTally(new ServiceLevelRule(T20, AbandonTreatment.IGNORED, Duration.ZERO));
        assertThat(tally.serviceLevel()).isEmpty();
        tally.abandoned(Duration.ofSeconds(5));
        assertThat(tally.serviceLevel()).isEmpty();
        assertThat(tally.abandonRate().getAsDouble()).isEqualTo(1.0);
    }

    @Test
    void medianAndP90AreNearestRank() {
        Distribution distribution = new Distribution();
        for (long v = 10; v >= 1; v--) {
            distribution.add(v);
        }
        assertThat(distribution.percentile(50)).isEqualTo(5);
        assertThat(distribution.percentile(90)).isEqualTo(9);
        assertThat(distribution.mean()).isEqualTo(5);
        assertThat(new Distribution().percentile(90)).isZero();
    }

    /** Built from individual waits, so the classification by threshold is exercised, not only the division. */
    private static ServiceLevelTally icmi(AbandonTreatment treatment, Duration shortAbandon) {
        ServiceLevelTally tally = new ServiceLevelTally(new ServiceLevelRule(T20, treatment, shortAbandon));
        repeat(860, () -> tally.answered(Duration.ofSeconds(12)));
        repeat(140, () -> tally.answered(Duration.ofSeconds(35)));
        repeat(20, () -> tally.abandoned(Duration.ofSeconds(8)));
        repeat(40, () -> tally.abandoned(Duration.ofSeconds(60)));
        return tally;
    }

    private static double percent(ServiceLevelTally tally) {
        return Math.round(tally.serviceLevel().getAsDouble() * 1000) / 10.0;
    }

    private static void repeat(int times, Runnable action) {
        for (int i = 0; i < times; i++) {
            action.run();
        }
    }
}
