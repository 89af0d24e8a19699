package dev.frontline.workforce.staffing;

import org.jspecify.annotations.Nullable;

/**
 * A checked staffing question. {@code effectiveHandleSeconds} is the handle time divided by the concurrency
 * factor; {@code target} is null when agents are evaluated rather than searched for.
 */
public record StaffingQuestion(double contacts, double intervalSeconds, double effectiveHandleSeconds,
                               double answerWithinSeconds, @Nullable Double patienceSeconds, double shrinkage,
                               @Nullable Target target) {

    /** What the fewest agents must achieve; every given part must hold. */
    public record Target(@Nullable Double serviceLevel, @Nullable Double maxAverageSpeedOfAnswer, @Nullable Double maxOccupancy) {

        boolean isMetBy(Performance performance) {
            return (serviceLevel == null || performance.serviceLevel() >= serviceLevel)
                    && (maxAverageSpeedOfAnswer == null
                        || performance.averageSpeedOfAnswer() != null && performance.averageSpeedOfAnswer() <= maxAverageSpeedOfAnswer)
                    && (maxOccupancy == null || performance.occupancy() <= maxOccupancy);
        }
    }

    /** Erlang A when patience is known, Erlang C otherwise. */
    public QueueModel model() {
        double arrivalsPerSecond = contacts / intervalSeconds;
        return patienceSeconds == null
                ? new ErlangC(arrivalsPerSecond * effectiveHandleSeconds, effectiveHandleSeconds, answerWithinSeconds)
                : new ErlangA(arrivalsPerSecond, effectiveHandleSeconds, patienceSeconds, answerWithinSeconds);
    }

    /** Agents on line out of {@code scheduled}, after shrinkage (rounded down: a part-agent answers nothing). */
    int onLine(int scheduled) {
        return (int) Math.floor(scheduled * (1 - shrinkage) + 1e-9);
    }

    /** Agents to schedule so that {@code onLine} are on line: ⌈on line / (1 − shrinkage)⌉. */
    int scheduled(int onLine) {
        return (int) Math.ceil(onLine / (1 - shrinkage) - 1e-9);
    }
}
