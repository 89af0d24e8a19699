package dev.frontline.conversations;

import dev.frontline.shared.Actor;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Custom attributes of a conversation changed: each changed attribute's new value, null for one removed. */
public record ConversationAttributesChanged(WorkspaceId workspaceId, ConversationId conversationId,
                                            Map<String, @Nullable Object> changes, Actor actor) implements WorkspaceEvent {
}
