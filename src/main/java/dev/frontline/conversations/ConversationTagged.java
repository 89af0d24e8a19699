package dev.frontline.conversations;

import dev.frontline.shared.Actor;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;
import java.util.Set;

public record ConversationTagged(WorkspaceId workspaceId, ConversationId conversationId, Set<String> added,
                                 Set<String> removed, Actor actor) implements WorkspaceEvent {
}
