package dev.frontline.channels.sms;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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

    private OptOutKeywords() {
    }

    static Optional<Intent> of(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        String word = text.strip().replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "").toUpperCase(Locale.ROOT);
        if (OPT_OUT.contains(word)) {
            return Optional.of(Intent.OPT_OUT);
        }
        return OPT_IN.contains(word) ? Optional.of(Intent.OPT_IN) : Optional.empty();
    }
}
