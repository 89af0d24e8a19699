package dev.frontline.routing.simulation;

/**
 * Erlang C (M/M/N, nobody abandons) for a queue with traffic {@code erlangs} = arrival rate × mean handle
 * time and {@code agents} agents; what the simulator is checked against. The probability of waiting comes
 * from the Erlang B recurrence, so large agent counts need no factorials.
 */
public final class ErlangC {

    private ErlangC() {
    }

    public static double probabilityOfWaiting(double erlangs, int agents) {
        if (agents <= erlangs) {
            return 1;
        }
        double blocking = 1;
        for (int k = 1; k <= agents; k++) {
            blocking = erlangs * blocking / (k + erlangs * blocking);
        }
        return agents * blocking / (agents - erlangs * (1 - blocking));
    }

    /** Share answered within {@code thresholdSeconds}. */
    public static double serviceLevel(double erlangs, int agents, double thresholdSeconds, double meanHandleSeconds) {
        if (agents <= erlangs) {
            return 0;
        }
        return 1 - probabilityOfWaiting(erlangs, agents) * Math.exp(-(agents - erlangs) * thresholdSeconds / meanHandleSeconds);
    }

    public static double averageSpeedOfAnswer(double erlangs, int agents, double meanHandleSeconds) {
        return agents <= erlangs ? Double.POSITIVE_INFINITY
                : probabilityOfWaiting(erlangs, agents) * meanHandleSeconds / (agents - erlangs);
    }
}
