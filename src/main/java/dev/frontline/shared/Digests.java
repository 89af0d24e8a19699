package dev.frontline.shared;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

public final class Digests {

    private Digests() {
    }

    /** One digest per thread: {@link MessageDigest#getInstance} looks the algorithm up in the providers each time. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    });

    /** Lower-case hex SHA-256 of the concatenated parts. */
    public static String sha256Hex(byte[]... parts) {
        MessageDigest digest = SHA_256.get();
        digest.reset();
        for (byte[] part : parts) {
            digest.update(part);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
