package dev.frontline.conversations.internal;

import dev.frontline.conversations.ConversationCommands;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Reopens snoozed conversations when their snooze time passes. */
@Component
class SnoozeAlarm {

    private final ConversationCommands commands;

    SnoozeAlarm(ConversationCommands commands) {
        this.commands = commands;
    }

    @Scheduled(fixedDelayString = "${frontline.conversations.snooze-check-interval:PT30S}")
    void wakeDueConversations() {
        while (commands.wakeSnoozed(100) == 100) {
            // keep going until a batch comes back short
        }
    }
}
