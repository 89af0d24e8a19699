package dev.frontline.workforce.staffing;

import dev.frontline.shared.queueing.Erlang;

/**
 * Erlang C (M/M/N: Poisson arrivals, exponential handle times, nobody abandons) as a queue model; the formulas are
 * the shared kernel's {@link Erlang}, which routing's simulator prints too. Occupancy is {@code A / N}. With no more
 * agents than Erlangs the queue grows without bound: everybody waits, nobody within the threshold, occupancy 1, no
 * finite speed of answer.
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
        return new Performance(agents, Erlang.serviceLevel(erlangs, agents, answerWithinSeconds, handleSeconds),
                Erlang.probabilityOfWaiting(erlangs, agents), Erlang.averageSpeedOfAnswer(erlangs, agents, handleSeconds),
                erlangs / agents, null);
    }
}
