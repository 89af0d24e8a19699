package dev.frontline.channels.messaging;

import dev.frontline.conversations.ConversationCommands;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.MessageId;
import dev.frontline.shared.WorkspaceId;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A provider's report on a reply it sent (delivered, read, failed), found by the provider's message id the
 * outbox kept, recorded on the reply's delivery receipt (which publishes {@code MessageDeliveryChanged}).
 * Reports arrive out of order and more than once; the receipt only moves forward.
 */
@Component
public class DeliveryReports {

    private final JdbcClient jdbc;
    private final ConversationCommands commands;

    DeliveryReports(JdbcClient jdbc, ConversationCommands commands) {
        this.jdbc = jdbc;
        this.commands = commands;
    }

    /** Records the status (sent, delivered, read or failed); false if the inbox sent no message with this id. */
    public boolean record(UUID inboxId, String providerMessageId, String status, @Nullable String error) {
        record Sent(UUID id, WorkspaceId workspace, ConversationId conversation, MessageId message) {
        }
        return jdbc.sql("""
                        select id, workspace_id, conversation_id, message_id from messaging_outbox
                        where inbox_id = ? and provider_message_id = ?""")
                .params(inboxId, providerMessageId)
                .query((rs, n) -> new Sent(rs.getObject(1, UUID.class), new WorkspaceId(rs.getObject(2, UUID.class)),
                        new ConversationId(rs.getObject(3, UUID.class)), new MessageId(rs.getObject(4, UUID.class))))
                .optional()
                .map(sent -> {
                    if (error != null) {
                        jdbc.sql("update messaging_outbox set last_error = ? where id = ?")
                                .params(error.length() > 1000 ? error.substring(0, 1000) : error, sent.id()).update();
                    }
                    commands.recordChannelDelivery(sent.workspace(), sent.conversation(), sent.message(), status);
                    return true;
                })
                .orElse(false);
    }
}
