package dev.frontline.routing;

import dev.frontline.conversations.ConversationId;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;
import java.util.UUID;

/** Nobody answered the offer in time; the conversation waits for the next agent. */
public record RoutingOfferExpired(WorkspaceId workspaceId, UUID offerId, ConversationId conversationId, UserId agentId,
                                UUID queueId) implements WorkspaceEvent {
}
