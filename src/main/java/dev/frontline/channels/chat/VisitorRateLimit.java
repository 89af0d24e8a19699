package dev.frontline.channels.chat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many frames a chat visitor may send: a token bucket per visitor ({@code burst} at once, refilled at
 * {@code perSecond}) shared by all their sockets on this node. A visitor who keeps sending past the limit
 * ({@code closeAfter} refused frames in a row) is disconnected.
 */
@Component
class VisitorRateLimit {

    enum Verdict { ALLOWED, REFUSED, ABUSIVE }

    private record Allowance(Bucket bucket, AtomicInteger refusedInARow) {
    }

    private final Cache<UUID, Allowance> byVisitor;
    private final long burst;
    private final long perSecond;
    private final int closeAfter;

    VisitorRateLimit(@Value("${frontline.chat.rate-limit.burst:10}") long burst,
                     @Value("${frontline.chat.rate-limit.per-second:2}") long perSecond,
                     @Value("${frontline.chat.rate-limit.close-after:20}") int closeAfter) {
        this.burst = burst;
        this.perSecond = perSecond;
        this.closeAfter = closeAfter;
        // An idle visitor's bucket is full again long before it expires, so forgetting it changes nothing.
        this.byVisitor = Caffeine.newBuilder()
                .expireAfterAccess(Duration.ofSeconds(Math.max(60, 2 * burst / Math.max(1, perSecond))))
                .build();
    }

    /** Takes one frame's allowance from the visitor. */
    Verdict take(UUID visitorId) {
        Allowance allowance = byVisitor.get(visitorId, id -> new Allowance(Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)).build())
                .build(), new AtomicInteger()));
        if (allowance.bucket().tryConsume(1)) {
            allowance.refusedInARow().set(0);
            return Verdict.ALLOWED;
        }
        return allowance.refusedInARow().incrementAndGet() >= closeAfter ? Verdict.ABUSIVE : Verdict.REFUSED;
    }

    long perSecond() {
        return perSecond;
    }
}
