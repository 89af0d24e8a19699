package dev.frontline.conversations;

import dev.frontline.shared.Actor;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;

public record ConversationStatusChanged(WorkspaceId workspaceId, ConversationId conversationId, Status from, Status to,
                                        Actor actor) implements WorkspaceEvent {
}
