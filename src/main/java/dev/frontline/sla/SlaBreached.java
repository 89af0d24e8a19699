package dev.frontline.sla;

import dev.frontline.conversations.ConversationId;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;
import java.time.Instant;

/**
 * A target passed its due time without being met. Fires once per clock, on whichever node sees it first;
 * {@code late} says it fired noticeably after {@code dueAt} (for example after a restart).
 */
public record SlaBreached(WorkspaceId workspaceId, ConversationId conversationId, SlaMetric metric, String policy,
                          Instant dueAt, boolean late) implements WorkspaceEvent {
}
