package dev.frontline.channels.email;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The conversation token outbound email puts in the subject, e.g. {@code Re: Order late [#FL-01JB7Q3ZK8X4M2C9T6N5R0VWYA]},
 * so a reply whose client dropped In-Reply-To and References still finds its conversation. The token is
 * the conversation id in Crockford base32 (26 characters, case-insensitive, no I, L, O or U), so it is
 * unguessable and survives clients that change case.
 */
public final class ConversationToken {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern TOKEN = Pattern.compile("\\[#FL-([0-9A-HJKMNP-TV-Z]{26})]", Pattern.CASE_INSENSITIVE);

    private ConversationToken() {
    }

    /** {@code [#FL-<26 characters>]} for the conversation. */
    public static String format(UUID conversationId) {
        char[] out = new char[26];
        long high = conversationId.getMostSignificantBits();
        long low = conversationId.getLeastSignificantBits();
        // 128 bits as 26 groups of 5 bits (the first group holds the top 3 bits), most significant first.
        for (int i = 25; i >= 0; i--) {
            out[i] = ALPHABET.charAt((int) (low & 31));
            low = (low >>> 5) | ((high & 31) << 59);
            high >>>= 5;
        }
        return "[#FL-" + new String(out) + "]";
    }

    /** The subject with the token appended once (a subject that already carries it is left as it is). */
    public static String appendTo(@Nullable String subject, UUID conversationId) {
        String token = format(conversationId);
        String base = subject == null ? "" : subject.strip();
        return parse(base).filter(conversationId::equals).isPresent() ? base
                : base.isEmpty() ? token : base + " " + token;
    }

    /** The conversation whose token the text (usually a subject) carries, if any. */
    public static Optional<UUID> parse(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = TOKEN.matcher(text);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String digits = matcher.group(1).toUpperCase(Locale.ROOT);
        if (ALPHABET.indexOf(digits.charAt(0)) > 7) {
            return Optional.empty(); // more than 128 bits
        }
        long high = 0;
        long low = 0;
        for (int i = 0; i < digits.length(); i++) {
            int value = ALPHABET.indexOf(digits.charAt(i));
            high = (high << 5) | (low >>> 59);
            low = (low << 5) | value;
        }
        return Optional.of(new UUID(high, low));
    }

    /** The text without any conversation token, e.g. to compare subjects. */
    public static String strip(String text) {
        return TOKEN.matcher(text).replaceAll("").replaceAll("\\s{2,}", " ").strip();
    }
}
