package dev.frontline.channels.messaging;

import dev.frontline.channels.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an agent may send to a customer now. SMS: nothing to a number that opted out. WhatsApp: free text only
 * within 24 hours of the customer's last message (Meta's customer-service window); outside it, only an
 * approved template. Messenger and Instagram: a standard reply within 24 hours of the customer's last message;
 * after that, until 7 days, a reply still goes out tagged {@code HUMAN_AGENT} (Meta allows it for a person's
 * answer, which every reply from the workspace is); later, nothing until the customer writes again.
 */
public record ReplyRules(Channel channel, String recipient, boolean optedOut, @Nullable Instant windowClosesAt,
                         @Nullable Instant humanAgentUntil, List<MessagingSettings.Template> templates) {

    public static final Duration WHATSAPP_WINDOW = Duration.ofHours(24);
    /** Meta's standard messaging window of Messenger and Instagram. */
    public static final Duration STANDARD_WINDOW = Duration.ofHours(24);
    /** How long after the customer's last message a reply tagged {@code HUMAN_AGENT} may still go out. */
    public static final Duration HUMAN_AGENT_WINDOW = Duration.ofDays(7);

    public static ReplyRules of(Channel channel, String recipient, MessagingNumbers.State state,
                         List<MessagingSettings.Template> templates) {
        Instant last = state.lastInboundAt();
        boolean meta = isMeta(channel);
        return new ReplyRules(channel, recipient, channel == Channel.SMS && state.optedOut(),
                last == null || !(channel == Channel.WHATSAPP || meta) ? null
                        : last.plus(meta ? STANDARD_WINDOW : WHATSAPP_WINDOW),
                last == null || !meta ? null : last.plus(HUMAN_AGENT_WINDOW), templates);
    }

    /** True for the channels with Meta's Messenger Platform rules (Messenger, Instagram). */
    public static boolean isMeta(Channel channel) {
        return channel == Channel.MESSENGER || channel == Channel.INSTAGRAM;
    }

    /** True while a reply may go out as a standard (untagged) message. */
    public boolean windowOpen(Instant now) {
        return !(channel == Channel.WHATSAPP || isMeta(channel)) || windowClosesAt != null && now.isBefore(windowClosesAt);
    }

    /** True when a Messenger or Instagram reply may go out only with the {@code HUMAN_AGENT} tag. */
    public boolean needsHumanAgentTag(Instant now) {
        return isMeta(channel) && !windowOpen(now) && humanAgentUntil != null && now.isBefore(humanAgentUntil);
    }

    public boolean freeTextAllowed(Instant now) {
        return !optedOut && (windowOpen(now) || needsHumanAgentTag(now));
    }
}
