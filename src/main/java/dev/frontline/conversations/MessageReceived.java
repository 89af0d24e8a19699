package dev.frontline.conversations;

import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;
import java.util.UUID;

/** A customer's message arrived on a channel and is stored. */
public record MessageReceived(WorkspaceId workspaceId, ConversationId conversationId, MessageId messageId,
                              UUID inboxId, UUID contactId) implements WorkspaceEvent {
}
