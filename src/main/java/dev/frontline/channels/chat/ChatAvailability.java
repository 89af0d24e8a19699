package dev.frontline.channels.chat;

import dev.frontline.presence.Presence;
import dev.frontline.sla.BusinessHours;
import java.time.Clock;
import org.springframework.stereotype.Component;

/**
 * Whether a chat can be answered now. When it cannot, the widget says so and asks for an email address, and the
 * conversation continues by email ({@link ChatEmailFollowUps}).
 */
@Component
class ChatAvailability {

    private final Presence presence;
    private final BusinessHours hours;
    private final Clock clock;

    ChatAvailability(Presence presence, BusinessHours hours, Clock clock) {
        this.presence = presence;
        this.hours = hours;
        this.clock = clock;
    }

    /**
     * True while an agent of the inbox's workspace is available (inboxes have no team of their own yet) and,
     * when the workspace chose its business hours, they are open. Hours nobody chose do not close the chat:
     * available agents are the better signal then.
     */
    boolean answeringNow(ChatInbox inbox) {
        boolean closed = hours.hoursChosen(inbox.workspace(), null)
                && !hours.isOpen(inbox.workspace(), null, clock.instant());
        return !closed && !presence.availableAgents(inbox.workspace()).isEmpty();
    }
}
