package dev.frontline.conversations;

import dev.frontline.shared.Actor;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;
import java.util.UUID;

/** The conversation moved from one status to another; its inbox and contact let live channels route it. */
public record ConversationStatusChanged(WorkspaceId workspaceId, ConversationId conversationId, UUID inboxId,
                                        UUID contactId, Status from, Status to, Actor actor) implements WorkspaceEvent {
}
