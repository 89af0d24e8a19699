package dev.frontline.channels.messaging;

import dev.frontline.channels.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an agent may send to a number now. SMS: nothing to a number that opted out. WhatsApp: free text only
 * within 24 hours of the customer's last message (Meta's customer-service window); outside it, only an
 * approved template.
 */
public record ReplyRules(Channel channel, String recipient, boolean optedOut, @Nullable Instant windowClosesAt,
                         List<MessagingSettings.Template> templates) {

    public static final Duration WHATSAPP_WINDOW = Duration.ofHours(24);

    static ReplyRules of(Channel channel, String recipient, MessagingNumbers.State state,
                         List<MessagingSettings.Template> templates) {
        Instant closes = state.lastInboundAt() == null ? null : state.lastInboundAt().plus(WHATSAPP_WINDOW);
        return new ReplyRules(channel, recipient, channel == Channel.SMS && state.optedOut(),
                channel == Channel.WHATSAPP ? closes : null, templates);
    }

    public boolean windowOpen(Instant now) {
        return channel != Channel.WHATSAPP || windowClosesAt != null && now.isBefore(windowClosesAt);
    }

    public boolean freeTextAllowed(Instant now) {
        return !optedOut && windowOpen(now);
    }
}
