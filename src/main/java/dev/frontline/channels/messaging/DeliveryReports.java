package dev.frontline.channels.messaging;

import dev.frontline.conversations.ConversationCommands;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.MessageId;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A provider's report on a reply it sent (delivered, read, failed), found by the provider's message id the
 * outbox kept, recorded on the reply's delivery receipt (which publishes {@code MessageDeliveryChanged}).
 * Reports arrive out of order and more than once; the receipt only moves forward.
 * <p>
 * A report can also overtake the provider's answer to the send (the callback is faster than the sender storing
 * the id). Such a report is kept for {@link #EARLY_REPORT_TTL} and applied when the id lands
 * ({@link #idStored}); a report for an id the inbox never sent simply expires.
 */
@Component
public class DeliveryReports {

    static final Duration EARLY_REPORT_TTL = Duration.ofHours(1);

    private record Sent(UUID id, WorkspaceId workspace, ConversationId conversation, MessageId message) {
    }

    private final JdbcClient jdbc;
    private final ConversationCommands commands;
    private final Clock clock;

    DeliveryReports(JdbcClient jdbc, ConversationCommands commands, Clock clock) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.clock = clock;
    }

    /**
     * Records the status (sent, delivered, read or failed); false if the inbox sent no message with this id yet
     * (the report is then kept until the id lands).
     */
    public boolean record(UUID inboxId, String providerMessageId, String status, @Nullable String error) {
        if (apply(inboxId, providerMessageId, status, error)) {
            return true;
        }
        Instant now = clock.instant();
        jdbc.sql("delete from messaging_early_reports where received_at < ?")
                .param(Timestamps.sql(now.minus(EARLY_REPORT_TTL))).update();
        try {
            jdbc.sql("""
                    insert into messaging_early_reports (inbox_id, provider_message_id, status, error, received_at)
                    values (?, ?, ?, ?, ?)""")
                    .params(inboxId, truncate(providerMessageId, 200), status, error == null ? null : truncate(error, 1000),
                            Timestamps.sql(now))
                    .update();
        } catch (DuplicateKeyException sameReportAgain) {
            return false;
        }
        // The sender may have stored the id between the lookup and the insert, and looked for early reports before it.
        if (apply(inboxId, providerMessageId, status, error)) {
            forget(inboxId, providerMessageId);
            return true;
        }
        return false;
    }

    /**
     * Records {@code status} for every reply the inbox sent {@code recipient} until {@code watermark} and not yet
     * reported that far (Messenger's delivery and read watermarks); returns how many replies moved.
     */
    public int recordUntil(UUID inboxId, String recipient, Instant watermark, String status) {
        String notYet = "read".equals(status) ? "(receipt is null or receipt = 'delivered')" : "receipt is null";
        List<Sent> reached = jdbc.sql("""
                        select id, workspace_id, conversation_id, message_id from messaging_outbox
                        where inbox_id = ? and recipient = ? and status = 'sent' and sent_at <= ? and\s""" + notYet)
                .params(inboxId, recipient, Timestamps.sql(watermark))
                .query((rs, n) -> new Sent(rs.getObject(1, UUID.class), new WorkspaceId(rs.getObject(2, UUID.class)),
                        new ConversationId(rs.getObject(3, UUID.class)), new MessageId(rs.getObject(4, UUID.class))))
                .list();
        reached.forEach(sent -> record(sent, status, null));
        return reached.size();
    }

    /** True if this inbox sent a reply the provider knows by this id (e.g. to recognise Messenger's echo of it). */
    public boolean sentByUs(UUID inboxId, String providerMessageId) {
        return jdbc.sql("select count(*) from messaging_outbox where inbox_id = ? and provider_message_id = ?")
                .params(inboxId, providerMessageId).query(Long.class).single() > 0;
    }

    /** The sender stored the provider's id for a reply: reports that came before it apply now. */
    void idStored(UUID inboxId, String providerMessageId) {
        record Early(String status, @Nullable String error) {
        }
        List<Early> early = jdbc.sql("""
                        select status, error from messaging_early_reports where inbox_id = ? and provider_message_id = ?""")
                .params(inboxId, providerMessageId)
                .query((rs, n) -> new Early(rs.getString(1), rs.getString(2)))
                .list();
        early.forEach(report -> apply(inboxId, providerMessageId, report.status(), report.error()));
        if (!early.isEmpty()) {
            forget(inboxId, providerMessageId);
        }
    }

    private boolean apply(UUID inboxId, String providerMessageId, String status, @Nullable String error) {
        return jdbc.sql("""
                        select id, workspace_id, conversation_id, message_id from messaging_outbox
                        where inbox_id = ? and provider_message_id = ?""")
                .params(inboxId, providerMessageId)
                .query((rs, n) -> new Sent(rs.getObject(1, UUID.class), new WorkspaceId(rs.getObject(2, UUID.class)),
                        new ConversationId(rs.getObject(3, UUID.class)), new MessageId(rs.getObject(4, UUID.class))))
                .optional()
                .map(sent -> {
                    record(sent, status, error);
                    return true;
                })
                .orElse(false);
    }

    private void record(Sent sent, String status, @Nullable String error) {
        if (error != null) {
            jdbc.sql("update messaging_outbox set last_error = ? where id = ?")
                    .params(truncate(error, 1000), sent.id()).update();
        }
        if ("delivered".equals(status) || "read".equals(status)) {
            jdbc.sql("update messaging_outbox set receipt = ? where id = ? and (receipt is null or receipt = 'delivered')")
                    .params(status, sent.id()).update();
        }
        commands.recordChannelDelivery(sent.workspace(), sent.conversation(), sent.message(), status);
    }

    private void forget(UUID inboxId, String providerMessageId) {
        jdbc.sql("delete from messaging_early_reports where inbox_id = ? and provider_message_id = ?")
                .params(inboxId, providerMessageId).update();
    }

    private static String truncate(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
