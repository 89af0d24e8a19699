package dev.frontline.conversations;

import dev.frontline.shared.Actor;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;
import java.util.UUID;

/** A reply to the customer was written; the channel delivers it. */
public record MessageSent(WorkspaceId workspaceId, ConversationId conversationId, MessageId messageId, UUID inboxId,
                          Actor author) implements WorkspaceEvent {
}
