package dev.frontline.conversations;

import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;

/** A channel reported what happened to a reply: delivered to the customer's device, read, or failed. */
public record MessageDeliveryChanged(WorkspaceId workspaceId, ConversationId conversationId, MessageId messageId,
                                     String from, String to) implements WorkspaceEvent {
}
