package dev.frontline.conversations;

import dev.frontline.conversations.internal.AttachmentPolicy;
import dev.frontline.conversations.internal.ConversationStore;
import dev.frontline.conversations.internal.MessageStore;
import dev.frontline.shared.Actor;
import dev.frontline.shared.Ids;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a customer's message exactly once: a message whose channel id was seen before in the inbox
 * is answered with the stored one. When two deliveries of the same message race, the unique index
 * decides and the loser fails with {@link DuplicateKeyException}; its caller's next attempt, in a new
 * transaction, finds the winner's message. The message continues the customer's latest conversation
 * in the inbox unless it is closed, reopening it if needed; otherwise it starts a new conversation.
 */
@Service
public class Inbound {

    public record InboundMessage(WorkspaceId workspace, UUID inboxId, UUID contactId, @Nullable String externalId,
                                 @Nullable String subject, @Nullable String text, @Nullable String html,
                                 List<NewAttachment> attachments) {
    }

    public record Received(ConversationId conversationId, MessageId messageId, boolean duplicate) {
    }

    private final ConversationStore conversations;
    private final MessageStore messages;
    private final AttachmentPolicy attachmentPolicy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Inbound(ConversationStore conversations, MessageStore messages, AttachmentPolicy attachmentPolicy,
            ApplicationEventPublisher events, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.attachmentPolicy = attachmentPolicy;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Received receive(InboundMessage inbound) {
        attachmentPolicy.check(inbound.attachments());
        ConversationCommands.requireContent(inbound.text(), inbound.html(), inbound.attachments());
        return alreadyStored(inbound).orElseGet(() -> store(inbound));
    }

    private Optional<Received> alreadyStored(InboundMessage inbound) {
        if (inbound.externalId() == null) {
            return Optional.empty();
        }
        return messages.byExternalId(inbound.workspace(), inbound.inboxId(), inbound.externalId())
                .map(message -> new Received(message.conversationId(), message.id(), true));
    }

    private Received store(InboundMessage inbound) {
        Instant now = clock.instant();
        Conversation conversation = conversations
                .latestNotClosed(inbound.workspace(), inbound.inboxId(), inbound.contactId())
                .orElse(null);
        if (conversation == null) {
            conversation = Conversation.start(new ConversationId(Ids.newId()), inbound.workspace(), inbound.inboxId(),
                    inbound.contactId(), inbound.subject(), Priority.NORMAL,
                    new Actor(Actor.Type.CONTACT, inbound.contactId()), now);
            conversations.insert(conversation);
        } else {
            conversation.customerWrote(now);
            conversations.update(conversation);
        }
        MessageId id = messages.insert(new MessageStore.Draft(inbound.workspace(), conversation.id(), inbound.inboxId(),
                Message.Direction.INBOUND, Message.AuthorType.CONTACT, inbound.contactId(), inbound.text(),
                inbound.html(), false, List.of(), "received", inbound.externalId(), inbound.attachments(), now));
        events.publishEvent(new MessageReceived(inbound.workspace(), conversation.id(), id, inbound.inboxId(),
                inbound.contactId()));
        return new Received(conversation.id(), id, false);
    }
}
