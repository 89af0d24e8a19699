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
 * A customer's SMS or WhatsApp message, stored once (by the provider's message id) on the contact of their
 * number in E.164, so the same person's SMS, WhatsApp and calls meet on one contact; the time they wrote opens
 * the WhatsApp customer-service window.
 */
@Component
public class MessagingInbound {

    /** A message as the provider delivered it, the sender's number already in E.164. */
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
        // Many customers text at once, one message per webhook: stored with the others arriving meanwhile (group commit).
        Inbound.Received received = delivery.deliverGrouped(workspace, inboxId, new InboundDelivery.Delivery(
                new InboundDelivery.Sender(IdentityKind.PHONE, message.from(), message.name(), null),
                message.providerMessageId(), null,
                message.text() == null && message.attachments().isEmpty() ? "(empty message)" : message.text(), null,
                message.attachments(), message.metadata()));
        numbers.wrote(inboxId, message.from(), message.sentAt());
        return received;
    }
}
