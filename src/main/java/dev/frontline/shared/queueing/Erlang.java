package dev.frontline.shared.queueing;

/**
 * Erlang B and Erlang C (M/M/N: Poisson arrivals, exponential handle times, nobody abandons) for a traffic of
 * {@code erlangs} (arrival rate × mean handle time) offered to {@code agents} agents.
 *
 * <p>Erlang B is computed in log space, so neither factorials nor powers appear and tens of thousands of agents
 * neither overflow nor underflow: with {@code r(k) = 1 / B(k)} the classic recurrence
 * {@code B(k) = A·B(k−1) / (k + A·B(k−1))} becomes {@code r(k) = 1 + (k/A)·r(k−1)}, and its logarithm is a softplus
 * of the previous one. Erlang C follows from it: {@code C = N·B / (N − A·(1 − B))}; service level
 * {@code 1 − C·e^{−(N−A)·T/AHT}}; speed of answer {@code C·AHT / (N − A)}. With no more agents than Erlangs the
 * queue grows without bound: everybody waits, nobody within the threshold, no finite speed of answer.
 */
public final class Erlang {

    private Erlang() {
    }

    /** {@code −ln B(agents, erlangs)}, that is {@code ln(1/B)}; 0 for zero agents. */
    public static double logInverseBlocking(double erlangs, int agents) {
        double logInverse = 0;
        double logErlangs = Math.log(erlangs);
        for (int k = 1; k <= agents; k++) {
            logInverse = softplus(Math.log(k) - logErlangs + logInverse);
        }
        return logInverse;
    }

    /** {@code ln(1 + e^x)} without overflow or loss of precision. */
    public static double softplus(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }

    /** Erlang C's probability that a contact waits; 1 with no more agents than Erlangs. */
    public static double probabilityOfWaiting(double erlangs, int agents) {
        if (agents <= erlangs) {
            return 1;
        }
        double blocking = Math.exp(-logInverseBlocking(erlangs, agents));
        return agents * blocking / (agents - erlangs * (1 - blocking));
    }

    /** Share answered within {@code thresholdSeconds}; 0 with no more agents than Erlangs. */
    public static double serviceLevel(double erlangs, int agents, double thresholdSeconds, double meanHandleSeconds) {
        if (agents <= erlangs) {
            return 0;
        }
        return 1 - probabilityOfWaiting(erlangs, agents) * Math.exp(-(agents - erlangs) * thresholdSeconds / meanHandleSeconds);
    }

    /** Mean wait over all contacts (those not waiting count 0); infinite with no more agents than Erlangs. */
    public static double averageSpeedOfAnswer(double erlangs, int agents, double meanHandleSeconds) {
        return agents <= erlangs ? Double.POSITIVE_INFINITY
                : probabilityOfWaiting(erlangs, agents) * meanHandleSeconds / (agents - erlangs);
    }
}
