package dev.frontline.channels.messaging;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Meta's webhook signature ({@code X-Hub-Signature-256}, WhatsApp Cloud API, Messenger, Instagram):
 * {@code sha256=} and the hex HMAC-SHA256 of the raw request body, keyed with the app secret.
 */
public final class MetaSignature {

    private MetaSignature() {
    }

    public static String compute(String appSecret, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(appSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True if the header is the signature of exactly these bytes; compared in constant time. */
    public static boolean valid(@Nullable String header, String appSecret, byte[] body) {
        return header != null && MessageDigest.isEqual(header.strip().toLowerCase(java.util.Locale.ROOT)
                .getBytes(StandardCharsets.US_ASCII), compute(appSecret, body).getBytes(StandardCharsets.US_ASCII));
    }
}
