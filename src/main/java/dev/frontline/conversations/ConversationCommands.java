package dev.frontline.conversations;

import dev.frontline.contacts.ContactId;
import dev.frontline.contacts.Contacts;
import dev.frontline.conversations.internal.AttachmentPolicy;
import dev.frontline.conversations.internal.ConversationStore;
import dev.frontline.conversations.internal.MessageBodies;
import dev.frontline.conversations.internal.MessageStore;
import dev.frontline.conversations.internal.ReadMarkerStore;
import dev.frontline.identity.Directory;
import dev.frontline.identity.StaffMember;
import dev.frontline.shared.Actor;
import dev.frontline.shared.Caller;
import dev.frontline.shared.ForbiddenException;
import dev.frontline.shared.Ids;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.WorkspaceId;
import dev.frontline.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
import tools.jackson.databind.json.JsonMapper;

/** What staff do to conversations: start, reply, note, assign and update. Each call is one transaction. */
@Service
public class ConversationCommands {

    private static final List<String> DELIVERY_ORDER = List.of("sent", "delivered", "read", "failed");
    private static final Pattern MENTION = Pattern.compile("(?<![\\w.])@([\\p{L}\\p{N}._-]+)");

    private static final int METADATA_MAX_CHARS = 10_000;

    private final ConversationStore conversations;
    private final MessageStore messages;
    private final ReadMarkerStore readMarkers;
    private final AttributeDefinitions attributes;
    private final JsonMapper json;
    private final AttachmentPolicy attachmentPolicy;
    private final InboxDirectory inboxes;
    private final Contacts contacts;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ConversationCommands(ConversationStore conversations, MessageStore messages, ReadMarkerStore readMarkers,
                         AttributeDefinitions attributes, JsonMapper json, AttachmentPolicy attachmentPolicy,
                         InboxDirectory inboxes, Contacts contacts, Directory directory,
                         ApplicationEventPublisher events, Clock clock) {
        this.conversations = conversations;
        this.messages = messages;
        this.readMarkers = readMarkers;
        this.attributes = attributes;
        this.json = json;
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
            appendReply(caller, conversation, text, html, attachments, Map.of());
        }
        return conversation.id();
    }

    @Transactional
    public MessageId reply(Caller caller, ConversationId id, @Nullable String text, @Nullable String html,
                           List<NewAttachment> attachments) {
        return reply(caller, id, text, html, attachments, Map.of());
    }

    /**
     * Replies to the customer. Staff may only set email details ({@code {"email":{"to","cc","bcc","subject"}}})
     * or a WhatsApp template ({@code {"whatsapp":{"template":{"name","language","variables"}}}}, checked by the
     * WhatsApp channel) in {@code metadata}; call records come from the voice channel, not from a reply.
     */
    @Transactional
    public MessageId reply(Caller caller, ConversationId id, @Nullable String text, @Nullable String html,
                           List<NewAttachment> attachments, Map<String, Object> metadata) {
        attachmentPolicy.check(attachments);
        requireContent(text, html, attachments);
        if (!Set.of("email", "whatsapp").containsAll(metadata.keySet())) {
            throw new InvalidRequestException("metadata", "may only contain email details or a WhatsApp template in a reply");
        }
        requireSmall(metadata);
        return appendReply(caller, conversations.get(caller.workspaceId(), id), text, html, attachments, metadata);
    }

    /** Channel metadata is rendered, not searched: keep it small. */
    void requireSmall(Map<String, Object> metadata) {
        if (json.writeValueAsString(metadata).length() > METADATA_MAX_CHARS) {
            throw new InvalidRequestException("metadata", "must be at most " + METADATA_MAX_CHARS + " characters of JSON");
        }
    }

    private MessageId appendReply(Caller caller, Conversation conversation, @Nullable String text,
                                  @Nullable String html, List<NewAttachment> attachments, Map<String, Object> metadata) {
        Instant now = clock.instant();
        conversation.replied(now, MessageBodies.preview(text, html), caller.userId());
        conversations.update(conversation);
        MessageId message = messages.insert(new MessageStore.Draft(caller.workspaceId(), conversation.id(),
                conversation.inboxId(), Message.Direction.OUTBOUND, Message.AuthorType.AGENT, caller.userId().value(),
                text, html, false, List.of(), "sent", null, attachments, now, metadata));
        readMarkers.markRead(caller.workspaceId(), conversation.id(), caller.userId().value(), now);
        events.publishEvent(new MessageSent(caller.workspaceId(), conversation.id(), message, conversation.inboxId(),
                conversation.contactId(), caller.asActor()));
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
                List.copyOf(mentioned), "internal", null, List.of(), now, Map.of()));
        readMarkers.mentioned(caller.workspaceId(), id, mentioned, now);
        readMarkers.markRead(caller.workspaceId(), id, caller.userId().value(), now);
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
            conversation.retag(normalized(changes.tags()), actor);
        }
        if (changes.customAttributes() != null) {
            attributes.check(caller.workspaceId(), changes.customAttributes());
            conversation.updateAttributes(changes.customAttributes(), actor);
        }
        conversations.update(conversation);
    }

    /** Adds and removes tags, leaving the conversation's other tags as they are. */
    @Transactional
    public void tag(Caller caller, ConversationId id, Set<String> add, Set<String> remove) {
        Conversation conversation = conversations.get(caller.workspaceId(), id);
        Set<String> tags = new java.util.TreeSet<>(conversation.tags());
        tags.addAll(normalized(add));
        tags.removeAll(normalized(remove));
        conversation.retag(tags, caller.asActor());
        conversations.update(conversation);
    }

    static Set<String> normalized(java.util.Collection<String> tags) {
        return tags.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty())
                .collect(java.util.stream.Collectors.toSet());
    }

    /**
     * Records what a channel reported about a reply. Statuses only move forward (sent, delivered, read);
     * failed can follow any of them. A report that does not move forward is ignored, because channels
     * deliver receipts out of order.
     */
    @Transactional
    public Message recordDelivery(Caller caller, ConversationId conversation, MessageId id, String status) {
        return recordChannelDelivery(caller.workspaceId(), conversation, id, status);
    }

    /** {@link #recordDelivery} for a report the channel itself received, e.g. an email bounce. */
    @Transactional
    public Message recordChannelDelivery(WorkspaceId workspace, ConversationId conversation, MessageId id,
                                         String status) {
        Message message = messages.find(workspace, id)
                .filter(m -> m.conversationId().equals(conversation))
                .orElseThrow(() -> new NotFoundException("Message", id));
        if (message.direction() != Message.Direction.OUTBOUND || message.internal()) {
            throw new UnprocessableException("Only replies to the customer have a delivery status.");
        }
        if (DELIVERY_ORDER.indexOf(status) > DELIVERY_ORDER.indexOf(message.deliveryStatus())
                && !"failed".equals(message.deliveryStatus())
                && messages.changeDeliveryStatus(workspace, id, message.deliveryStatus(), status)) {
            events.publishEvent(new MessageDeliveryChanged(workspace, conversation, id,
                    message.deliveryStatus(), status));
        }
        return messages.find(workspace, id).orElseThrow();
    }

    /**
     * A bot's message to the customer (the chat's answer bot), stored with the {@code BOT} author and {@code metadata}
     * for the channel to render. No staff member responded, so the customer keeps waiting, first response and SLA
     * clocks are untouched, and no {@link MessageSent} is published: the channel that runs the bot shows it itself.
     */
    @Transactional
    public MessageId botMessage(WorkspaceId workspace, ConversationId id, String text, Map<String, Object> metadata) {
        requireContent(text, null, List.of());
        requireSmall(metadata);
        Conversation conversation = conversations.get(workspace, id);
        Instant now = clock.instant();
        conversation.botWrote(now, MessageBodies.preview(text, null));
        conversations.update(conversation);
        return messages.insert(new MessageStore.Draft(workspace, id, conversation.inboxId(), Message.Direction.OUTBOUND,
                Message.AuthorType.BOT, null, text, null, false, List.of(), "sent", null, List.of(), now, metadata));
    }

    /**
     * A bot moves the conversation: holds it ({@code PENDING}, so routing does not offer it) while it answers, opens it
     * for people when it hands over, resolves it when the customer says they were helped.
     */
    @Transactional
    public void changeStatusByBot(WorkspaceId workspace, ConversationId id, Status status) {
        Conversation conversation = conversations.get(workspace, id);
        conversation.changeStatus(status, null, new Actor(Actor.Type.BOT, null), clock.instant());
        conversations.update(conversation);
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
