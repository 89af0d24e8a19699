package dev.frontline.sla;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What an SLA target measures. A next-response clock starts with the first customer message after a reply
 * and runs until the next reply (further customer messages meanwhile do not push it back). Time to accept
 * (chat) and time to answer (voice) run from the customer's first message until an agent takes the
 * conversation (assigned to someone, by routing or by hand) or replies; they exist only on their channel.
 */
public enum SlaMetric {
    FIRST_RESPONSE, NEXT_RESPONSE, RESOLUTION, TIME_TO_ACCEPT, TIME_TO_ANSWER;

    /** Whether a conversation of this channel ({@code chat}, {@code voice}, …; null for API ones) has this target. */
    public boolean appliesTo(@Nullable String channel) {
        String kind = channel == null ? "" : channel.toLowerCase(Locale.ROOT);
        return switch (this) {
            case TIME_TO_ACCEPT -> kind.equals("chat");
            case TIME_TO_ANSWER -> kind.equals("voice");
            default -> true;
        };
    }

    /** Met when an agent takes the conversation (time to accept, time to answer). */
    public boolean metByTaking() {
        return this == TIME_TO_ACCEPT || this == TIME_TO_ANSWER;
    }
}
