package dev.frontline.sla;

import dev.frontline.conversations.ConversationId;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;
import java.time.Instant;

/**
 * A running target reached its warning share ({@code frontline.sla.warn-share}) and is due at {@code dueAt}.
 * {@code late}: the warning fires after its time (the app was down or busy), at most once.
 */
public record SlaWarning(WorkspaceId workspaceId, ConversationId conversationId, SlaMetric metric, String policy,
                         Instant warnAt, Instant dueAt, boolean late) implements WorkspaceEvent {
}
