package dev.frontline.conversations;

import dev.frontline.shared.Actor;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;
import java.util.UUID;

/**
 * A reply to the customer was written; the channel delivers it. {@code contactId} lets a live channel (the
 * chat widget) find the customer's open sockets without reading the conversation.
 */
public record MessageSent(WorkspaceId workspaceId, ConversationId conversationId, MessageId messageId, UUID inboxId,
                          UUID contactId, Actor author) implements WorkspaceEvent {
}
