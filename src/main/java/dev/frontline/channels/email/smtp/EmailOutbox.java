package dev.frontline.channels.email.smtp;

import dev.frontline.channels.email.transport.EmailSettings;
import dev.frontline.conversations.MessageSent;
import dev.frontline.conversations.ReplyDeliveries;
import dev.frontline.shared.Ids;
import dev.frontline.shared.Timestamps;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts each reply written in an email inbox with an SMTP server into {@code email_outbox}, in the reply's own
 * transaction (an email inbox without one keeps the old behaviour: an integration delivers its replies), so a
 * reply is queued exactly when it is stored, and the agent never waits for SMTP: {@link EmailSender} sends it.
 * The reply gets its Message-ID here, once, so every attempt sends the same one and the customer's answer
 * threads to it even before it left.
 */
@Component
public class EmailOutbox {

    private final JdbcClient jdbc;
    private final EmailSettings settings;
    private final ReplyDeliveries deliveries;
    private final Clock clock;

    EmailOutbox(JdbcClient jdbc, EmailSettings settings, ReplyDeliveries deliveries, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    @EventListener
    void on(MessageSent reply) {
        queueThrough(reply.inboxId(), reply);
    }

    /** True if replies can go out through this inbox: an email inbox with an address and an SMTP server. */
    public boolean canSend(UUID inboxId) {
        return settings.sendingDomain(inboxId).isPresent();
    }

    /**
     * Queues the reply to go out through this email inbox, also when it was written in another inbox's
     * conversation (a chat continued by email); false if the inbox cannot send (not email, or no SMTP).
     * Call in the reply's transaction.
     */
    public boolean queueThrough(UUID emailInboxId, MessageSent reply) {
        return settings.sendingDomain(emailInboxId).map(domain -> {
            // Stored bare, as the inbound side stores Message-IDs; the header adds the angle brackets.
            String messageId = reply.messageId().value() + "@" + domain;
            Instant now = clock.instant();
            jdbc.sql("""
                    insert into email_outbox (id, workspace_id, inbox_id, conversation_id, message_id, email_message_id,
                        status, attempts, next_attempt_at, created_at)
                    values (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)""")
                    .params(Ids.newId(), reply.workspaceId().value(), emailInboxId, reply.conversationId().value(),
                            reply.messageId().value(), messageId, Timestamps.sql(now), Timestamps.sql(now))
                    .update();
            deliveries.queue(reply.workspaceId(), reply.messageId(), messageId);
            return true;
        }).orElse(false);
    }
}
