package dev.frontline.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Time-ordered UUIDs (version 7, RFC 9562): new rows land at the end of primary-key indexes instead
 * of at random pages, which keeps inserts cheap on PostgreSQL.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static UUID newId() {
        return newId(Clock.systemUTC().millis());
    }

    static UUID newId(long epochMillis) {
        long randomA = RANDOM.nextInt() & 0x0fffL;
        long mostSignificant = (epochMillis << 16) | 0x7000L | randomA;
        long leastSignificant = (RANDOM.nextLong() & 0x3fffffffffffffffL) | 0x8000000000000000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
