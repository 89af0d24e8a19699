package dev.frontline.conversations;

import dev.frontline.shared.Actor;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;

public record ConversationPriorityChanged(WorkspaceId workspaceId, ConversationId conversationId, Priority from,
                                          Priority to, Actor actor) implements WorkspaceEvent {
}
