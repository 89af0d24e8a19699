package dev.frontline.channels.email.smtp;

import dev.frontline.channels.email.transport.EmailSettings;
import dev.frontline.shared.outbox.OutboxClaims;
import dev.frontline.shared.outbox.OutboxWorkers;
import dev.frontline.channels.email.transport.EmailTransport;
import dev.frontline.shared.secrets.StoredSecrets;
import dev.frontline.contacts.ContactId;
import dev.frontline.contacts.Contacts;
import dev.frontline.contacts.IdentityKind;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.ConversationView;
import dev.frontline.conversations.Message;
import dev.frontline.conversations.MessageId;
import dev.frontline.conversations.ReplyDeliveries;
import dev.frontline.shared.WorkspaceId;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due replies from {@code email_outbox} by SMTP. A sender first claims a batch of due rows for
 * {@code claim-timeout} ({@link OutboxClaims}), then sends outside any transaction, on the outbox's own threads
 * ({@link OutboxWorkers}) so that a slow SMTP server holds up neither other replies nor the node's timers. Accepted
 * by the server: the reply is {@code sent}. A failure is tried again after
 * {@code initial-backoff * 2^(attempt-1)} until {@code max-attempts}, then the reply is {@code failed}; a reply
 * that can never be sent as it is (no recipient) fails at once. A node that dies mid-send leaves its claim to
 * expire, and another node sends the reply, with the same Message-ID.
 */
@Component
class EmailSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);
    private static final int BATCH = 20;
    private static final String TABLE = "email_outbox";

    private record Due(UUID id, WorkspaceId workspace, UUID inboxId, ConversationId conversation, MessageId message,
                       String emailMessageId, int attempts) {
    }

    private final JdbcClient jdbc;
    private final EmailSettings settings;
    private final ConversationQueries conversations;
    private final Contacts contacts;
    private final ReplyDeliveries deliveries;
    private final OutboxClaims claims;
    private final Duration initialBackoff;
    private final int maxAttempts;
    private final Duration timeout;
    private final Duration claimTimeout;
    private final OutboxWorkers workers;

    EmailSender(JdbcClient jdbc, EmailSettings settings, ConversationQueries conversations, Contacts contacts,
                ReplyDeliveries deliveries, OutboxClaims claims,
                @Value("${frontline.email.outbox.initial-backoff:PT30S}") Duration initialBackoff,
                @Value("${frontline.email.outbox.max-attempts:6}") int maxAttempts,
                @Value("${frontline.email.smtp.timeout:PT30S}") Duration timeout,
                @Value("${frontline.email.outbox.claim-timeout:PT5M}") Duration claimTimeout,
                @Value("${frontline.email.outbox.threads:4}") int threads) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.conversations = conversations;
        this.contacts = contacts;
        this.deliveries = deliveries;
        this.claims = claims;
        this.initialBackoff = initialBackoff;
        this.maxAttempts = maxAttempts;
        this.timeout = timeout;
        this.claimTimeout = claimTimeout;
        this.workers = new OutboxWorkers("email-outbox", threads, this::claimAndSubmit);
    }

    @Override
    public void destroy() {
        workers.close();
    }

    @Scheduled(fixedDelayString = "${frontline.email.outbox.poll-interval:PT1S}")
    void sendDue() {
        workers.run();
    }

    private void claimAndSubmit(int free) {
        claim(Math.min(free, BATCH)).forEach(due -> workers.submit(() -> send(due)));
    }

    /** Claims up to {@code batch} due rows for this round; no other round, here or on another node, gets them. */
    private List<Due> claim(int batch) {
        UUID token = claims.claim(TABLE, batch, claimTimeout);
        return jdbc.sql("""
                select id, workspace_id, inbox_id, conversation_id, message_id, email_message_id, attempts
                from email_outbox where claim_token = ? order by next_attempt_at""")
                .param(token)
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), new WorkspaceId(rs.getObject(2, UUID.class)),
                        rs.getObject(3, UUID.class), new ConversationId(rs.getObject(4, UUID.class)),
                        new MessageId(rs.getObject(5, UUID.class)), rs.getString(6), rs.getInt(7)))
                .list();
    }

    private void send(Due due) {
        int attempt = due.attempts() + 1;
        try {
            EmailTransport inbox = settings.transport(due.inboxId())
                    .orElseThrow(() -> new ReplyMail.Unsendable("The inbox is no longer an email inbox with an address."));
            if (inbox.smtp() == null) {
                throw new ReplyMail.Unsendable("The inbox has no SMTP server configured.");
            }
            Session session = session(inbox.smtp());
            MimeMessage mail = ReplyMail.compose(session, inbox, draft(due));
            try (Transport transport = session.getTransport(inbox.smtp().security() == EmailTransport.Security.SSL
                    ? "smtps" : "smtp")) {
                transport.connect(inbox.smtp().host(), inbox.smtp().port(), inbox.smtp().username(),
                        inbox.smtp().password());
                transport.sendMessage(mail, mail.getAllRecipients());
            }
            claims.finish(TABLE, due.id(), "sent", attempt, null);
            deliveries.sent(due.workspace(), due.conversation(), due.message());
        } catch (ReplyMail.Unsendable | StoredSecrets.UndecryptableSecretException unsendable) {
            fail(due, attempt, unsendable.getMessage());
        } catch (MessagingException | IOException | RuntimeException e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (claims.attemptFailed(TABLE, due.id(), attempt, error, initialBackoff, maxAttempts)) {
                failed(due, attempt, error);
            }
        }
    }

    private void fail(Due due, int attempt, String error) {
        claims.finish(TABLE, due.id(), "failed", attempt, error);
        failed(due, attempt, error);
    }

    private void failed(Due due, int attempt, String error) {
        log.warn("Email reply {} in inbox {} failed after {} attempt(s): {}", due.message().value(), due.inboxId(),
                attempt, error);
        deliveries.failed(due.workspace(), due.conversation(), due.message());
    }

    private ReplyMail.Draft draft(Due due) throws IOException {
        ConversationView conversation = conversations.get(due.workspace(), due.conversation());
        List<Message> thread = conversations.messages(due.workspace(), due.conversation());
        Message reply = thread.stream().filter(m -> m.id().equals(due.message())).findFirst()
                .orElseThrow(() -> new IllegalStateException("The reply " + due.message().value() + " is gone."));
        List<String> customer = contacts.get(due.workspace(), new ContactId(conversation.contactId())).identities()
                .stream().filter(identity -> identity.kind() == IdentityKind.EMAIL).map(identity -> identity.value())
                .limit(1).toList();
        List<ReplyMail.Attachment> attachments = new ArrayList<>();
        for (Message.Attachment attachment : reply.attachments()) {
            try (InputStream content = deliveries.attachmentContent(due.workspace(), attachment.id())
                    .orElseThrow(() -> new IOException("Attachment " + attachment.id() + " is not in storage."))) {
                attachments.add(new ReplyMail.Attachment(attachment.filename(), attachment.contentType(),
                        content.readAllBytes()));
            }
        }
        return new ReplyMail.Draft(reply, due.emailMessageId(), due.conversation().value(), conversation.subject(),
                thread, customer, attachments);
    }

    private Session session(EmailTransport.Smtp smtp) {
        Properties properties = new Properties();
        String millis = String.valueOf(timeout.toMillis());
        for (String protocol : List.of("smtp", "smtps")) {
            properties.put("mail." + protocol + ".connectiontimeout", millis);
            properties.put("mail." + protocol + ".timeout", millis);
            properties.put("mail." + protocol + ".writetimeout", millis);
            properties.put("mail." + protocol + ".auth", String.valueOf(smtp.username() != null));
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        if (smtp.security() == EmailTransport.Security.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        return Session.getInstance(properties);
    }

}
