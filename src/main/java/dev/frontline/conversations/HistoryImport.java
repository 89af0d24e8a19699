package dev.frontline.conversations;

import dev.frontline.conversations.internal.ConversationStore;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For conversations brought in from elsewhere (a migration or the demo data): moves a conversation's
 * whole history, messages and timeline included, back in time so it sits where it really happened.
 */
@Service
public class HistoryImport {

    private final JdbcClient jdbc;
    private final ConversationStore conversations;

    HistoryImport(JdbcClient jdbc, ConversationStore conversations) {
        this.jdbc = jdbc;
        this.conversations = conversations;
    }

    @Transactional
    public void shiftBack(WorkspaceId workspace, ConversationId id, Duration by) {
        var conversation = jdbc.sql("select created_at, first_response_at, last_activity_at, resolved_at, snoozed_until,"
                        + " waiting_since, last_inbound_at from conversations where workspace_id = ? and id = ?")
                .params(workspace.value(), id.value())
                .query((rs, n) -> new OffsetDateTime[] {rs.getObject(1, OffsetDateTime.class),
                        rs.getObject(2, OffsetDateTime.class), rs.getObject(3, OffsetDateTime.class),
                        rs.getObject(4, OffsetDateTime.class), rs.getObject(5, OffsetDateTime.class),
                        rs.getObject(6, OffsetDateTime.class), rs.getObject(7, OffsetDateTime.class)})
                .optional().orElseThrow(() -> new NotFoundException("Conversation", id));
        jdbc.sql("""
                update conversations set created_at = ?, first_response_at = ?, last_activity_at = ?, resolved_at = ?,
                    snoozed_until = ?, waiting_since = ?, last_inbound_at = ? where id = ?""")
                .params(minus(conversation[0], by), minus(conversation[1], by), minus(conversation[2], by),
                        minus(conversation[3], by), minus(conversation[4], by), minus(conversation[5], by),
                        minus(conversation[6], by), id.value())
                .update();
        conversations.forgetInsertedHere();
        for (String table : new String[] {"messages", "timeline_entries"}) {
            jdbc.sql("select id, created_at from " + table + " where conversation_id = ?")
                    .param(id.value())
                    .query((rs, n) -> new Object[] {rs.getObject(1), rs.getObject(2, OffsetDateTime.class)})
                    .list()
                    .forEach(row -> jdbc.sql("update " + table + " set created_at = ? where id = ?")
                            .params(minus((OffsetDateTime) row[1], by), row[0]).update());
        }
    }

    private static @Nullable OffsetDateTime minus(@Nullable OffsetDateTime at, Duration by) {
        return at == null ? null : Timestamps.sql(at.toInstant().minus(by));
    }
}
