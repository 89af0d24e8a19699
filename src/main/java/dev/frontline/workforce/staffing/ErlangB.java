package dev.frontline.workforce.staffing;

/**
 * The Erlang B blocking probability, computed in log space so that neither factorials nor powers appear and
 * thousands of agents neither overflow nor underflow. With {@code r(k) = 1 / B(k)} the classic recurrence
 * {@code B(k) = A·B(k−1) / (k + A·B(k−1))} becomes {@code r(k) = 1 + (k/A)·r(k−1)}, and its logarithm is a
 * softplus of the previous one.
 */
final class ErlangB {

    private ErlangB() {
    }

    /** {@code −ln B(agents, erlangs)}, that is {@code ln(1/B)}; 0 for zero agents. */
    static double logInverseBlocking(double erlangs, int agents) {
        double logInverse = 0;
        double logErlangs = Math.log(erlangs);
        for (int k = 1; k <= agents; k++) {
            logInverse = softplus(Math.log(k) - logErlangs + logInverse);
        }
        return logInverse;
    }

    /** {@code ln(1 + e^x)} without overflow or loss of precision. */
    static double softplus(double x) {
        return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
    }
}
