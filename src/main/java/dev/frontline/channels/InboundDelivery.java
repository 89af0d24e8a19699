package dev.frontline.channels;

import dev.frontline.contacts.ContactDetails;
import dev.frontline.contacts.ContactId;
import dev.frontline.contacts.Contacts;
import dev.frontline.contacts.Identity;
import dev.frontline.contacts.IdentityKind;
import dev.frontline.conversations.Inbound;
import dev.frontline.conversations.NewAttachment;
import dev.frontline.shared.WorkspaceId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * A channel's delivery of a customer message: recognise the customer by the channel's address for
 * them (creating the contact on first contact), then store the message once.
 */
@Service
public class InboundDelivery {

    public record Sender(@Nullable IdentityKind kind, String address, @Nullable String name, @Nullable String language) {
    }

    public record Delivery(Sender from, @Nullable String externalId, @Nullable String subject, @Nullable String text,
                           @Nullable String html, List<NewAttachment> attachments) {
    }

    private final Inboxes inboxes;
    private final Contacts contacts;
    private final Inbound inbound;

    InboundDelivery(Inboxes inboxes, Contacts contacts, Inbound inbound) {
        this.inboxes = inboxes;
        this.contacts = contacts;
        this.inbound = inbound;
    }

    public Inbound.Received deliver(WorkspaceId workspace, java.util.UUID inboxId, Delivery delivery) {
        Inbox inbox = inboxes.get(workspace, inboxId);
        IdentityKind kind = delivery.from().kind() == null ? inbox.channel().identityKind() : delivery.from().kind();
        Identity identity = new Identity(kind, delivery.from().address());
        ContactDetails firstSeenAs = new ContactDetails(delivery.from().name(), null, delivery.from().language(),
                null, null, null, null, null);
        ContactId contact;
        try {
            contact = contacts.recognise(workspace, identity, firstSeenAs);
        } catch (DuplicateKeyException createdConcurrently) {
            // Another delivery from the same new customer created the contact first: use theirs.
            contact = contacts.recognise(workspace, identity, firstSeenAs);
        }
        return inbound.receive(new Inbound.InboundMessage(workspace, inboxId, contact.value(), delivery.externalId(),
                delivery.subject(), delivery.text(), delivery.html(), delivery.attachments()));
    }
}
