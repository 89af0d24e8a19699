package dev.frontline.workforce.activity;

import dev.frontline.presence.PresenceStatus;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A stretch of time an agent spent in one presence state, cut to the period asked about: {@code end} is null
 * while the agent is still in it (the caller decides up to when it counts).
 */
public record StatePeriod(PresenceStatus status, @Nullable String reason, Instant start, @Nullable Instant end) {

    /** The length up to {@code end}, or up to {@code now} for the state the agent is still in. */
    public Duration length(Instant now) {
        Instant until = end == null ? now : end;
        return until.isAfter(start) ? Duration.between(start, until) : Duration.ZERO;
    }
}
