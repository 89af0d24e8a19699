package dev.frontline.routing.simulation;

import java.util.Arrays;
import java.util.List;

/**
 * What a simulated day gave, per interval (by the interval a contact arrived in) and over the day.
 * Service level is answered within the threshold over offered, so abandoned contacts and those still
 * waiting when the run ends count against it; ASA is the mean wait of answered contacts; abandonment is
 * abandoned over offered; occupancy is the share of the staffed agents' places in use (a voice call fills
 * an agent, one of three chats a third), over the staffed time of the interval. {@code expectedWaitError}: how far
 * the expected wait the live API would have told each answered contact on arrival was from the wait it had;
 * {@code queuedExpectedWaitError}: the same over the contacts told they would wait (estimate above zero), where
 * the many arrivals answered at once as predicted do not dilute it.
 */
public record SimulationReport(int thresholdSeconds, List<Interval> intervals, Interval day, List<QueueTotal> queues,
                               WaitEstimateError expectedWaitError, WaitEstimateError queuedExpectedWaitError) {

    public record Interval(int index, int startMinute, int staffed, long offered, long answered, long answeredWithinThreshold,
                           long abandoned, long unanswered, double serviceLevel, double averageSpeedOfAnswerSeconds,
                           double abandonmentRate, double occupancy) {
    }

    public record QueueTotal(String name, long offered, long answered, long answeredWithinThreshold, long abandoned,
                             double serviceLevel, double averageSpeedOfAnswerSeconds, double abandonmentRate) {
    }

    /**
     * The expected-wait method's error over answered contacts (predicted minus actual wait; abandoned contacts had
     * no actual wait and are left out): {@code predicted} contacts had an estimate, {@code unpredicted} arrived when
     * nobody who may serve their queue was logged in (the API gives none then). Mean error above zero: an overestimate.
     * Percentiles are of the absolute error, by nearest rank.
     */
    public record WaitEstimateError(long predicted, long unpredicted, double meanAbsoluteErrorSeconds, double meanErrorSeconds,
                                    double p50AbsoluteErrorSeconds, double p90AbsoluteErrorSeconds) {

        static WaitEstimateError of(List<Long> errorsMillis, long unpredicted) {
            if (errorsMillis.isEmpty()) {
                return new WaitEstimateError(0, unpredicted, 0, 0, 0, 0);
            }
            long[] absolute = errorsMillis.stream().mapToLong(Math::abs).sorted().toArray();
            double mean = errorsMillis.stream().mapToLong(Long::longValue).average().orElse(0) / 1000;
            return new WaitEstimateError(absolute.length, unpredicted, Arrays.stream(absolute).average().orElse(0) / 1000, mean,
                    nearestRank(absolute, 0.5) / 1000.0, nearestRank(absolute, 0.9) / 1000.0);
        }

        private static long nearestRank(long[] sorted, double share) {
            return sorted[(int) Math.max(0, Math.ceil(share * sorted.length) - 1)];
        }
    }
}
