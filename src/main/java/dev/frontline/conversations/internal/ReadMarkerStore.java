package dev.frontline.conversations.internal;

import dev.frontline.conversations.ConversationId;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * When each staff member last read a conversation and when a note last mentioned them there. The row
 * is created with {@code on conflict do nothing} first, so two requests racing for it both succeed.
 */
@Repository
public class ReadMarkerStore {

    private final JdbcTemplate jdbc;

    ReadMarkerStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void markRead(WorkspaceId workspace, ConversationId conversation, UUID user, Instant at) {
        ensure(workspace, conversation, java.util.List.of(user));
        jdbc.update("update conversation_reads set read_at = ? where user_id = ? and conversation_id = ?",
                Timestamps.sql(at), user, conversation.value());
    }

    public void mentioned(WorkspaceId workspace, ConversationId conversation, Collection<UUID> users, Instant at) {
        if (users.isEmpty()) {
            return;
        }
        ensure(workspace, conversation, users);
        jdbc.batchUpdate("update conversation_reads set mentioned_at = ? where user_id = ? and conversation_id = ?",
                users.stream().sorted().map(user -> new Object[] {Timestamps.sql(at), user, conversation.value()}).toList());
    }

    private void ensure(WorkspaceId workspace, ConversationId conversation, Collection<UUID> users) {
        jdbc.batchUpdate("""
                insert into conversation_reads (user_id, conversation_id, workspace_id) values (?, ?, ?)
                on conflict do nothing""",
                users.stream().sorted().map(user -> new Object[] {user, conversation.value(), workspace.value()}).toList());
    }
}
