package dev.frontline.workforce.forecast;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A queue's forecast: the method picked by the backtest and every method's errors; {@code lastWeek}: the held-out
 * week's actual contacts beside the picked method's forecast of it; {@code coming}: the forecast per interval from
 * the start of this week, with agents to schedule when staffing was asked for; {@code adjustment} is the factor a
 * planner set for that day, already applied to {@code forecast}.
 */
public record ForecastReport(UUID queueId, String zone, int intervalMinutes, String method, List<Backtest.Score> backtest,
                             List<Point> lastWeek, List<Point> coming) {

    public record Point(Instant start, @Nullable Double actual, double forecast, @Nullable Integer agents, @Nullable Double adjustment) {
    }
}
