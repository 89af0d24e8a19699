package dev.frontline.conversations;

import dev.frontline.shared.Actor;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Someone moved a conversation on: to an agent ({@code toAgent}) or to a queue ({@code toQueueId}, named
 * {@code toQueueName}), away from {@code fromAgent} when it had one. {@code kind} is TRANSFER (the handling
 * agent or a supervisor passed it on; an agent gets it as an offer) or REASSIGNMENT (a supervisor moved it;
 * an agent gets it assigned at once, {@code forced} when over their capacity or while offline). Published by
 * routing in the transaction that moved it; the timeline records it.
 */
public record ConversationTransferred(WorkspaceId workspaceId, ConversationId conversationId, String kind,
                                      @Nullable UserId fromAgent, @Nullable UserId toAgent, @Nullable UUID toQueueId,
                                      @Nullable String toQueueName, boolean forced, Actor actor) implements WorkspaceEvent {
}
