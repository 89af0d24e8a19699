package dev.frontline.conversations;

import dev.frontline.conversations.internal.MessageStore;
import dev.frontline.shared.Caller;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.WorkspaceId;
import java.io.InputStream;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For channels that deliver replies later, through their own outbox (email): such a reply is {@code queued}
 * until the channel reports it {@code sent} or {@code failed}, and an agent can queue a failed reply again.
 * Each report publishes {@link MessageDeliveryChanged}, so the agent sees it live.
 */
@Service
public class ReplyDeliveries {

    public static final String QUEUED = "queued";

    private final MessageStore messages;
    private final ApplicationEventPublisher events;

    ReplyDeliveries(MessageStore messages, ApplicationEventPublisher events) {
        this.messages = messages;
        this.events = events;
    }

    /**
     * Marks a reply just written as waiting for the channel and gives it the channel's id for it (an email's
     * Message-ID), so answers and bounces that refer to it find it. Call in the reply's transaction.
     */
    @Transactional
    public void queue(WorkspaceId workspace, MessageId id, String externalId) {
        messages.queueForChannel(workspace, id, externalId, QUEUED);
    }

    /** The channel handed the reply on (the SMTP server accepted it). */
    @Transactional
    public void sent(WorkspaceId workspace, ConversationId conversation, MessageId id) {
        change(workspace, conversation, id, QUEUED, "sent");
    }

    /** The channel gave up on the reply; the agent sees it failed and may retry. */
    @Transactional
    public void failed(WorkspaceId workspace, ConversationId conversation, MessageId id) {
        change(workspace, conversation, id, QUEUED, "failed");
    }

    /**
     * An agent asks to send a failed reply again: it is queued once more. The caller re-queues it in its
     * channel's outbox in the same transaction.
     */
    @Transactional
    public Message retry(Caller caller, ConversationId conversation, MessageId id) {
        Message message = messages.find(caller.workspaceId(), id)
                .filter(m -> m.conversationId().equals(conversation))
                .filter(m -> m.direction() == Message.Direction.OUTBOUND && !m.internal())
                .orElseThrow(() -> new NotFoundException("Message", id));
        if (!"failed".equals(message.deliveryStatus())) {
            throw new UnprocessableException("Only a reply that failed can be sent again; this one is "
                    + message.deliveryStatus() + ".");
        }
        change(caller.workspaceId(), conversation, id, "failed", QUEUED);
        return messages.find(caller.workspaceId(), id).orElseThrow();
    }

    /** The stored bytes of one of the workspace's attachments, for a channel that sends them. */
    public Optional<InputStream> attachmentContent(WorkspaceId workspace, UUID attachmentId) {
        return messages.attachmentContent(workspace, attachmentId);
    }

    private void change(WorkspaceId workspace, ConversationId conversation, MessageId id, String from, String to) {
        if (messages.changeDeliveryStatus(workspace, id, from, to)) {
            events.publishEvent(new MessageDeliveryChanged(workspace, conversation, id, from, to));
        }
    }
}
