package dev.frontline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTests {

    private final ThrottlePolicy policy = new ThrottlePolicy(5, Duration.ofSeconds(1), 10, Duration.ofMinutes(15),
            Duration.ofHours(24));
    private final Instant now = Instant.parse("2026-12-02T10:00:00Z");

    @Test
    void theFirstFailuresCostNothing() {
        ThrottlePolicy.Refusal fifth = policy.afterFailure(4, now.minusSeconds(5), now);

        assertThat(fifth.failures()).isEqualTo(5);
        assertThat(fifth.blockedUntil()).isNull();
        assertThat(fifth.locked()).isFalse();
    }

    @Test
    void thenTheDelayDoublesWithEachFailure() {
        assertThat(policy.afterFailure(5, now, now).blockedUntil()).isEqualTo(now.plusSeconds(1));
        assertThat(policy.afterFailure(6, now, now).blockedUntil()).isEqualTo(now.plusSeconds(2));
        assertThat(policy.afterFailure(8, now, now).blockedUntil()).isEqualTo(now.plusSeconds(8));
        assertThat(policy.afterFailure(8, now, now).locked()).isFalse();
    }

    @Test
    void atTheLimitTheKeyIsLockedAndEveryFurtherFailureRenewsTheLock() {
        ThrottlePolicy.Refusal tenth = policy.afterFailure(9, now, now);
        ThrottlePolicy.Refusal later = policy.afterFailure(10, now, now.plus(Duration.ofMinutes(16)));

        assertThat(tenth.locked()).isTrue();
        assertThat(tenth.blockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(15)));
        assertThat(later.locked()).isTrue();
        assertThat(later.blockedUntil()).isEqualTo(now.plus(Duration.ofMinutes(31)));
    }

    @Test
    void failuresLongAgoAreForgotten() {
        ThrottlePolicy.Refusal afterADay = policy.afterFailure(9, now.minus(Duration.ofHours(25)), now);

        assertThat(afterADay.failures()).isEqualTo(1);
        assertThat(afterADay.blockedUntil()).isNull();
    }
}
