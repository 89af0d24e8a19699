package dev.frontline.workforce.intraday;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Today in one queue: per interval the morning's forecast, the contacts that arrived (intervals under way or over),
 * the re-forecast (from the interval under way on) and the agents it needs; {@code ratio} scales the rest of the day.
 * {@code staff}: who is on line now. {@code peak}: the busiest interval left, with the service level the agents on
 * line now would give it and, when that misses the target or volume runs above forecast, the actions that would
 * add agents, each with its projected service level.
 */
public record IntradayView(UUID queueId, @Nullable String channel, LocalDate day, String zone, int intervalMinutes, double targetServiceLevel,
                           int answerWithinSeconds, double ratio, int intervalsOver, List<Interval> intervals, Staff staff,
                           @Nullable Peak peak) {

    public record Interval(Instant start, double forecast, @Nullable Integer actual, @Nullable Double reforecast,
                           @Nullable Integer agentsNeeded, @Nullable Double handleSeconds) {
    }

    /** Agents on line (available, busy or in after-call work) not tied to email, those on email only, and in training or a meeting. */
    public record Staff(int onLine, int onEmailOnly, int inTrainingOrMeeting) {
    }

    public record Peak(Instant start, double contacts, int agentsNeeded, Projection now, List<Suggestion> suggestions) {
    }

    public record Projection(int agents, double serviceLevel, @Nullable Double averageSpeedOfAnswer, @Nullable Double abandonment) {
    }

    public enum Action { MOVE_FROM_EMAIL, CANCEL_TRAINING, OFFER_OVERTIME }

    public record Suggestion(Action action, int addedAgents, Projection projection, boolean meetsTarget) {
    }
}
