package dev.frontline.conversations;

import dev.frontline.shared.Actor;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

public record ConversationAssigned(WorkspaceId workspaceId, ConversationId conversationId, @Nullable UserId assignee,
                                   @Nullable UUID teamId, Actor actor) implements WorkspaceEvent {
}
