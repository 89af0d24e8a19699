package dev.frontline.identity.internal;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How long a key is refused after its n-th failure: nothing for the first {@code freeFailures} (a real user
 * mistyping does not notice), then {@code firstDelay} doubling with each failure, and from {@code lockAfter}
 * failures on a lock of {@code lockDuration} that every further failure renews. Failures are forgotten after
 * a success, or {@code forgetAfter} without a failure.
 */
record ThrottlePolicy(int freeFailures, Duration firstDelay, int lockAfter, Duration lockDuration, Duration forgetAfter) {

    /** What a key's state becomes with one more failure at {@code now}. */
    record Refusal(int failures, @Nullable Instant blockedUntil, boolean locked) {
    }

    ThrottlePolicy {
        if (freeFailures < 0 || lockAfter <= freeFailures) {
            throw new IllegalArgumentException("lockAfter must be greater than freeFailures");
        }
    }

    Refusal afterFailure(int previousFailures, @Nullable Instant lastFailure, Instant now) {
        boolean forgotten = lastFailure == null || lastFailure.plus(forgetAfter).isBefore(now);
        int failures = (forgotten ? 0 : previousFailures) + 1;
        if (failures >= lockAfter) {
            return new Refusal(failures, now.plus(lockDuration), true);
        }
        if (failures <= freeFailures) {
            return new Refusal(failures, null, false);
        }
        int doublings = Math.min(failures - freeFailures - 1, 20);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return new Refusal(failures, now.plus(delay.compareTo(lockDuration) < 0 ? delay : lockDuration), false);
    }
}
