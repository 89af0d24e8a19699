package dev.frontline.presence;

import dev.frontline.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A staff member's current status, with an optional reason ("lunch", "coaching") and the instant the
 * status began; {@code since} is null for someone who has never been anything but offline.
 */
public record AgentPresence(UserId userId, PresenceStatus status, @Nullable String reason, @Nullable Instant since) {

    public static AgentPresence neverSeen(UserId user) {
        return new AgentPresence(user, PresenceStatus.OFFLINE, null, null);
    }

    /** How long the member has been in this status at {@code now} (zero if never seen). */
    public Duration timeInStatus(Instant now) {
        return since == null || since.isAfter(now) ? Duration.ZERO : Duration.between(since, now);
    }
}
