package dev.frontline.workforce.staffing;

import dev.frontline.shared.InvalidRequestException;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /api/v1/workforce/staffing}: one interval's volume and handle time, and either the
 * {@code agents} to evaluate or a target ({@code targetServiceLevel} within {@code answerWithinSeconds} and/or
 * {@code maxAverageSpeedOfAnswer}, optionally with {@code maxOccupancy}) to find the fewest agents for.
 * {@code patienceSeconds} switches from Erlang C to Erlang A; {@code concurrency} is the concurrency factor
 * (how many contacts' worth of work an agent gets through at once, about 1.7 for two chats, 2.5 for three);
 * {@code shrinkage} the share of scheduled time agents are not on line.
 */
public record StaffingRequest(@Nullable Double contacts, @Nullable Double intervalSeconds, @Nullable Double averageHandleSeconds,
                              @Nullable Double answerWithinSeconds, @Nullable Integer agents, @Nullable Double targetServiceLevel,
                              @Nullable Double maxAverageSpeedOfAnswer, @Nullable Double maxOccupancy,
                              @Nullable Double patienceSeconds, @Nullable Double concurrency, @Nullable Double shrinkage) {

    public static final int MAX_AGENTS = 100_000;
    static final double MAX_CONCURRENCY = 10;

    /** The same question for another volume. */
    public StaffingRequest withContacts(double volume) {
        return new StaffingRequest(volume, intervalSeconds, averageHandleSeconds, answerWithinSeconds, agents, targetServiceLevel,
                maxAverageSpeedOfAnswer, maxOccupancy, patienceSeconds, concurrency, shrinkage);
    }

    /** Checks every field, naming the first that is wrong, and returns the question it asks. */
    public StaffingQuestion validate() {
        double volume = required("contacts", contacts);
        atLeast("contacts", volume, 0);
        double interval = positive("intervalSeconds", required("intervalSeconds", intervalSeconds));
        double handle = positive("averageHandleSeconds", required("averageHandleSeconds", averageHandleSeconds));
        double threshold = required("answerWithinSeconds", answerWithinSeconds);
        atLeast("answerWithinSeconds", threshold, 0);
        if (patienceSeconds != null) {
            positive("patienceSeconds", patienceSeconds);
        }
        double factor = concurrency == null ? 1 : concurrency;
        if (!(factor >= 1 && factor <= MAX_CONCURRENCY)) {
            throw new InvalidRequestException("concurrency", "must be between 1 and " + (int) MAX_CONCURRENCY);
        }
        double shrunk = shrinkage == null ? 0 : shrinkage;
        if (!(shrunk >= 0 && shrunk < 1)) {
            throw new InvalidRequestException("shrinkage", "must be at least 0 and below 1");
        }
        return new StaffingQuestion(volume, interval, handle / factor, threshold, patienceSeconds, shrunk, target());
    }

    private StaffingQuestion.@Nullable Target target() {
        boolean hasTarget = targetServiceLevel != null || maxAverageSpeedOfAnswer != null;
        if (agents != null) {
            if (hasTarget || maxOccupancy != null) {
                throw new InvalidRequestException("agents", "cannot be combined with a target or maxOccupancy: give either agents or a target");
            }
            if (agents < 1 || agents > MAX_AGENTS) {
                throw new InvalidRequestException("agents", "must be between 1 and " + MAX_AGENTS);
            }
            return null;
        }
        if (!hasTarget) {
            throw new InvalidRequestException("agents", "is required unless targetServiceLevel or maxAverageSpeedOfAnswer is given");
        }
        if (targetServiceLevel != null && !(targetServiceLevel > 0 && targetServiceLevel < 1)) {
            throw new InvalidRequestException("targetServiceLevel", "must be a fraction above 0 and below 1");
        }
        if (maxAverageSpeedOfAnswer != null) {
            positive("maxAverageSpeedOfAnswer", maxAverageSpeedOfAnswer);
        }
        if (maxOccupancy != null && !(maxOccupancy > 0 && maxOccupancy <= 1)) {
            throw new InvalidRequestException("maxOccupancy", "must be a fraction above 0 and at most 1");
        }
        return new StaffingQuestion.Target(targetServiceLevel, maxAverageSpeedOfAnswer, maxOccupancy);
    }

    private static double required(String field, @Nullable Double value) {
        if (value == null) {
            throw new InvalidRequestException(field, "is required");
        }
        if (!Double.isFinite(value)) {
            throw new InvalidRequestException(field, "must be a finite number");
        }
        return value;
    }

    private static double positive(String field, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new InvalidRequestException(field, "must be above 0");
        }
        return value;
    }

    private static void atLeast(String field, double value, double minimum) {
        if (value < minimum) {
            throw new InvalidRequestException(field, "must be at least " + (int) minimum);
        }
    }
}
