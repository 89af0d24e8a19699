package dev.frontline.routing.simulation;

import java.util.List;

/**
 * What a simulated day gave, per interval (by the interval a contact arrived in) and over the day.
 * Service level is answered within the threshold over offered, so abandoned contacts and those still
 * waiting when the run ends count against it; ASA is the mean wait of answered contacts; abandonment is
 * abandoned over offered; occupancy is the share of the staffed agents' places in use (a voice call fills
 * an agent, one of three chats a third), over the staffed time of the interval.
 */
public record SimulationReport(int thresholdSeconds, List<Interval> intervals, Interval day, List<QueueTotal> queues) {

    public record Interval(int index, int startMinute, int staffed, long offered, long answered, long answeredWithinThreshold,
                           long abandoned, long unanswered, double serviceLevel, double averageSpeedOfAnswerSeconds,
                           double abandonmentRate, double occupancy) {
    }

    public record QueueTotal(String name, long offered, long answered, long answeredWithinThreshold, long abandoned,
                             double serviceLevel, double averageSpeedOfAnswerSeconds, double abandonmentRate) {
    }
}
