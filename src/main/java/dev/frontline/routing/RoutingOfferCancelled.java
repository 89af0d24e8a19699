package dev.frontline.routing;

import dev.frontline.conversations.ConversationId;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;
import java.util.UUID;

/** The offer ended without an answer: the conversation was assigned or resolved by hand, or the agent stopped being available. */
public record RoutingOfferCancelled(WorkspaceId workspaceId, UUID offerId, ConversationId conversationId, UserId agentId,
                                UUID queueId) implements WorkspaceEvent {
}
