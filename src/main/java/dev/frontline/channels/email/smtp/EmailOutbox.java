package dev.frontline.channels.email.smtp;

import dev.frontline.channels.email.transport.EmailSettings;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.Message;
import dev.frontline.conversations.MessageId;
import dev.frontline.conversations.MessageSent;
import dev.frontline.conversations.ReplyDeliveries;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Ids;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.Timestamps;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

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

    /** An agent sends a failed reply again: it is queued, and the outbox tries it afresh. */
    @Transactional
    public Message retry(Caller caller, ConversationId conversation, MessageId message) {
        Message queued = deliveries.retry(caller, conversation, message);
        int rows = jdbc.sql("""
                update email_outbox set status = 'pending', attempts = 0, next_attempt_at = ?, claim_token = null,
                    claimed_until = null, last_error = null
                where workspace_id = ? and message_id = ? and status = 'failed'""")
                .params(Timestamps.sql(clock.instant()), caller.workspaceId().value(), message.value())
                .update();
        if (rows != 1) {
            throw new UnprocessableException("Only email replies are sent again from the email outbox.");
        }
        return queued;
    }
}
