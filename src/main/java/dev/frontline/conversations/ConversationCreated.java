package dev.frontline.conversations;

import dev.frontline.shared.Actor;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;
import java.util.UUID;

/**
 * A conversation started. {@code byCustomerMessage}: a customer's message opened it, and its
 * {@link MessageReceived} (with {@code startedConversation}) follows in the same transaction, so what a customer's
 * message starts (its service-level clocks) can start there, in one go.
 */
public record ConversationCreated(WorkspaceId workspaceId, ConversationId conversationId, UUID inboxId,
                                  UUID contactId, Actor actor, boolean byCustomerMessage) implements WorkspaceEvent {

    public ConversationCreated(WorkspaceId workspaceId, ConversationId conversationId, UUID inboxId, UUID contactId,
                               Actor actor) {
        this(workspaceId, conversationId, inboxId, contactId, actor, false);
    }
}
