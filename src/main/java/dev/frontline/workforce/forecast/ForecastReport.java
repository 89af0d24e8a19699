package dev.frontline.workforce.forecast;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A queue's forecast: the method picked by the backtest and every method's errors; {@code lastWeek}: the held-out
 * week's actual contacts beside the picked method's forecast of it; {@code coming}: the forecast per interval from
 * the start of this week, with its handle time and the agents to schedule when staffing was asked for;
 * {@code adjustment} is the factor a planner set for that day, or 0 on a holiday of the business calendar the planner
 * did not adjust ({@code holiday} names it), already applied to {@code forecast}. {@code averageHandleSeconds}: the
 * mean handle time staffing used ({@code handleTimeSource} GIVEN by the caller, from HISTORY over
 * {@code timedContacts}, or NONE); {@code patienceSeconds}: the customers' mean patience Erlang A used (GIVEN,
 * HISTORY from abandonments, or NONE: Erlang C).
 */
public record ForecastReport(UUID queueId, @Nullable String channel, String zone, int intervalMinutes, String method,
                             List<Backtest.Score> backtest, @Nullable Double averageHandleSeconds, String handleTimeSource, int timedContacts,
                             @Nullable Double patienceSeconds, String patienceSource, List<Point> lastWeek, List<Point> coming) {

    public record Point(Instant start, @Nullable Double actual, double forecast, @Nullable Integer agents, @Nullable Double adjustment,
                        @Nullable Double handleSeconds, @Nullable String holiday) {
    }
}
