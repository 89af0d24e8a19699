package dev.frontline.channels;

import dev.frontline.contacts.ContactDetails;
import dev.frontline.contacts.ContactId;
import dev.frontline.contacts.Contacts;
import dev.frontline.contacts.Identity;
import dev.frontline.contacts.IdentityKind;
import dev.frontline.conversations.Inbound;
import dev.frontline.conversations.NewAttachment;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.StorableText;
import dev.frontline.shared.WorkspaceId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A channel's delivery of a customer message: recognise the customer by the channel's address for
 * them (creating the contact on first contact), then store the message once.
 */
@Service
public class InboundDelivery implements DisposableBean {

    public record Sender(@Nullable IdentityKind kind, String address, @Nullable String name, @Nullable String language) {

        public Sender {
            address = StorableText.required(address);
            name = StorableText.of(name);
            language = StorableText.of(language);
        }
    }

    /**
     * One message as the channel delivered it. {@code threading} picks its conversation (by default the
     * customer's latest open one); {@code automated} marks auto-replies and bounces, which nothing answers.
     */
    public record Delivery(Sender from, @Nullable String externalId, @Nullable String subject, @Nullable String text,
                           @Nullable String html, List<NewAttachment> attachments, Map<String, Object> metadata,
                           Inbound.Threading threading, boolean automated) {

        /** Whatever the channel, what it delivers is made storable here, before anything is looked up or stored. */
        public Delivery {
            externalId = StorableText.of(externalId);
            subject = StorableText.of(subject);
            text = StorableText.of(text);
            html = StorableText.of(html);
            metadata = storableMetadata(metadata);
        }

        public Delivery(Sender from, @Nullable String externalId, @Nullable String subject, @Nullable String text,
                        @Nullable String html, List<NewAttachment> attachments, Map<String, Object> metadata) {
            this(from, externalId, subject, text, html, attachments, metadata, Inbound.Threading.latestOpen(), false);
        }

        public Delivery(Sender from, @Nullable String externalId, @Nullable String subject, @Nullable String text,
                        @Nullable String html, List<NewAttachment> attachments) {
            this(from, externalId, subject, text, html, attachments, Map.of());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> storableMetadata(Map<String, Object> metadata) {
        return metadata.isEmpty() ? metadata : (Map<String, Object>) StorableText.deep(metadata);
    }

    /** A delivered message as stored, with the contact it was recognised as. */
    public record Stored(ContactId contact, Inbound.Received received) {
    }

    private record Destination(WorkspaceId workspace, UUID inboxId) {
    }

    private final Inboxes inboxes;
    private final Contacts contacts;
    private final Inbound inbound;
    private final TransactionTemplate transaction;
    private final GroupCommit<Destination, Delivery, Inbound.Received> groupCommit;

    InboundDelivery(Inboxes inboxes, Contacts contacts, Inbound inbound, TransactionTemplate transaction,
                    @Value("${frontline.chat.group-commit.max-messages:500}") int groupCommitMaxMessages,
                    @Value("${frontline.chat.group-commit.linger:PT0.002S}") Duration groupCommitLinger) {
        this.inboxes = inboxes;
        this.contacts = contacts;
        this.inbound = inbound;
        this.transaction = transaction;
        this.groupCommit = new GroupCommit<>("inbound-group-commit",
                (to, deliveries) -> received(transaction.execute(status -> store(to.workspace(), to.inboxId(), deliveries))),
                (to, delivery) -> deliver(to.workspace(), to.inboxId(), delivery),
                groupCommitMaxMessages, groupCommitLinger);
    }

    /**
     * Stores the message, its new contact and conversation in one transaction. If a concurrent delivery
     * created the same customer or stored the same message first, the unique indexes make this attempt
     * fail; the second attempt, in a new transaction, finds what the other delivery stored.
     */
    public Inbound.Received deliver(WorkspaceId workspace, UUID inboxId, Delivery delivery) {
        TransactionCallback<List<Stored>> attempt = status -> store(workspace, inboxId, List.of(delivery));
        try {
            return transaction.execute(attempt).getFirst().received();
        } catch (DuplicateKeyException concurrentDelivery) {
            return transaction.execute(attempt).getFirst().received();
        }
    }

    /**
     * {@link #deliver} for channels where many customers write at once, one message each (chat visitors):
     * the message is stored together with the other messages delivered meanwhile on this node, in one
     * transaction per inbox ({@link GroupCommit}), and this returns once that transaction has committed. A
     * batch that fails is delivered message by message, so exactly-once and each caller's own error hold.
     * Inside a caller's transaction it is a plain {@link #deliver}, as the caller's commit must cover it.
     */
    public Inbound.Received deliverGrouped(WorkspaceId workspace, UUID inboxId, Delivery delivery) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return deliver(workspace, inboxId, delivery);
        }
        return groupCommit.submit(new Destination(workspace, inboxId), delivery);
    }

    /**
     * A channel's batch of messages (webhooks and mailbox fetches often carry several), stored in one
     * transaction with a few statements for the whole batch. If any of them collides with a concurrent
     * delivery, the batch is rolled back and each message is delivered on its own instead, so every
     * message is still stored exactly once.
     */
    public List<Inbound.Received> deliverAll(WorkspaceId workspace, UUID inboxId, List<Delivery> deliveries) {
        try {
            return received(transaction.execute(status -> store(workspace, inboxId, deliveries)));
        } catch (DataAccessException | TransactionException concurrentDelivery) {
            return deliveries.stream().map(delivery -> deliver(workspace, inboxId, delivery)).toList();
        }
    }

    /**
     * {@link #deliverAll} inside the caller's transaction, for a channel that records more in the same commit (the
     * messaging channels' customer-service window) and runs its own group commit. Nothing is retried here: if a
     * concurrent delivery collides, the caller's transaction fails and the caller delivers again.
     */
    public List<Stored> storeWithin(WorkspaceId workspace, UUID inboxId, List<Delivery> deliveries) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("storeWithin needs the caller's transaction");
        }
        return store(workspace, inboxId, deliveries);
    }

    private static List<Inbound.Received> received(List<Stored> stored) {
        return stored.stream().map(Stored::received).toList();
    }

    private List<Stored> store(WorkspaceId workspace, UUID inboxId, List<Delivery> deliveries) {
        Channel channel = inboxes.find(workspace, inboxId)
                .map(inbox -> Channel.valueOf(inbox.channel().toUpperCase(Locale.ROOT)))
                .orElseThrow(() -> new NotFoundException("Inbox", inboxId));
        List<Identity> senders = deliveries.stream().map(delivery -> new Identity(
                delivery.from().kind() == null ? channel.identityKind() : delivery.from().kind(),
                delivery.from().address())).toList();
        Map<Identity, ContactDetails> firstSeenAs = new LinkedHashMap<>();
        for (int i = 0; i < deliveries.size(); i++) {
            Sender from = deliveries.get(i).from();
            firstSeenAs.putIfAbsent(senders.get(i),
                    new ContactDetails(from.name(), null, from.language(), null, null, null, null, null));
        }
        Map<Identity, ContactId> contactsBySender = contacts.recogniseAll(workspace, firstSeenAs);
        List<Inbound.InboundMessage> messages = new ArrayList<>();
        for (int i = 0; i < deliveries.size(); i++) {
            Delivery delivery = deliveries.get(i);
            messages.add(new Inbound.InboundMessage(workspace, inboxId, contactsBySender.get(senders.get(i)).value(),
                    delivery.externalId(), delivery.subject(), delivery.text(), delivery.html(), delivery.attachments(),
                    delivery.metadata(), delivery.threading(), delivery.automated()));
        }
        List<Inbound.Received> received = inbound.receiveAll(messages);
        List<Stored> stored = new ArrayList<>();
        for (int i = 0; i < deliveries.size(); i++) {
            stored.add(new Stored(contactsBySender.get(senders.get(i)), received.get(i)));
        }
        return stored;
    }

    @Override
    public void destroy() {
        groupCommit.stop();
    }
}
