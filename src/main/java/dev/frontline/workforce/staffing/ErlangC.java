package dev.frontline.workforce.staffing;

/**
 * Erlang C (M/M/N: Poisson arrivals, exponential handle times, nobody abandons). The probability of waiting
 * comes from Erlang B ({@code C = N·B / (N − A·(1 − B))}); service level {@code 1 − C·e^{−(N−A)·T/AHT}};
 * speed of answer {@code C·AHT / (N − A)}; occupancy {@code A / N}. With no more agents than Erlangs the
 * queue grows without bound: everybody waits, nobody within the threshold, occupancy 1, no finite speed of answer.
 */
public record ErlangC(double erlangs, double handleSeconds, double answerWithinSeconds) implements QueueModel {

    @Override
    public Performance withAgents(int agents) {
        if (erlangs == 0) {
            return new Performance(agents, 1, 0, 0.0, 0, null);
        }
        if (agents <= erlangs) {
            return new Performance(agents, 0, 1, null, 1, null);
        }
        double waiting = probabilityOfWaiting(agents);
        double spare = agents - erlangs;
        return new Performance(agents, 1 - waiting * Math.exp(-spare * answerWithinSeconds / handleSeconds), waiting,
                waiting * handleSeconds / spare, erlangs / agents, null);
    }

    private double probabilityOfWaiting(int agents) {
        double blocking = Math.exp(-ErlangB.logInverseBlocking(erlangs, agents));
        return agents * blocking / (agents - erlangs * (1 - blocking));
    }
}
