package dev.frontline.conversations;

import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A customer's message arrived on a channel and is stored. {@code automated} messages (an email
 * auto-reply or bounce) were not written by a person: nothing may answer them automatically.
 * {@code externalId} (the channel's id for it) and {@code receivedAt} let the channel that delivered it show it
 * back live without reading it again (the chat widget echoes a visitor's message to their other tabs).
 * {@code startedConversation}: the message opened its conversation (created in the same transaction).
 */
public record MessageReceived(WorkspaceId workspaceId, ConversationId conversationId, MessageId messageId,
                              UUID inboxId, UUID contactId, boolean automated, @Nullable String externalId,
                              @Nullable Instant receivedAt, boolean startedConversation) implements WorkspaceEvent {

    public MessageReceived(WorkspaceId workspaceId, ConversationId conversationId, MessageId messageId, UUID inboxId,
                           UUID contactId, boolean automated, @Nullable String externalId,
                           @Nullable Instant receivedAt) {
        this(workspaceId, conversationId, messageId, inboxId, contactId, automated, externalId, receivedAt, false);
    }

    public MessageReceived(WorkspaceId workspaceId, ConversationId conversationId, MessageId messageId, UUID inboxId,
                           UUID contactId, boolean automated) {
        this(workspaceId, conversationId, messageId, inboxId, contactId, automated, null, null);
    }

    public MessageReceived(WorkspaceId workspaceId, ConversationId conversationId, MessageId messageId, UUID inboxId,
                           UUID contactId) {
        this(workspaceId, conversationId, messageId, inboxId, contactId, false);
    }
}
