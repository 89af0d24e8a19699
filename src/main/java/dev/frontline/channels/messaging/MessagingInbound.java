package dev.frontline.channels.messaging;

import dev.frontline.channels.GroupCommit;
import dev.frontline.channels.InboundDelivery;
import dev.frontline.contacts.IdentityKind;
import dev.frontline.conversations.NewAttachment;
import dev.frontline.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A customer's SMS, WhatsApp, Messenger or Instagram message, stored once (by the provider's message id). SMS and
 * WhatsApp find the contact by the number in E.164 ({@link IdentityKind#PHONE}), so the same person's SMS,
 * WhatsApp and calls meet on one contact; Messenger and Instagram by the page-scoped id. The time they wrote
 * opens the WhatsApp customer-service window and Messenger's standard messaging window.
 * <p>
 * Providers send one message per webhook while many customers write at once, so concurrent webhooks of an inbox
 * are stored together ({@link GroupCommit}): their contacts, conversations, messages and the customers' last-message
 * times in one transaction, and each webhook returns (and the provider gets its 200) only once that transaction
 * has committed. Batches of different customers commit side by side ({@code frontline.messaging.group-commit.lanes}),
 * one customer's messages always in one lane and in order. A batch that fails (a poison message, a duplicate that another node stored meanwhile) is stored
 * message by message, so each webhook gets its own outcome and a duplicate is still stored once.
 */
@Component
public class MessagingInbound implements DisposableBean {

    /** A message as the provider delivered it, the sender's number already in E.164 (or their page-scoped id). */
    public record Incoming(String from, @Nullable String name, String providerMessageId, @Nullable String text,
                           List<NewAttachment> attachments, Instant sentAt, Map<String, Object> metadata) {
    }

    private record Destination(WorkspaceId workspace, UUID inboxId) {
    }

    private record Arrival(IdentityKind kind, Incoming message) {

        InboundDelivery.Delivery delivery() {
            return new InboundDelivery.Delivery(new InboundDelivery.Sender(kind, message.from(), message.name(), null),
                    message.providerMessageId(), null,
                    message.text() == null && message.attachments().isEmpty() ? "(empty message)" : message.text(),
                    null, message.attachments(), message.metadata());
        }
    }

    private final InboundDelivery delivery;
    private final MessagingNumbers numbers;
    private final TransactionTemplate transaction;
    private final GroupCommit<Destination, Arrival, InboundDelivery.Stored> groupCommit;

    MessagingInbound(InboundDelivery delivery, MessagingNumbers numbers, TransactionTemplate transaction,
                     @Value("${frontline.messaging.group-commit.max-messages:500}") int groupCommitMaxMessages,
                     @Value("${frontline.messaging.group-commit.linger:PT0.002S}") Duration groupCommitLinger,
                     @Value("${frontline.messaging.group-commit.lanes:3}") int groupCommitLanes) {
        this.delivery = delivery;
        this.numbers = numbers;
        this.transaction = transaction;
        // Lanes by sender: one customer's messages are stored in order, other customers' beside them.
        this.groupCommit = new GroupCommit<>("messaging-group-commit", groupCommitLanes, arrival -> arrival.message().from(),
                (to, arrivals) -> transaction.execute(status -> storeAll(to, arrivals)),
                this::storeAlone, groupCommitMaxMessages, groupCommitLinger);
    }

    public InboundDelivery.Stored receive(WorkspaceId workspace, UUID inboxId, Incoming message) {
        return receive(workspace, inboxId, IdentityKind.PHONE, message);
    }

    /** A message from a customer addressed by {@code kind} (Messenger, Instagram: their page-scoped id). */
    public InboundDelivery.Stored receive(WorkspaceId workspace, UUID inboxId, IdentityKind kind, Incoming message) {
        Destination to = new Destination(workspace, inboxId);
        Arrival arrival = new Arrival(kind, message);
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return storeAll(to, List.of(arrival)).getFirst(); // the caller's commit must cover it
        }
        return groupCommit.submit(to, arrival);
    }

    private List<InboundDelivery.Stored> storeAll(Destination to, List<Arrival> arrivals) {
        List<InboundDelivery.Stored> stored = delivery.storeWithin(to.workspace(), to.inboxId(),
                arrivals.stream().map(Arrival::delivery).toList());
        SortedMap<String, Instant> latest = new TreeMap<>();
        arrivals.forEach(arrival -> latest.merge(arrival.message().from(), arrival.message().sentAt(),
                (one, other) -> one.isAfter(other) ? one : other));
        numbers.wroteAll(to.inboxId(), latest);
        return stored;
    }

    /**
     * One message in its own transaction, after its batch failed. If a concurrent delivery (another node) stored
     * the same customer or message first, the second attempt finds what it stored.
     */
    private InboundDelivery.Stored storeAlone(Destination to, Arrival arrival) {
        try {
            return transaction.execute(status -> storeAll(to, List.of(arrival))).getFirst();
        } catch (DuplicateKeyException | ConcurrencyFailureException concurrentDelivery) {
            return transaction.execute(status -> storeAll(to, List.of(arrival))).getFirst();
        }
    }

    @Override
    public void destroy() {
        groupCommit.stop();
    }
}
