package dev.frontline.conversations;

import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Each conversation's next service-level deadline, which the inbox list shows, sorts by ({@code sort=due}) and
 * filters by. The {@code sla} module owns the clocks and keeps this in the transaction that changes them; it is
 * kept on the conversation, like {@code waiting_since}, so a page stays one indexed query.
 */
@Service
public class ConversationDeadlines {

    /**
     * The most urgent running target: {@code target} names it (an SLA metric), {@code warnAt} is when it is at
     * risk, {@code dueAt} when it is (or was) due.
     */
    public record Deadline(String target, Instant warnAt, Instant dueAt) {
    }

    private final JdbcClient jdbc;

    ConversationDeadlines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code null}: no target runs (all met, paused or none). Requires a transaction. */
    public void set(WorkspaceId workspace, ConversationId id, @Nullable Deadline deadline) {
        jdbc.sql("update conversations set sla_due_at = ?, sla_warn_at = ?, sla_target = ? where workspace_id = ? and id = ?")
                .params(deadline == null ? null : Timestamps.sql(deadline.dueAt()),
                        deadline == null ? null : Timestamps.sql(deadline.warnAt()),
                        deadline == null ? null : deadline.target(), workspace.value(), id.value())
                .update();
    }

    /**
     * Locks the conversation's row until the transaction ends. For changes that do not come from the conversation
     * itself (a contact's tier): taking the conversation before its clocks is the order every conversation change
     * takes them in, so the two cannot deadlock.
     */
    public void lock(WorkspaceId workspace, ConversationId id) {
        jdbc.sql("select id from conversations where workspace_id = ? and id = ? for update")
                .params(workspace.value(), id.value()).query().listOfRows();
    }
}
