package dev.frontline.conversations;

import dev.frontline.contacts.ContactId;
import dev.frontline.contacts.Contacts;
import dev.frontline.conversations.internal.AttachmentPolicy;
import dev.frontline.conversations.internal.ConversationStore;
import dev.frontline.conversations.internal.MessageStore;
import dev.frontline.identity.Directory;
import dev.frontline.identity.StaffMember;
import dev.frontline.shared.Actor;
import dev.frontline.shared.Caller;
import dev.frontline.shared.ForbiddenException;
import dev.frontline.shared.Ids;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What staff do to conversations: start, reply, note, assign and update. Each call is one transaction. */
@Service
public class ConversationCommands {

    private static final List<String> DELIVERY_ORDER = List.of("sent", "delivered", "read", "failed");
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.])@([\\p{L}\\p{N}._-]+)");

    private final ConversationStore conversations;
    private final MessageStore messages;
    private final AttachmentPolicy attachmentPolicy;
    private final InboxDirectory inboxes;
    private final Contacts contacts;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConversationCommands(ConversationStore conversations, MessageStore messages, AttachmentPolicy attachmentPolicy,
                         InboxDirectory inboxes, Contacts contacts, Directory directory,
                         ApplicationEventPublisher events, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.attachmentPolicy = attachmentPolicy;
        this.inboxes = inboxes;
        this.contacts = contacts;
        this.directory = directory;
        this.events = events;
        this.clock = clock;
    }

    /** Starts a conversation from the staff side, optionally with a first outbound message. */
    @Transactional
    public ConversationId start(Caller caller, UUID inboxId, UUID contactId, @Nullable String subject,
                                @Nullable Priority priority, @Nullable String text, @Nullable String html,
                                List<NewAttachment> attachments) {
        attachmentPolicy.check(attachments);
        inboxes.find(caller.workspaceId(), inboxId).orElseThrow(() -> new UnprocessableException("Inbox " + inboxId + " does not exist."));
        if (!contacts.exists(caller.workspaceId(), new ContactId(contactId))) {
            throw new UnprocessableException("Contact " + contactId + " does not exist.");
        }
        Conversation conversation = Conversation.start(new ConversationId(Ids.newId()), caller.workspaceId(), inboxId,
                contactId, subject, priority == null ? Priority.NORMAL : priority, caller.asActor(), clock.instant());
        conversations.insert(conversation);
        if (text != null || html != null || !attachments.isEmpty()) {
            appendReply(caller, conversation, text, html, attachments);
        }
        return conversation.id();
    }

    @Transactional
    public MessageId reply(Caller caller, ConversationId id, @Nullable String text, @Nullable String html,
                           List<NewAttachment> attachments) {
        attachmentPolicy.check(attachments);
        requireContent(text, html, attachments);
        return appendReply(caller, conversations.get(caller.workspaceId(), id), text, html, attachments);
    }

    private MessageId appendReply(Caller caller, Conversation conversation, @Nullable String text,
                                  @Nullable String html, List<NewAttachment> attachments) {
        Instant now = clock.instant();
        conversation.replied(now);
        conversations.update(conversation);
        MessageId message = messages.insert(new MessageStore.Draft(caller.workspaceId(), conversation.id(),
                conversation.inboxId(), Message.Direction.OUTBOUND, Message.AuthorType.AGENT, caller.userId().value(),
                text, html, false, List.of(), "sent", null, attachments, now));
        events.publishEvent(new MessageSent(caller.workspaceId(), conversation.id(), message, conversation.inboxId(),
                caller.asActor()));
        return message;
    }

    /**
     * Adds an internal note. Staff are mentioned explicitly by id or in the text as {@code @name},
     * where name is the part of their email before the @ or their display name without spaces.
     */
    @Transactional
    public MessageId note(Caller caller, ConversationId id, String text, List<UUID> mentionIds) {
        if (text.isBlank()) {
            throw new UnprocessableException("A note needs text.");
        }
        Conversation conversation = conversations.get(caller.workspaceId(), id);
        Set<UUID> mentioned = new LinkedHashSet<>();
        for (UUID userId : mentionIds) {
            directory.member(caller.workspaceId(), new UserId(userId))
                    .orElseThrow(() -> new UnprocessableException("Mentioned user " + userId + " does not exist."));
            mentioned.add(userId);
        }
        mentioned.addAll(mentionsIn(caller, text));
        Instant now = clock.instant();
        conversation.noted(now);
        conversations.update(conversation);
        MessageId message = messages.insert(new MessageStore.Draft(caller.workspaceId(), id, conversation.inboxId(),
                Message.Direction.OUTBOUND, Message.AuthorType.AGENT, caller.userId().value(), text, null, true,
                List.copyOf(mentioned), "internal", null, List.of(), now));
        events.publishEvent(new NoteAdded(caller.workspaceId(), id, message, caller.userId(),
                mentioned.stream().map(UserId::new).toList()));
        return message;
    }

    private Set<UUID> mentionsIn(Caller caller, String text) {
        Set<String> handles = new LinkedHashSet<>();
        Matcher matcher = MENTION.matcher(text);
        while (matcher.find()) {
            handles.add(matcher.group(1).toLowerCase(Locale.ROOT));
        }
        if (handles.isEmpty()) {
            return Set.of();
        }
        Set<UUID> found = new LinkedHashSet<>();
        for (StaffMember member : directory.members(caller.workspaceId())) {
            String local = member.email().substring(0, member.email().indexOf('@')).toLowerCase(Locale.ROOT);
            String compactName = member.displayName().replace(" ", "").toLowerCase(Locale.ROOT);
            if (handles.contains(local) || handles.contains(compactName)) {
                found.add(member.id().value());
            }
        }
        return found;
    }

    /**
     * Assigns to an agent and/or a team. Supervisors assign anyone; agents may only take a
     * conversation themselves or give it back.
     */
    @Transactional
    public void assign(Caller caller, ConversationId id, @Nullable UUID assigneeId, @Nullable UUID teamId) {
        Conversation conversation = conversations.get(caller.workspaceId(), id);
        if (!caller.role().includes(Role.SUPERVISOR)) {
            boolean selfOrNobody = assigneeId == null || assigneeId.equals(caller.userId().value());
            boolean wasMineOrFree = conversation.assignee() == null || conversation.assignee().equals(caller.userId());
            if (!selfOrNobody || !wasMineOrFree || !Objects.equals(teamId, conversation.teamId())) {
                throw new ForbiddenException("Agents can only assign conversations to themselves.");
            }
        }
        if (assigneeId != null && directory.member(caller.workspaceId(), new UserId(assigneeId)).isEmpty()) {
            throw new UnprocessableException("Assignee " + assigneeId + " does not exist.");
        }
        if (teamId != null && !directory.teamExists(caller.workspaceId(), teamId)) {
            throw new UnprocessableException("Team " + teamId + " does not exist.");
        }
        conversation.assign(assigneeId == null ? null : new UserId(assigneeId), teamId, caller.asActor());
        conversations.update(conversation);
    }

    @Transactional
    public void update(Caller caller, ConversationId id, ConversationChanges changes) {
        Conversation conversation = conversations.get(caller.workspaceId(), id);
        Actor actor = caller.asActor();
        if (changes.status() != null) {
            conversation.changeStatus(changes.status(), changes.snoozedUntil(), actor, clock.instant());
        }
        if (changes.priority() != null) {
            conversation.prioritize(changes.priority(), actor);
        }
        if (changes.subject() != null) {
            conversation.rename(changes.subject());
        }
        if (changes.tags() != null) {
            conversation.retag(changes.tags().stream().map(t -> t.strip().toLowerCase(Locale.ROOT))
                    .filter(t -> !t.isEmpty()).collect(java.util.stream.Collectors.toSet()), actor);
        }
        if (changes.customAttributes() != null) {
            conversation.updateAttributes(changes.customAttributes());
        }
        conversations.update(conversation);
    }

    /**
     * Records what a channel reported about a reply. Statuses only move forward (sent, delivered, read);
     * failed can follow any of them. A report that does not move forward is ignored, because channels
     * deliver receipts out of order.
     */
    @Transactional
    public Message recordDelivery(Caller caller, ConversationId conversation, MessageId id, String status) {
        Message message = messages.find(caller.workspaceId(), id)
                .filter(m -> m.conversationId().equals(conversation))
                .orElseThrow(() -> new NotFoundException("Message", id));
        if (message.direction() != Message.Direction.OUTBOUND || message.internal()) {
            throw new UnprocessableException("Only replies to the customer have a delivery status.");
        }
        if (DELIVERY_ORDER.indexOf(status) > DELIVERY_ORDER.indexOf(message.deliveryStatus())
                && !"failed".equals(message.deliveryStatus())
                && messages.changeDeliveryStatus(caller.workspaceId(), id, message.deliveryStatus(), status)) {
            events.publishEvent(new MessageDeliveryChanged(caller.workspaceId(), conversation, id,
                    message.deliveryStatus(), status));
        }
        return messages.find(caller.workspaceId(), id).orElseThrow();
    }

    /** Wakes snoozed conversations whose time has come; run by a scheduler. */
    @Transactional
    public int wakeSnoozed(int batch) {
        Instant now = clock.instant();
        List<ConversationId> due = conversations.snoozedUntilBefore(now, batch);
        for (ConversationId id : due) {
            conversations.workspaceOf(id).flatMap(ws -> conversations.find(ws, id)).ifPresent(conversation -> {
                conversation.wakeIfDue(now);
                conversations.update(conversation);
            });
        }
        return due.size();
    }

    static void requireContent(@Nullable String text, @Nullable String html, List<NewAttachment> attachments) {
        if ((text == null || text.isBlank()) && (html == null || html.isBlank()) && attachments.isEmpty()) {
            throw new UnprocessableException("A message needs text, html or an attachment.");
        }
    }
}
