package dev.frontline.conversations;

import dev.frontline.shared.Actor;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;
import java.util.UUID;

public record ConversationCreated(WorkspaceId workspaceId, ConversationId conversationId, UUID inboxId,
                                  UUID contactId, Actor actor) implements WorkspaceEvent {
}
