package dev.frontline.conversations;

import dev.frontline.shared.WorkspaceId;
import org.jspecify.annotations.Nullable;

/**
 * Implemented by the module that keeps the service-level clocks: the deadline the clocks started by a customer's
 * first message would give a conversation, asked before the conversation is stored so that its row is inserted
 * with the deadline instead of updated right after ({@link ConversationDeadlines}). It must be what those clocks,
 * started at the conversation's {@code createdAt}, will set.
 */
public interface OpeningDeadlines {

    /** {@code null}: no target would run. */
    ConversationDeadlines.@Nullable Deadline of(WorkspaceId workspace, ConversationView opening);
}
