package dev.frontline.workforce.staffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class ErlangATests {

    /** 60 calls per 15 minutes, AHT 240 s: the guide's 16 Erlangs. */
    private static final double ARRIVALS = 60 / 900.0;

    @Test
    void withPatienceFarBeyondTheWaitsErlangAGivesErlangCsFigures() {
        ErlangA veryPatient = new ErlangA(ARRIVALS, 240, 1e9, 20);

        Performance twenty = veryPatient.withAgents(20);

        assertThat(twenty.probabilityOfWaiting()).isCloseTo(0.2561, within(0.00005));
        assertThat(twenty.serviceLevel()).isCloseTo(0.8165, within(0.00005));
        assertThat(twenty.averageSpeedOfAnswer()).isCloseTo(15.4, within(0.05));
        assertThat(twenty.abandonment()).isLessThan(1e-6);
        assertThat(veryPatient.withAgents(19).serviceLevel()).isCloseTo(0.7091, within(0.00005));
    }

    /**
     * An independent reference: the birth-death chain solved in 50-digit decimals (stationary distribution, then
     * abandonment by Little's law θ·E[queue]/λ and P(wait) by summing), and each position's chance of being
     * answered within T by integrating the backward equations numerically, not by the incomplete beta function.
     */
    @Test
    void agreesWithTheBirthDeathChainSolvedIndependently() {
        double[][] cases = {
            // arrivals per second, handle s, patience s, threshold s, agents
            {ARRIVALS, 240, 120, 20, 16},
            {ARRIVALS, 240, 60, 20, 12},
            {30 / 1800.0, 420, 300, 60, 7},
            {0.5, 180, 90, 30, 85},
        };
        for (double[] c : cases) {
            ErlangA model = new ErlangA(c[0], c[1], c[2], c[3]);
            Performance performance = model.withAgents((int) c[4]);
            Reference reference = Reference.solve(c[0], c[1], c[2], c[3], (int) c[4]);

            assertThat(performance.probabilityOfWaiting()).as("P(wait) %s", performance).isCloseTo(reference.waiting, within(1e-9));
            assertThat(performance.abandonment()).as("abandonment %s", performance).isCloseTo(reference.abandonment, within(1e-9));
            assertThat(performance.serviceLevel()).as("service level %s", performance).isCloseTo(reference.serviceLevel, within(1e-6));
            assertThat(performance.occupancy()).isCloseTo(c[0] * c[1] * (1 - reference.abandonment) / c[4], within(1e-9));
        }
    }

    @Test
    void unlikeErlangCItStaysStableWhenAgentsAreFewerThanErlangs() {
        Performance twelve = new ErlangA(ARRIVALS, 240, 120, 20).withAgents(12);

        assertThat(twelve.abandonment()).isBetween(0.2, 0.5);
        assertThat(twelve.averageSpeedOfAnswer()).isFinite().isPositive();
        assertThat(twelve.occupancy()).isLessThan(1.0);
    }

    @Test
    void everyAgentAddedRaisesTheServiceLevelAndLowersAbandonment() {
        ErlangA model = new ErlangA(ARRIVALS, 240, 90, 20);
        Performance previous = model.withAgents(1);

        for (int agents = 2; agents <= 35; agents++) {
            Performance next = model.withAgents(agents);
            assertThat(next.serviceLevel()).isGreaterThan(previous.serviceLevel());
            assertThat(next.abandonment()).isLessThan(previous.abandonment());
            assertThat(next.averageSpeedOfAnswer()).isLessThan(previous.averageSpeedOfAnswer());
            previous = next;
        }
    }

    @Test
    void answeredWithinAnEndlessThresholdIsEveryoneWhoDoesNotAbandon() {
        Performance performance = new ErlangA(ARRIVALS, 240, 120, 1e7).withAgents(15);

        assertThat(performance.serviceLevel()).isCloseTo(1 - performance.abandonment(), within(1e-9));
    }

    @Test
    void thousandsOfAgentsWithLongPatienceStayFinite() {
        Performance performance = new ErlangA(10, 300, 3600, 20).withAgents(3000);
        Performance overloaded = new ErlangA(10, 300, 600, 20).withAgents(2500);

        assertThat(performance.serviceLevel()).isBetween(0.0, 1.0);
        assertThat(performance.abandonment()).isBetween(0.0, 0.05);
        assertThat(overloaded.abandonment()).isCloseTo(1 - 2500 / 3000.0, within(0.01));
    }

    /** The M/M/N+M chain in decimals, truncated where its weights are below 10^−40. */
    private record Reference(double waiting, double abandonment, double serviceLevel) {

        static Reference solve(double arrivals, double handle, double patience, double threshold, int agents) {
            MathContext precision = new MathContext(50);
            BigDecimal lambda = new BigDecimal(arrivals);
            BigDecimal mu = BigDecimal.ONE.divide(new BigDecimal(handle), precision);
            BigDecimal theta = BigDecimal.ONE.divide(new BigDecimal(patience), precision);
            java.util.List<BigDecimal> weights = new java.util.ArrayList<>();
            BigDecimal weight = BigDecimal.ONE;
            BigDecimal total = BigDecimal.ZERO;
            for (int n = 0; ; n++) {
                weights.add(weight);
                total = total.add(weight, precision);
                BigDecimal departures = mu.multiply(BigDecimal.valueOf(Math.min(n + 1, agents)), precision)
                        .add(theta.multiply(BigDecimal.valueOf(Math.max(n + 1 - agents, 0)), precision), precision);
                weight = weight.multiply(lambda, precision).divide(departures, precision);
                if (n > agents && weight.compareTo(total.multiply(new BigDecimal("1e-40"))) < 0) {
                    break;
                }
            }
            double waiting = 0;
            double queued = 0;
            double answeredWithin = 0;
            double[] within = answeredWithinByPosition(agents / handle, 1 / patience, threshold, weights.size() - agents);
            for (int n = 0; n < weights.size(); n++) {
                double probability = weights.get(n).divide(total, precision).doubleValue();
                if (n < agents) {
                    answeredWithin += probability;
                } else {
                    waiting += probability;
                    queued += probability * (n - agents);
                    answeredWithin += probability * within[n - agents + 1];
                }
            }
            return new Reference(waiting, queued / (patience * arrivals), answeredWithin);
        }

        /**
         * u_k(t) = P(answered by t | at position k): u_k' = (Nμ + (k−1)θ)·u_{k−1} − (Nμ + kθ)·u_k, u_0 = 1,
         * integrated with classic Runge-Kutta in small steps.
         */
        private static double[] answeredWithinByPosition(double serviceRate, double abandonRate, double threshold, int positions) {
            double[] u = new double[positions + 1];
            u[0] = 1;
            int steps = (int) Math.max(20_000, threshold * (serviceRate + positions * abandonRate) * 20);
            double h = threshold / steps;
            for (int step = 0; step < steps; step++) {
                double[] k1 = derivative(u, serviceRate, abandonRate);
                double[] k2 = derivative(plus(u, k1, h / 2), serviceRate, abandonRate);
                double[] k3 = derivative(plus(u, k2, h / 2), serviceRate, abandonRate);
                double[] k4 = derivative(plus(u, k3, h), serviceRate, abandonRate);
                for (int k = 1; k <= positions; k++) {
                    u[k] += h / 6 * (k1[k] + 2 * k2[k] + 2 * k3[k] + k4[k]);
                }
            }
            return u;
        }

        private static double[] derivative(double[] u, double serviceRate, double abandonRate) {
            double[] d = new double[u.length];
            for (int k = 1; k < u.length; k++) {
                d[k] = (serviceRate + (k - 1) * abandonRate) * u[k - 1] - (serviceRate + k * abandonRate) * u[k];
            }
            return d;
        }

        private static double[] plus(double[] u, double[] d, double factor) {
            double[] sum = u.clone();
            for (int k = 1; k < u.length; k++) {
                sum[k] += factor * d[k];
            }
            return sum;
        }
    }
}
