package dev.frontline.sla;

import dev.frontline.conversations.ConversationId;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;

/**
 * What a conversation's policy depends on changed (priority, tags) and another policy now applies; its
 * running clocks keep the time spent so far and are due by the new targets.
 */
public record SlaPolicyChanged(WorkspaceId workspaceId, ConversationId conversationId, String from, String to)
        implements WorkspaceEvent {
}
