package dev.frontline.conversations;

import dev.frontline.shared.WorkspaceId;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Finds stored messages by the ids their channel gave them ({@code externalId}), e.g. an email's
 * Message-ID, so a channel can thread a reply or attach a delivery report to the message it is about.
 */
@Service
public class MessageReferences {

    public record Reference(ConversationId conversationId, MessageId messageId, Message.Direction direction) {
    }

    private final JdbcClient jdbc;

    MessageReferences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest message of the inbox that carries one of these channel ids. */
    public Optional<Reference> latestInInbox(WorkspaceId workspace, UUID inboxId, Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select conversation_id, id, direction from messages
                where workspace_id = :workspace and inbox_id = :inbox and external_id in (:ids)
                order by created_at desc, id desc fetch first 1 rows only""")
                .param("workspace", workspace.value())
                .param("inbox", inboxId)
                .param("ids", externalIds)
                .query((rs, n) -> new Reference(new ConversationId(rs.getObject(1, UUID.class)),
                        new MessageId(rs.getObject(2, UUID.class)), Message.Direction.valueOf(rs.getString(3))))
                .optional();
    }

    /**
     * The workspace's reply to a customer that went out with this channel id: stored as its
     * {@code externalId}, or, for a channel that keeps it in the message's metadata, as
     * {@code metadata.<channel>.<key>} (a slower search, for rare lookups such as bounces).
     */
    public Optional<Reference> outbound(WorkspaceId workspace, String externalId, String metadataKey) {
        Optional<Reference> byExternalId = jdbc.sql("""
                select conversation_id, id, direction from messages
                where workspace_id = ? and external_id = ? and direction = 'OUTBOUND'
                order by created_at desc fetch first 1 rows only""")
                .params(workspace.value(), externalId)
                .query((rs, n) -> new Reference(new ConversationId(rs.getObject(1, UUID.class)),
                        new MessageId(rs.getObject(2, UUID.class)), Message.Direction.OUTBOUND))
                .optional();
        if (byExternalId.isPresent()) {
            return byExternalId;
        }
        String quoted = "\"" + metadataKey + "\":\"" + externalId.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        return jdbc.sql("""
                select conversation_id, id from messages
                where workspace_id = ? and direction = 'OUTBOUND' and internal = false and metadata like ?
                order by created_at desc fetch first 1 rows only""")
                .params(workspace.value(), "%" + quoted.replace("%", "\\%").replace("_", "\\_") + "%")
                .query((rs, n) -> new Reference(new ConversationId(rs.getObject(1, UUID.class)),
                        new MessageId(rs.getObject(2, UUID.class)), Message.Direction.OUTBOUND))
                .optional();
    }
}
