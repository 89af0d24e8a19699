package dev.frontline.channels.sms;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The SMS keywords by which a customer opts out of or back into messages, as the whole text of their message
 * (case and surrounding spaces and punctuation ignored): Twilio's standard English set, Chinese 退订 and Korean
 * 수신거부 to opt out; START, UNSTOP and YES to opt back in.
 */
final class OptOutKeywords {

    enum Intent { OPT_OUT, OPT_IN }

    private static final Set<String> OPT_OUT = Set.of("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT",
            "退订", "退訂", "수신거부");
    private static final Set<String> OPT_IN = Set.of("START", "UNSTOP", "YES");
    /** Spaces and punctuation around the word (compiled once: every incoming SMS is checked). */
    private static final Pattern EDGES = Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");

    private OptOutKeywords() {
    }

    static Optional<Intent> of(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String word = EDGES.matcher(text.strip()).replaceAll("").toUpperCase(Locale.ROOT);
        if (OPT_OUT.contains(word)) {
            return Optional.of(Intent.OPT_OUT);
        }
        return OPT_IN.contains(word) ? Optional.of(Intent.OPT_IN) : Optional.empty();
    }
}
