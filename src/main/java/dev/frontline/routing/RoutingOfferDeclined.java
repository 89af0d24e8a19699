package dev.frontline.routing;

import dev.frontline.conversations.ConversationId;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The agent declined the offer, with their reason; the conversation waits for the next agent. */
public record RoutingOfferDeclined(WorkspaceId workspaceId, UUID offerId, ConversationId conversationId, UserId agentId,
                                   UUID queueId, @Nullable String reason) implements WorkspaceEvent {
}
