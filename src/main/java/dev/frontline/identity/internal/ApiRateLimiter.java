package dev.frontline.identity.internal;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A token bucket per API token: {@code burst} requests at once, refilled at {@code perSecond}. */
class ApiRateLimiter {

    private final Map<UUID, Bucket> buckets = new ConcurrentHashMap<>();
    private final long burst;
    private final long perSecond;

    ApiRateLimiter(long burst, long perSecond) {
        this.burst = burst;
        this.perSecond = perSecond;
    }

    /** Empty when the request may proceed, else how long the caller should wait. */
    Optional<Duration> tryAcquire(UUID tokenId) {
        Bucket bucket = buckets.computeIfAbsent(tokenId, id -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty()
                : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
