package dev.frontline.channels.messaging;

import dev.frontline.channels.Channel;
import dev.frontline.shared.outbox.OutboxClaims;
import dev.frontline.shared.outbox.OutboxWorkers;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.InboxDirectory;
import dev.frontline.conversations.Message;
import dev.frontline.conversations.MessageId;
import dev.frontline.conversations.ReplyDeliveries;
import dev.frontline.shared.WorkspaceId;
import dev.frontline.shared.secrets.StoredSecrets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due replies from {@code messaging_outbox} through their channel's {@link MessageProvider}. Rows are
 * claimed with {@link OutboxClaims} (multi-node safe), a customer's oldest unsent reply first and only it, so their
 * replies arrive in the order the agents wrote them, and sent outside any transaction on the outbox's own threads
 * ({@link OutboxWorkers}): replies to different customers go out at the same time. Accepted by the
 * provider: the row keeps the provider's message id (for status callbacks) and the reply is {@code sent}. A
 * status report that overtook the answer is applied then ({@link DeliveryReports}). A
 * retryable failure (network, 429, 5xx, a Meta rate limit: {@link MetaApiErrors}) is tried again with exponential
 * backoff, never sooner than the provider's {@code Retry-After}, up to {@code max-attempts}; any other failure
 * fails the reply at once, with the provider's error kept on the row.
 */
@Component
class MessagingSender implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MessagingSender.class);
    private static final String TABLE = "messaging_outbox";
    private static final int BATCH = 20;
    private static final Duration MAX_RETRY_AFTER = Duration.ofHours(1);

    private record Due(UUID id, WorkspaceId workspace, UUID inboxId, ConversationId conversation, MessageId message,
                       String recipient, int attempts, int partsSent, @Nullable String firstPartId) {
    }

    private final JdbcClient jdbc;
    private final OutboxClaims claims;
    private final ConversationQueries conversations;
    private final ReplyDeliveries deliveries;
    private final Map<Channel, MessageProvider> providers;
    private final InboxDirectory inboxes;
    private final DeliveryReports reports;
    private final MediaLinks links;
    private final Duration initialBackoff;
    private final int maxAttempts;
    private final Duration claimTimeout;
    private final OutboxWorkers workers;

    MessagingSender(JdbcClient jdbc, OutboxClaims claims, ConversationQueries conversations, ReplyDeliveries deliveries,
                    List<MessageProvider> providers, InboxDirectory inboxes, DeliveryReports reports,
                    MediaLinks links,
                    @Value("${frontline.messaging.outbox.initial-backoff:PT30S}") Duration initialBackoff,
                    @Value("${frontline.messaging.outbox.max-attempts:6}") int maxAttempts,
                    @Value("${frontline.messaging.outbox.claim-timeout:PT5M}") Duration claimTimeout,
                    @Value("${frontline.messaging.outbox.threads:8}") int threads) {
        this.jdbc = jdbc;
        this.claims = claims;
        this.conversations = conversations;
        this.deliveries = deliveries;
        this.providers = providers.stream().collect(Collectors.toMap(MessageProvider::channel, Function.identity()));
        this.inboxes = inboxes;
        this.reports = reports;
        this.links = links;
        this.initialBackoff = initialBackoff;
        this.maxAttempts = maxAttempts;
        this.claimTimeout = claimTimeout;
        this.workers = new OutboxWorkers("messaging-outbox", threads, this::claimAndSubmit);
    }

    @Override
    public void destroy() {
        workers.close();
    }

    @Scheduled(fixedDelayString = "${frontline.messaging.outbox.poll-interval:PT1S}")
    void sendDue() {
        workers.run();
    }

    /** A round soon, for a reply whose row was just committed. */
    void kick() {
        workers.kick();
    }

    private void claimAndSubmit(int free) {
        UUID token = claims.claimOldestPerRecipient(TABLE, Math.min(free, BATCH), claimTimeout);
        jdbc.sql("""
                select id, workspace_id, inbox_id, conversation_id, message_id, recipient, attempts, parts_sent,
                    first_part_id
                from messaging_outbox where claim_token = ? order by next_attempt_at""")
                .param(token)
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), new WorkspaceId(rs.getObject(2, UUID.class)),
                        rs.getObject(3, UUID.class), new ConversationId(rs.getObject(4, UUID.class)),
                        new MessageId(rs.getObject(5, UUID.class)), rs.getString(6), rs.getInt(7), rs.getInt(8),
                        rs.getString(9)))
                .list()
                .forEach(due -> workers.submit(() -> send(due)));
    }

    private void send(Due due) {
        int attempt = due.attempts() + 1;
        try {
            MessageProvider provider = inboxes.find(due.workspace(), due.inboxId())
                    .map(inbox -> providers.get(Channel.valueOf(inbox.channel().toUpperCase(Locale.ROOT))))
                    .orElseThrow(() -> new MessageProvider.ProviderException("The inbox is gone.", false));
            String providerId = provider.send(due.inboxId(), outgoing(due), new StoredParts(due));
            try {
                jdbc.sql("update messaging_outbox set provider_message_id = ? where id = ?")
                        .params(providerId, due.id()).update();
            } catch (DuplicateKeyException sameIdTwice) {
                log.warn("The provider gave reply {} an id it gave another reply before", due.message().value());
            }
            claims.finish(TABLE, due.id(), "sent", attempt, null);
            deliveries.sent(due.workspace(), due.conversation(), due.message());
            reports.idStored(due.inboxId(), providerId);
        } catch (MessageProvider.ProviderException e) {
            if (!e.retryable()) {
                claims.finish(TABLE, due.id(), "failed", attempt, e.getMessage());
                failed(due, attempt, e.getMessage());
            } else if (claims.attemptFailed(TABLE, due.id(), attempt, e.getMessage(), initialBackoff, maxAttempts,
                    waitAsked(e))) {
                failed(due, attempt, e.getMessage());
            } else {
                log.info("Reply {} in inbox {}: attempt {} failed, will retry: {}", due.message().value(), due.inboxId(),
                        attempt, e.getMessage());
            }
        } catch (StoredSecrets.UndecryptableSecretException | IllegalStateException e) {
            claims.finish(TABLE, due.id(), "failed", attempt, e.getMessage());
            failed(due, attempt, e.getMessage());
        }
    }

    /**
     * The provider's Retry-After, at most an hour: a reply that waits longer is better shown as failed (the agent
     * can send it again) than left queued.
     */
    private static Duration waitAsked(MessageProvider.ProviderException e) {
        Duration asked = e.retryAfter();
        return asked == null ? Duration.ZERO : asked.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : asked;
    }

    private OutgoingMessage outgoing(Due due) {
        Message reply = conversations.message(due.workspace(), due.message())
                .orElseThrow(() -> new IllegalStateException("The reply " + due.message().value() + " is gone."));
        if (MessagingOutbox.template(reply.metadata()) instanceof Map<?, ?> template) {
            return new OutgoingMessage(due.recipient(), null, new OutgoingMessage.TemplateUse(
                    String.valueOf(template.get("name")), String.valueOf(template.get("language")),
                    MessagingOutbox.variables(template)), due.message().value());
        }
        List<OutgoingMessage.Media> media = new ArrayList<>();
        for (Message.Attachment attachment : reply.attachments()) {
            media.add(new OutgoingMessage.Media(links.link(due.workspace(), attachment).orElse(null),
                    attachment.contentType(), attachment.filename(), attachment.size(),
                    () -> deliveries.attachmentContent(due.workspace(), attachment.id()).orElseThrow(() ->
                            new IllegalStateException("The attachment " + attachment.filename() + " is gone."))));
        }
        return new OutgoingMessage(due.recipient(), reply.text(), null, due.message().value(), media);
    }

    /** Progress of a multi-part reply on its outbox row; only the node holding the claim sends the row. */
    private final class StoredParts implements MessageProvider.Parts {

        private final UUID rowId;
        private int sent;
        private @Nullable String firstId;

        StoredParts(Due due) {
            this.rowId = due.id();
            this.sent = due.partsSent();
            this.firstId = due.firstPartId();
        }

        @Override
        public int sent() {
            return sent;
        }

        @Override
        public void accepted(String providerId) {
            sent++;
            firstId = firstId == null ? providerId : firstId;
            jdbc.sql("update messaging_outbox set parts_sent = ?, first_part_id = ? where id = ?")
                    .params(sent, firstId, rowId).update();
        }

        @Override
        public @Nullable String firstId() {
            return firstId;
        }
    }

    private void failed(Due due, int attempt, String error) {
        log.warn("Reply {} in inbox {} failed after {} attempt(s): {}", due.message().value(),
                due.inboxId(), attempt, error);
        deliveries.failed(due.workspace(), due.conversation(), due.message());
    }
}
