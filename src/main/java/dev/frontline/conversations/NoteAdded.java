package dev.frontline.conversations;

import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;
import java.util.List;

/** An internal note, never shown to the customer; mentioned staff are named so they can be notified. */
public record NoteAdded(WorkspaceId workspaceId, ConversationId conversationId, MessageId messageId, UserId author,
                        List<UserId> mentioned) implements WorkspaceEvent {
}
