package dev.frontline.conversations;

import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;
import java.util.UUID;

/**
 * A customer's message arrived on a channel and is stored. {@code automated} messages (an email
 * auto-reply or bounce) were not written by a person: nothing may answer them automatically.
 */
public record MessageReceived(WorkspaceId workspaceId, ConversationId conversationId, MessageId messageId,
                              UUID inboxId, UUID contactId, boolean automated) implements WorkspaceEvent {

    public MessageReceived(WorkspaceId workspaceId, ConversationId conversationId, MessageId messageId, UUID inboxId,
                           UUID contactId) {
        this(workspaceId, conversationId, messageId, inboxId, contactId, false);
    }
}
