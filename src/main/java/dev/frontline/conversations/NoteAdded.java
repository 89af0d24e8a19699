package dev.frontline.conversations;

import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;
import java.util.List;

/** An internal note, never shown to the customer; {@code mentions} names the staff to notify (their user ids). */
public record NoteAdded(WorkspaceId workspaceId, ConversationId conversationId, MessageId messageId, UserId author,
                        List<UserId> mentions) implements WorkspaceEvent {
}
