package dev.frontline.conversations;

import dev.frontline.conversations.internal.AttachmentPolicy;
import dev.frontline.conversations.internal.ConversationStore;
import dev.frontline.conversations.internal.MessageBodies;
import dev.frontline.conversations.internal.MessageStore;
import dev.frontline.shared.Actor;
import dev.frontline.shared.Ids;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
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
 * in the inbox unless it is closed, reopening it if needed; otherwise it starts a new conversation. A
 * channel can name the conversation instead, or ask for a new one ({@link Threading}).
 */
@Service
public class Inbound {

    /**
     * One customer message. {@code threading} says which conversation it belongs to; {@code automated}
     * marks a message no person wrote (an auto-reply, a bounce), which neither reopens its conversation
     * nor makes the customer wait.
     */
    public record InboundMessage(WorkspaceId workspace, UUID inboxId, UUID contactId, @Nullable String externalId,
                                 @Nullable String subject, @Nullable String text, @Nullable String html,
                                 List<NewAttachment> attachments, Map<String, Object> metadata, Threading threading,
                                 boolean automated) {

        public InboundMessage(WorkspaceId workspace, UUID inboxId, UUID contactId, @Nullable String externalId,
                              @Nullable String subject, @Nullable String text, @Nullable String html,
                              List<NewAttachment> attachments, Map<String, Object> metadata) {
            this(workspace, inboxId, contactId, externalId, subject, text, html, attachments, metadata,
                    Threading.latestOpen(), false);
        }

        public InboundMessage(WorkspaceId workspace, UUID inboxId, UUID contactId, @Nullable String externalId,
                              @Nullable String subject, @Nullable String text, @Nullable String html,
                              List<NewAttachment> attachments) {
            this(workspace, inboxId, contactId, externalId, subject, text, html, attachments, Map.of());
        }
    }

    /**
     * Which conversation a message joins. By default the customer's latest conversation in the inbox that
     * is not closed (chat-like channels). A channel that threads by itself (email) names the conversation
     * ({@link #continuing}); if that one is closed or not in the inbox, or with {@link #newConversation},
     * the message starts a new conversation.
     */
    public record Threading(@Nullable ConversationId conversation, boolean startNew) {

        public static Threading latestOpen() {
            return new Threading(null, false);
        }

        public static Threading continuing(ConversationId conversation) {
            return new Threading(conversation, false);
        }

        public static Threading newConversation() {
            return new Threading(null, true);
        }
    }

    public record Received(ConversationId conversationId, MessageId messageId, boolean duplicate) {
    }

    private final ConversationStore conversations;
    private final MessageStore messages;
    private final ConversationDeadlines deadlines;
    private final AttachmentPolicy attachmentPolicy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Inbound(ConversationStore conversations, MessageStore messages, ConversationDeadlines deadlines,
            AttachmentPolicy attachmentPolicy, ApplicationEventPublisher events, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.deadlines = deadlines;
        this.attachmentPolicy = attachmentPolicy;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Received receive(InboundMessage inbound) {
        return receiveAll(List.of(inbound)).getFirst();
    }

    /**
     * {@link #receive} for a channel's batch of messages to one inbox, in their order, with one query or
     * insert per table instead of several per message. A message repeated within the batch is stored once.
     */
    @Transactional
    public List<Received> receiveAll(List<InboundMessage> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        WorkspaceId workspace = batch.getFirst().workspace();
        UUID inboxId = batch.getFirst().inboxId();
        for (InboundMessage inbound : batch) {
            if (!inbound.workspace().equals(workspace) || !inbound.inboxId().equals(inboxId)) {
                throw new IllegalArgumentException("A batch of inbound messages must be for one inbox.");
            }
            attachmentPolicy.check(inbound.attachments());
            ConversationCommands.requireContent(inbound.text(), inbound.html(), inbound.attachments());
        }
        Instant now = clock.instant();
        Map<String, Message> storedBefore = messages.byExternalIds(workspace, inboxId,
                batch.stream().map(InboundMessage::externalId).filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<UUID, Conversation> open = new HashMap<>(conversations.latestNotClosed(workspace, inboxId,
                batch.stream().filter(inbound -> inbound.threading().equals(Threading.latestOpen()))
                        .map(InboundMessage::contactId).collect(Collectors.toSet())));
        Map<ConversationId, Conversation> loaded = new HashMap<>();
        open.values().forEach(conversation -> loaded.put(conversation.id(), conversation));

        Received[] results = new Received[batch.size()];
        Map<String, Integer> firstInBatch = new HashMap<>();
        Set<Conversation> started = new LinkedHashSet<>();
        Map<ConversationId, Integer> startedBy = new HashMap<>();  // the batch index of the message that opened it
        Set<Conversation> continued = new LinkedHashSet<>();
        List<Integer> stored = new ArrayList<>();
        List<MessageStore.Draft> drafts = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            InboundMessage inbound = batch.get(i);
            Message earlier = inbound.externalId() == null ? null : storedBefore.get(inbound.externalId());
            if (earlier != null) {
                results[i] = new Received(earlier.conversationId(), earlier.id(), true);
                continue;
            }
            if (inbound.externalId() != null && firstInBatch.putIfAbsent(inbound.externalId(), i) != null) {
                continue;
            }
            Conversation conversation = conversationFor(inbound, open, loaded);
            if (conversation == null) {
                conversation = Conversation.start(new ConversationId(Ids.newId()), workspace, inboxId,
                        inbound.contactId(), inbound.subject(), Priority.NORMAL,
                        new Actor(Actor.Type.CONTACT, inbound.contactId()), now, !inbound.automated());
                open.put(inbound.contactId(), conversation);
                loaded.put(conversation.id(), conversation);
                started.add(conversation);
                startedBy.put(conversation.id(), i);
            } else if (!started.contains(conversation)) {
                continued.add(conversation);
            }
            String preview = MessageBodies.preview(inbound.text(), inbound.html());
            if (inbound.automated()) {
                conversation.automatedMessageArrived(now, preview);
            } else {
                conversation.customerWrote(now, preview);
            }
            stored.add(i);
            drafts.add(new MessageStore.Draft(workspace, conversation.id(), inboxId, Message.Direction.INBOUND,
                    Message.AuthorType.CONTACT, inbound.contactId(), inbound.text(), inbound.html(), false, List.of(),
                    "received", inbound.externalId(), inbound.attachments(), now, inbound.metadata()));
        }
        conversations.insertAll(started, deadlines.opening(workspace, started.stream()
                .filter(conversation -> !batch.get(startedBy.get(conversation.id())).automated()).toList()));
        conversations.updateAll(continued);
        List<MessageId> ids = messages.insertAll(drafts);
        for (int k = 0; k < ids.size(); k++) {
            InboundMessage inbound = batch.get(stored.get(k));
            MessageStore.Draft draft = drafts.get(k);
            results[stored.get(k)] = new Received(draft.conversation(), ids.get(k), false);
            events.publishEvent(new MessageReceived(workspace, draft.conversation(), ids.get(k), inboxId,
                    inbound.contactId(), inbound.automated(), inbound.externalId(), now,
                    Objects.equals(startedBy.get(draft.conversation()), stored.get(k))));
        }
        for (int i = 0; i < batch.size(); i++) {
            if (results[i] == null) {
                Received first = results[firstInBatch.get(batch.get(i).externalId())];
                results[i] = new Received(first.conversationId(), first.messageId(), true);
            }
        }
        return List.of(results);
    }

    private @Nullable Conversation conversationFor(InboundMessage inbound, Map<UUID, Conversation> open,
                                                   Map<ConversationId, Conversation> loaded) {
        Threading threading = inbound.threading();
        if (threading.conversation() != null) {
            Conversation named = loaded.computeIfAbsent(threading.conversation(),
                    id -> conversations.find(inbound.workspace(), id).orElse(null));
            // Another inbox's conversation of the workspace too: an email answering a chat continued by email
            // names the chat's conversation (by the Message-ID it answers), and stays in it.
            return named != null && named.status() != Status.CLOSED ? named : null;
        }
        return threading.startNew() ? null : open.get(inbound.contactId());
    }
}
