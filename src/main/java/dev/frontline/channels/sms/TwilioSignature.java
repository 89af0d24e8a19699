package dev.frontline.channels.sms;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Twilio's request signature ({@code X-Twilio-Signature}): base64 of HMAC-SHA1, keyed with the account's auth
 * token, over the full URL Twilio called followed by each POST parameter's name and value, sorted by name
 * (the distinct values of a repeated name sorted too, as Twilio's own validators do).
 */
public final class TwilioSignature {

    private TwilioSignature() {
    }

    public static String compute(String authToken, String url, Map<String, List<String>> parameters) {
        StringBuilder signed = new StringBuilder(url);
        for (Map.Entry<String, List<String>> parameter : new TreeMap<>(parameters).entrySet()) {
            for (String value : new TreeSet<>(parameter.getValue())) {
                signed.append(parameter.getKey()).append(value);
            }
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(authToken.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            return Base64.getEncoder().encodeToString(mac.doFinal(signed.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True if the header carries the signature of this request; compared in constant time. */
    public static boolean valid(@Nullable String header, String authToken, String url,
                                Map<String, List<String>> parameters) {
        return header != null && MessageDigest.isEqual(header.getBytes(StandardCharsets.UTF_8),
                compute(authToken, url, parameters).getBytes(StandardCharsets.UTF_8));
    }
}
