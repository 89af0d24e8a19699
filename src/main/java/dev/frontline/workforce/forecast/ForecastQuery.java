package dev.frontline.workforce.forecast;

import dev.frontline.shared.InvalidRequestException;
import dev.frontline.workforce.staffing.StaffingRequest;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What to forecast: one queue's contacts (of one {@code channel} when given) per {@code intervalMinutes} (15 or 30)
 * from its last {@code historyWeeks} full weeks (3-12) for {@code horizonWeeks} weeks (1-4) from the start of this
 * week; with {@code targetServiceLevel} also the agents to schedule per interval (threshold
 * {@code answerWithinSeconds}, optional {@code shrinkage}, chat {@code concurrency} factor and {@code maxOccupancy}
 * cap). {@code averageHandleSeconds} overrides the handle time forecast from history; {@code patienceSeconds}
 * overrides the patience estimated from abandonments (with either, staffing uses Erlang A).
 */
public record ForecastQuery(UUID queueId, int intervalMinutes, int historyWeeks, int horizonWeeks,
                            @Nullable Double averageHandleSeconds, @Nullable Double targetServiceLevel,
                            double answerWithinSeconds, @Nullable Double shrinkage, @Nullable String channel,
                            @Nullable Double concurrency, @Nullable Double maxOccupancy, @Nullable Double patienceSeconds) {

    public ForecastQuery {
        if (intervalMinutes != 15 && intervalMinutes != 30) {
            throw new InvalidRequestException("intervalMinutes", "must be 15 or 30");
        }
        if (historyWeeks < 3 || historyWeeks > 12) {
            throw new InvalidRequestException("historyWeeks", "must be between 3 and 12");
        }
        if (horizonWeeks < 1 || horizonWeeks > 4) {
            throw new InvalidRequestException("horizonWeeks", "must be between 1 and 4");
        }
        if (averageHandleSeconds != null && !(averageHandleSeconds > 0)) {
            throw new InvalidRequestException("averageHandleSeconds", "must be above 0");
        }
        if (patienceSeconds != null && !(patienceSeconds > 0)) {
            throw new InvalidRequestException("patienceSeconds", "must be above 0");
        }
        channel = channel == null || channel.isBlank() ? null : channel.strip().toLowerCase(Locale.ROOT);
    }

    /** The staffing question of one interval with this query's target, for {@code contacts} of {@code handleSeconds}. */
    public StaffingRequest staffing(double contacts, double handleSeconds, @Nullable Double patience) {
        return new StaffingRequest(contacts, intervalMinutes * 60.0, handleSeconds, answerWithinSeconds, null, targetServiceLevel, null,
                maxOccupancy, patience, concurrency, shrinkage);
    }

    Seasons seasons() {
        return new Seasons(24 * 60 / intervalMinutes);
    }
}
