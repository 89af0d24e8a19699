package dev.frontline.workflows;

import dev.frontline.conversations.ConversationStatusChanged;
import dev.frontline.conversations.Status;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A workflow still running when its conversation is resolved or closed was left there: it is abandoned in the
 * changing transaction, so analytics count the drop-off at that step and the conversation can start afresh.
 */
@Component
class ConversationEndedListener {

    private final WorkflowRuns runs;

    ConversationEndedListener(WorkflowRuns runs) {
        this.runs = runs;
    }

    @EventListener
    void on(ConversationStatusChanged event) {
        if (event.to() == Status.RESOLVED || event.to() == Status.CLOSED) {
            runs.abandonOn(event.workspaceId(), event.conversationId(), event.actor());
        }
    }
}
