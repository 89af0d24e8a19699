package dev.frontline.workforce.forecast;

import dev.frontline.shared.InvalidRequestException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What to forecast: one queue's contacts per {@code intervalMinutes} (15 or 30) from its last {@code historyWeeks}
 * full weeks (3-12) for {@code horizonWeeks} weeks (1-4) from the start of this week; with
 * {@code averageHandleSeconds} and {@code targetServiceLevel} also the agents to schedule per interval (Erlang C,
 * threshold {@code answerWithinSeconds}, optional {@code shrinkage}).
 */
public record ForecastQuery(UUID queueId, int intervalMinutes, int historyWeeks, int horizonWeeks,
                            @Nullable Double averageHandleSeconds, @Nullable Double targetServiceLevel,
                            double answerWithinSeconds, @Nullable Double shrinkage) {

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
        if ((averageHandleSeconds == null) != (targetServiceLevel == null)) {
            throw new InvalidRequestException(averageHandleSeconds == null ? "averageHandleSeconds" : "targetServiceLevel",
                    "is needed for staffing together with " + (averageHandleSeconds == null ? "targetServiceLevel" : "averageHandleSeconds"));
        }
    }

    Seasons seasons() {
        return new Seasons(24 * 60 / intervalMinutes);
    }
}
