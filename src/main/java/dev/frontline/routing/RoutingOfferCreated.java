package dev.frontline.routing;

import dev.frontline.conversations.ConversationId;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;
import java.util.UUID;

/**
 * An agent was offered a conversation; it is theirs to accept until {@code expiresAt}. A PULL offer (the agent asked
 * for work) is accepted at once. {@code autoAccept}: the agent's routing profile (as locked when offering) accepts
 * offers on their behalf.
 */
public record RoutingOfferCreated(WorkspaceId workspaceId, UUID offerId, ConversationId conversationId, UserId agentId,
                                UUID queueId, String mode, java.time.Instant expiresAt, boolean autoAccept) implements WorkspaceEvent {
}
