package dev.frontline.identity.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238 over RFC 4226 HOTP): the code of a 30-second time step is the
 * dynamically truncated HMAC of the step number. Authenticator apps use HMAC-SHA1 and 6 digits.
 */
final class Totp {

    static final long STEP_SECONDS = 30;

    private final byte[] key;
    private final String algorithm;
    private final int digits;

    Totp(byte[] key, String algorithm, int digits) {
        this.key = key.clone();
        this.algorithm = algorithm;
        this.digits = digits;
    }

    /** What authenticator apps show by default. */
    static Totp forApps(byte[] key) {
        return new Totp(key, "HmacSHA1", 6);
    }

    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    String code(long step) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(key, algorithm));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            long modulus = (long) Math.pow(10, digits);
            return String.format("%0" + digits + "d", binary % modulus);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }

    /**
     * The time step whose code {@code candidate} is, looking one step back and ahead for clock drift and
     * typing time; empty when none matches. Compared in constant time.
     */
    OptionalLong matchingStep(String candidate, Instant now) {
        long current = step(now);
        long found = -1;
        for (long step = current - 1; step <= current + 1; step++) {
            if (java.security.MessageDigest.isEqual(code(step).getBytes(), candidate.getBytes())) {
                found = step;
            }
        }
        return found < 0 ? OptionalLong.empty() : OptionalLong.of(found);
    }
}
