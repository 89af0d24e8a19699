package dev.frontline.routing;

import dev.frontline.conversations.ConversationId;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;
import java.util.UUID;

/** The agent accepted the offer: the conversation is now assigned to them. */
public record RoutingOfferAccepted(WorkspaceId workspaceId, UUID offerId, ConversationId conversationId, UserId agentId,
                                UUID queueId) implements WorkspaceEvent {
}
