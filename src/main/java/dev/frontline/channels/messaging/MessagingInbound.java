package dev.frontline.channels.messaging;

import dev.frontline.channels.InboundDelivery;
import dev.frontline.contacts.IdentityKind;
import dev.frontline.conversations.Inbound;
import dev.frontline.conversations.NewAttachment;
import dev.frontline.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A customer's SMS, WhatsApp, Messenger or Instagram message, stored once (by the provider's message id). SMS and
 * WhatsApp find the contact by the number in E.164 ({@link IdentityKind#PHONE}), so the same person's SMS,
 * WhatsApp and calls meet on one contact; Messenger and Instagram by the page-scoped id. The time they wrote
 * opens the WhatsApp customer-service window and Messenger's standard messaging window.
 */
@Component
public class MessagingInbound {

    /** A message as the provider delivered it, the sender's number already in E.164 (or their page-scoped id). */
    public record Incoming(String from, @Nullable String name, String providerMessageId, @Nullable String text,
                           List<NewAttachment> attachments, Instant sentAt, Map<String, Object> metadata) {
    }

    private final InboundDelivery delivery;
    private final MessagingNumbers numbers;

    MessagingInbound(InboundDelivery delivery, MessagingNumbers numbers) {
        this.delivery = delivery;
        this.numbers = numbers;
    }

    public Inbound.Received receive(WorkspaceId workspace, UUID inboxId, Incoming message) {
        return receive(workspace, inboxId, IdentityKind.PHONE, message);
    }

    /** A message from a customer addressed by {@code kind} (Messenger, Instagram: their page-scoped id). */
    public Inbound.Received receive(WorkspaceId workspace, UUID inboxId, IdentityKind kind, Incoming message) {
        // Many customers text at once, one message per webhook: stored with the others arriving meanwhile (group commit).
        Inbound.Received received = delivery.deliverGrouped(workspace, inboxId, new InboundDelivery.Delivery(
                new InboundDelivery.Sender(kind, message.from(), message.name(), null),
                message.providerMessageId(), null,
                message.text() == null && message.attachments().isEmpty() ? "(empty message)" : message.text(), null,
                message.attachments(), message.metadata()));
        numbers.wrote(inboxId, message.from(), message.sentAt());
        return received;
    }
}
