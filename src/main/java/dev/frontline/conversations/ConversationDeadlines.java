package dev.frontline.conversations;

import dev.frontline.shared.Timestamps;
import dev.frontline.shared.TransactionScopedMap;
import dev.frontline.shared.WorkspaceId;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.util.function.SingletonSupplier;

/**
 * Each conversation's next service-level deadline, which the inbox list shows, sorts by ({@code sort=due}) and
 * filters by. The {@code sla} module owns the clocks and keeps this in the transaction that changes them; it is
 * kept on the conversation, like {@code waiting_since}, so a page stays one indexed query.
 * <p>
 * A conversation a customer's message opens is inserted with the deadline its first clocks will set
 * ({@link OpeningDeadlines}), and a transaction remembers the deadline it wrote to each row, so setting the same
 * one again costs no statement. That matters at ingest: the deadline is indexed, so updating the row just inserted
 * writes a second version of it into every index of the table.
 */
@Service
public class ConversationDeadlines {

    /**
     * The most urgent running target: {@code target} names it (an SLA metric), {@code warnAt} is when it is at
     * risk, {@code dueAt} when it is (or was) due.
     */
    public record Deadline(String target, Instant warnAt, Instant dueAt) {
    }

    /** What a conversation's row holds, as this transaction wrote it. */
    private record Written(WorkspaceId workspace, @Nullable Deadline deadline) {
    }

    private final JdbcClient jdbc;
    private final ConversationQueries conversations;
    /** Looked up once: resolving a bean on every batch showed in the ingest profile. */
    private final Supplier<@Nullable OpeningDeadlines> opening;
    private final TransactionScopedMap<ConversationId, Written> writtenHere;

    ConversationDeadlines(JdbcClient jdbc, ConversationQueries conversations, ObjectProvider<OpeningDeadlines> opening,
                          DataSource dataSource) {
        this.jdbc = jdbc;
        this.conversations = conversations;
        this.opening = SingletonSupplier.ofNullable(opening::getIfAvailable);
        this.writtenHere = new TransactionScopedMap<>(dataSource);
    }

    /**
     * The deadlines these conversations, about to be inserted in this transaction, open with (absent: none runs);
     * the caller inserts them with exactly these.
     */
    Map<ConversationId, Deadline> opening(WorkspaceId workspace, Collection<Conversation> opened) {
        OpeningDeadlines forecast = opening.get();
        Map<ConversationId, Deadline> deadlines = new HashMap<>();
        if (forecast == null) {
            return deadlines;
        }
        for (Conversation conversation : opened) {
            ConversationId id = conversation.id();
            Deadline deadline = forecast.of(workspace, conversations.view(workspace, conversation));
            writtenHere.put(id, new Written(workspace, deadline));
            if (deadline != null) {
                deadlines.put(id, deadline);
            }
        }
        return deadlines;
    }

    /** {@code null}: no target runs (all met, paused or none). Requires a transaction. */
    public void set(WorkspaceId workspace, ConversationId id, @Nullable Deadline deadline) {
        Written written = new Written(workspace, deadline);
        if (written.equals(writtenHere.get(id))) {
            return;
        }
        jdbc.sql("update conversations set sla_due_at = ?, sla_warn_at = ?, sla_target = ? where workspace_id = ? and id = ?")
                .params(deadline == null ? null : Timestamps.sql(deadline.dueAt()),
                        deadline == null ? null : Timestamps.sql(deadline.warnAt()),
                        deadline == null ? null : deadline.target(), workspace.value(), id.value())
                .update();
        writtenHere.put(id, written);
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
