package dev.frontline.workforce.intraday;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Today in one queue: per interval the morning's forecast, the contacts that arrived (intervals under way or over),
 * the re-forecast (from the interval under way on), the agents it needs, the agents the published schedule puts on
 * the phones and the service level they would give it; {@code ratio} scales the rest of the day.
 * {@code staff}: who is on line now. {@code peak}: the busiest interval left, with the service level its staff would
 * give it and, when that misses the target or volume runs above forecast, the actions that would add agents, each
 * with its projected service level.
 */
public record IntradayView(UUID queueId, @Nullable String channel, LocalDate day, String zone, int intervalMinutes, double targetServiceLevel,
                           int answerWithinSeconds, double ratio, int intervalsOver, List<Interval> intervals, Staff staff,
                           @Nullable Peak peak) {

    /**
     * {@code scheduled}: agents with the queue's skill the published schedule puts on the phones (shifts minus breaks,
     * lunch and meetings); {@code loggedIn}: for the interval under way, those on line now; {@code projection}: from
     * the interval under way on, the service level of the staff (logged in for the interval under way, scheduled
     * after it) against the re-forecast.
     */
    public record Interval(Instant start, double forecast, @Nullable Integer actual, @Nullable Double reforecast,
                           @Nullable Integer agentsNeeded, @Nullable Double handleSeconds, int scheduled, @Nullable Integer loggedIn,
                           @Nullable Projection projection) {
    }

    /**
     * Agents who can take the queue's work (its skill): on line (available, busy or in after-call work) and not tied to
     * email, on email only ({@code emailAgents}), and in training or a meeting ({@code trainingAgents}).
     */
    public record Staff(int onLine, int onEmailOnly, int inTrainingOrMeeting, List<Agent> emailAgents, List<Agent> trainingAgents) {
    }

    public record Agent(UUID userId, String name) {
    }

    public record Peak(Instant start, double contacts, int agentsNeeded, Projection now, List<Suggestion> suggestions) {
    }

    public record Projection(int agents, double serviceLevel, @Nullable Double averageSpeedOfAnswer, @Nullable Double abandonment) {
    }

    public enum Action { MOVE_FROM_EMAIL, CANCEL_TRAINING, OFFER_OVERTIME }

    /**
     * {@code agents}: who would move, leave training or be asked for overtime. {@code email}: for a move from email, the
     * email work's service level in the same interval before and after the move.
     */
    public record Suggestion(Action action, int addedAgents, List<Agent> agents, Projection projection, boolean meetsTarget,
                             @Nullable EmailSide email) {
    }

    public record EmailSide(double contacts, Projection before, Projection after) {
    }
}
