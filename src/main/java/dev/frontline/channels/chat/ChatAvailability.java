package dev.frontline.channels.chat;

import dev.frontline.presence.Presence;
import org.springframework.stereotype.Component;

/**
 * Whether a chat can be answered now. When it cannot, the widget says so and asks for an email address, and the
 * conversation continues by email ({@link ChatEmailFollowUps}).
 */
@Component
class ChatAvailability {

    private final Presence presence;

    ChatAvailability(Presence presence) {
        this.presence = presence;
    }

    /**
     * True while an agent of the inbox's workspace is available (inboxes have no team of their own yet). The
     * inbox's opening hours ({@code sla.BusinessHours}) are meant to join this check as one more condition.
     */
    boolean answeringNow(ChatInbox inbox) {
        return !presence.availableAgents(inbox.workspace()).isEmpty();
    }
}
