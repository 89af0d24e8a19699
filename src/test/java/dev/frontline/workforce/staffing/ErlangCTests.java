package dev.frontline.workforce.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class ErlangCTests {

    private static final double FOUR_DECIMALS = 0.00005;

    /** docs: /work/shared/guides/contact-center-metrics.md, "Staffing math": 60 calls per 15 min, AHT 240 s. */
    @Test
    void sixteenErlangsOnTwentyAgentsMatchTheGuidesWorkedExample() {
        ErlangC model = new ErlangC(60 * 240 / 900.0, 240, 20);

        Performance twenty = model.withAgents(20);

        assertThat(model.erlangs()).isEqualTo(16.0);
        assertThat(twenty.probabilityOfWaiting()).isCloseTo(0.2561, within(FOUR_DECIMALS));
        assertThat(twenty.serviceLevel()).isCloseTo(0.8165, within(FOUR_DECIMALS));
        assertThat(twenty.averageSpeedOfAnswer()).isCloseTo(15.4, within(0.05));
        assertThat(twenty.occupancy()).isEqualTo(0.8);
        assertThat(model.withAgents(19).serviceLevel()).isCloseTo(0.7091, within(FOUR_DECIMALS));
    }

    /** The guide's second example: 30 calls per 30 min, AHT 420 s, 10 agents, threshold 60 s. */
    @Test
    void sevenErlangsOnTenAgentsMatchTheGuidesSecondExample() {
        Performance ten = new ErlangC(30 * 420 / 1800.0, 420, 60).withAgents(10);

        assertThat(ten.serviceLevel()).isCloseTo(0.8556, within(FOUR_DECIMALS));
        assertThat(ten.averageSpeedOfAnswer()).isCloseTo(31.0, within(0.05));
        assertThat(ten.occupancy()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void serviceLevelRisesAndSpeedOfAnswerFallsWithEveryAgentAdded() {
        ErlangC model = new ErlangC(16, 240, 20);
        Performance previous = model.withAgents(17);

        for (int agents = 18; agents <= 40; agents++) {
            Performance next = model.withAgents(agents);
            assertThat(next.serviceLevel()).isGreaterThan(previous.serviceLevel());
            assertThat(next.averageSpeedOfAnswer()).isLessThan(previous.averageSpeedOfAnswer());
            assertThat(next.probabilityOfWaiting()).isLessThan(previous.probabilityOfWaiting());
            previous = next;
        }
    }

    @Test
    void noMoreAgentsThanErlangsMeansEveryoneWaitsWithoutBound() {
        Performance sixteen = new ErlangC(16, 240, 20).withAgents(16);

        assertThat(sixteen.probabilityOfWaiting()).isEqualTo(1.0);
        assertThat(sixteen.serviceLevel()).isZero();
        assertThat(sixteen.averageSpeedOfAnswer()).isNull();
    }

    /**
     * Small and large: the log-space recurrence agrees with the textbook formula summed in 60-digit decimals,
     * from the classic step-by-step example's 48 Erlangs on 55 agents (360 calls per half hour of 4 minutes) to
     * thousands of agents.
     */
    @Test
    void theRecurrenceAgreesWithTheTextbookFormulaInExactDecimalArithmeticUpToThousandsOfAgents() {
        int[] agentCounts = {55, 1000, 1000, 3000};
        double[] loads = {48, 950, 980.5, 2900};
        for (int i = 0; i < loads.length; i++) {
            double erlangs = loads[i];
            int agents = agentCounts[i];
            Performance performance = new ErlangC(erlangs, 300, 20).withAgents(agents);

            assertThat(performance.probabilityOfWaiting()).as("%s Erlangs", erlangs)
                    .isCloseTo(textbookProbabilityOfWaiting(erlangs, agents), within(1e-12));
        }
    }

    @Test
    void hugeAndTinyLoadsStayFinite() {
        Performance nearlyIdle = new ErlangC(3, 300, 20).withAgents(5000);
        Performance busy = new ErlangC(20_000, 300, 20).withAgents(20_150);

        assertThat(nearlyIdle.probabilityOfWaiting()).isZero();
        assertThat(nearlyIdle.serviceLevel()).isEqualTo(1.0);
        assertThat(busy.probabilityOfWaiting()).isBetween(0.0, 1.0);
        assertThat(busy.serviceLevel()).isBetween(0.0, 1.0);
        assertThat(busy.averageSpeedOfAnswer()).isFinite();
    }

    /** [A^N/N! · N/(N−A)] / [Σ_{k<N} A^k/k! + A^N/N! · N/(N−A)], term by term in BigDecimal. */
    private static double textbookProbabilityOfWaiting(double erlangs, int agents) {
        MathContext precision = new MathContext(60);
        BigDecimal load = new BigDecimal(erlangs);
        BigDecimal term = BigDecimal.ONE;
        BigDecimal below = BigDecimal.ZERO;
        for (int k = 0; k < agents; k++) {
            below = below.add(term, precision);
            term = term.multiply(load, precision).divide(BigDecimal.valueOf(k + 1), precision);
        }
        BigDecimal waiting = term.multiply(BigDecimal.valueOf(agents), precision)
                .divide(BigDecimal.valueOf(agents).subtract(load), precision);
        return waiting.divide(below.add(waiting, precision), precision).doubleValue();
    }
}
