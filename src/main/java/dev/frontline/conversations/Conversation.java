package dev.frontline.conversations;

import dev.frontline.shared.Actor;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A conversation with one customer in one inbox. State changes go through methods that guard the
 * transition and record a past-tense event; the store persists the state and publishes the events.
 */
public class Conversation {

    private final ConversationId id;
    private final WorkspaceId workspaceId;
    private final UUID inboxId;
    private final UUID contactId;
    private @Nullable String subject;
    private Status status;
    private @Nullable Instant snoozedUntil;
    private Priority priority;
    private @Nullable UserId assignee;
    private @Nullable UUID teamId;
    private final Set<String> tags;
    private final Map<String, Object> customAttributes;
    private final Instant createdAt;
    private @Nullable Instant firstResponseAt;
    private Instant lastActivityAt;
    private @Nullable Instant resolvedAt;
    private @Nullable Instant waitingSince;
    private @Nullable Instant lastInboundAt;
    private @Nullable String preview;
    private Message.@Nullable Direction previewDirection;
    private Message.@Nullable AuthorType previewAuthorType;
    private @Nullable UUID previewAuthorId;
    private final List<WorkspaceEvent> events = new ArrayList<>();

    public Conversation(ConversationId id, WorkspaceId workspaceId, UUID inboxId, UUID contactId,
                        @Nullable String subject, Status status, @Nullable Instant snoozedUntil, Priority priority,
                        @Nullable UserId assignee, @Nullable UUID teamId, Set<String> tags,
                        Map<String, Object> customAttributes, Instant createdAt, @Nullable Instant firstResponseAt,
                        Instant lastActivityAt, @Nullable Instant resolvedAt, @Nullable Instant waitingSince,
                        @Nullable Instant lastInboundAt, @Nullable String preview,
                        Message.@Nullable Direction previewDirection, Message.@Nullable AuthorType previewAuthorType,
                        @Nullable UUID previewAuthorId) {
        this.id = id;
        this.workspaceId = workspaceId;
        this.inboxId = inboxId;
        this.contactId = contactId;
        this.subject = subject;
        this.status = status;
        this.snoozedUntil = snoozedUntil;
        this.priority = priority;
        this.assignee = assignee;
        this.teamId = teamId;
        this.tags = new TreeSet<>(tags);
        this.customAttributes = new LinkedHashMap<>(customAttributes);
        this.createdAt = createdAt;
        this.firstResponseAt = firstResponseAt;
        this.lastActivityAt = lastActivityAt;
        this.resolvedAt = resolvedAt;
        this.waitingSince = waitingSince;
        this.lastInboundAt = lastInboundAt;
        this.preview = preview;
        this.previewDirection = previewDirection;
        this.previewAuthorType = previewAuthorType;
        this.previewAuthorId = previewAuthorId;
    }

    public static Conversation start(ConversationId id, WorkspaceId workspace, UUID inboxId, UUID contactId,
                                     @Nullable String subject, Priority priority, Actor actor, Instant now) {
        return start(id, workspace, inboxId, contactId, subject, priority, actor, now, false);
    }

    /** {@code byCustomerMessage}: a customer's message opens it (see {@link ConversationCreated}). */
    static Conversation start(ConversationId id, WorkspaceId workspace, UUID inboxId, UUID contactId,
                              @Nullable String subject, Priority priority, Actor actor, Instant now,
                              boolean byCustomerMessage) {
        Conversation conversation = new Conversation(id, workspace, inboxId, contactId, subject, Status.OPEN, null,
                priority, null, null, Set.of(), Map.of(), now, null, now, null, null, null, null, null, null, null);
        conversation.events.add(new ConversationCreated(workspace, id, inboxId, contactId, actor, byCustomerMessage));
        return conversation;
    }

    /**
     * The customer wrote: the conversation is active again, whatever state it was left in, and the
     * customer waits for an answer from this message on unless they were already waiting.
     */
    public void customerWrote(Instant at, @Nullable String messagePreview) {
        if (status == Status.CLOSED) {
            throw new UnprocessableException("A closed conversation cannot receive messages; start a new one.");
        }
        lastActivityAt = at;
        lastInboundAt = at;
        if (waitingSince == null) {
            waitingSince = at;
        }
        showLast(messagePreview, Message.Direction.INBOUND, Message.AuthorType.CONTACT, contactId);
        if (status != Status.OPEN) {
            moveTo(Status.OPEN, null, new Actor(Actor.Type.CONTACT, contactId), at);
        }
    }

    /**
     * An automated message arrived for the customer (an email auto-reply or bounce): it shows as the
     * latest activity, but nobody waits for an answer and a resolved conversation stays resolved.
     */
    public void automatedMessageArrived(Instant at, @Nullable String messagePreview) {
        requireNotClosed();
        lastActivityAt = at;
        showLast(messagePreview, Message.Direction.INBOUND, Message.AuthorType.CONTACT, contactId);
    }

    /** A staff member replied to the customer, who no longer waits. */
    public void replied(Instant at, @Nullable String messagePreview, UserId author) {
        requireNotClosed();
        lastActivityAt = at;
        waitingSince = null;
        showLast(messagePreview, Message.Direction.OUTBOUND, Message.AuthorType.AGENT, author.value());
        if (firstResponseAt == null) {
            firstResponseAt = at;
        }
    }

    /**
     * A bot answered the customer (the chat's answer bot). It shows as the latest activity, but it is no
     * response by staff: the customer keeps waiting and the first response is still to come.
     */
    public void botWrote(Instant at, @Nullable String messagePreview) {
        requireNotClosed();
        lastActivityAt = at;
        showLast(messagePreview, Message.Direction.OUTBOUND, Message.AuthorType.BOT, null);
    }

    private void showLast(@Nullable String messagePreview, Message.Direction direction, Message.AuthorType authorType,
                          @Nullable UUID authorId) {
        preview = messagePreview;
        previewDirection = direction;
        previewAuthorType = authorType;
        previewAuthorId = authorId;
    }

    public void noted(Instant at) {
        lastActivityAt = at;
    }

    public void changeStatus(Status target, @Nullable Instant snoozeUntil, Actor actor, Instant now) {
        if (status == Status.CLOSED) {
            throw new UnprocessableException("A closed conversation cannot change status.");
        }
        if (target == Status.SNOOZED && (snoozeUntil == null || !snoozeUntil.isAfter(now))) {
            throw new UnprocessableException("Snoozing needs a snoozedUntil time in the future.");
        }
        if (target != Status.SNOOZED && snoozeUntil != null) {
            throw new UnprocessableException("snoozedUntil only applies to the snoozed status.");
        }
        if (target == status && Objects.equals(snoozeUntil, snoozedUntil)) {
            return;
        }
        moveTo(target, snoozeUntil, actor, now);
    }

    private void moveTo(Status target, @Nullable Instant snoozeUntil, Actor actor, Instant now) {
        Status from = status;
        status = target;
        snoozedUntil = snoozeUntil;
        if (target == Status.RESOLVED || target == Status.CLOSED) {
            waitingSince = null;
        }
        if (target == Status.RESOLVED) {
            resolvedAt = now;
        } else if (target != Status.CLOSED) {
            resolvedAt = null;
        }
        events.add(new ConversationStatusChanged(workspaceId, id, inboxId, contactId, from, target, actor));
    }

    public void assign(@Nullable UserId newAssignee, @Nullable UUID newTeam, Actor actor) {
        requireNotClosed();
        if (Objects.equals(assignee, newAssignee) && Objects.equals(teamId, newTeam)) {
            return;
        }
        assignee = newAssignee;
        teamId = newTeam;
        events.add(new ConversationAssigned(workspaceId, id, newAssignee, newTeam, actor));
    }

    public void prioritize(Priority newPriority, Actor actor) {
        if (newPriority == priority) {
            return;
        }
        Priority from = priority;
        priority = newPriority;
        events.add(new ConversationPriorityChanged(workspaceId, id, from, newPriority, actor));
    }

    public void retag(Set<String> newTags, Actor actor) {
        Set<String> added = new TreeSet<>(newTags);
        added.removeAll(tags);
        Set<String> removed = new TreeSet<>(tags);
        removed.removeAll(newTags);
        if (added.isEmpty() && removed.isEmpty()) {
            return;
        }
        tags.clear();
        tags.addAll(newTags);
        events.add(new ConversationTagged(workspaceId, id, Set.copyOf(added), Set.copyOf(removed), actor));
    }

    public void rename(@Nullable String newSubject) {
        subject = newSubject;
    }

    /** Merges attribute changes; a null value removes the attribute. */
    public void updateAttributes(Map<String, @Nullable Object> changes, Actor actor) {
        Map<String, @Nullable Object> changed = new LinkedHashMap<>();
        changes.forEach((key, value) -> {
            Object before = value == null ? customAttributes.remove(key) : customAttributes.put(key, value);
            if (!Objects.equals(before, value)) {
                changed.put(key, value);
            }
        });
        if (!changed.isEmpty()) {
            events.add(new ConversationAttributesChanged(workspaceId, id, java.util.Collections.unmodifiableMap(changed), actor));
        }
    }

    /** Snoozed conversations wake up by themselves when their time comes. */
    public void wakeIfDue(Instant now) {
        if (status == Status.SNOOZED && snoozedUntil != null && !snoozedUntil.isAfter(now)) {
            moveTo(Status.OPEN, null, Actor.SYSTEM, now);
        }
    }

    private void requireNotClosed() {
        if (status == Status.CLOSED) {
            throw new UnprocessableException("This conversation is closed.");
        }
    }

    public List<WorkspaceEvent> takeEvents() {
        List<WorkspaceEvent> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    public ConversationId id() { return id; }
    public WorkspaceId workspaceId() { return workspaceId; }
    public UUID inboxId() { return inboxId; }
    public UUID contactId() { return contactId; }
    public @Nullable String subject() { return subject; }
    public Status status() { return status; }
    public @Nullable Instant snoozedUntil() { return snoozedUntil; }
    public Priority priority() { return priority; }
    public @Nullable UserId assignee() { return assignee; }
    public @Nullable UUID teamId() { return teamId; }
    public Set<String> tags() { return Set.copyOf(tags); }
    public Map<String, Object> customAttributes() { return Map.copyOf(customAttributes); }
    public Instant createdAt() { return createdAt; }
    public @Nullable Instant firstResponseAt() { return firstResponseAt; }
    public Instant lastActivityAt() { return lastActivityAt; }
    public @Nullable Instant resolvedAt() { return resolvedAt; }
    /** Since when the customer waits for an answer: their oldest message not answered yet; null when nobody waits. */
    public @Nullable Instant waitingSince() { return waitingSince; }
    public @Nullable Instant lastInboundAt() { return lastInboundAt; }
    /** The start of the last message the customer saw or wrote, for lists. */
    public @Nullable String preview() { return preview; }
    public Message.@Nullable Direction previewDirection() { return previewDirection; }
    /** Who wrote the message the preview shows (null for conversations last written to before V60). */
    public Message.@Nullable AuthorType previewAuthorType() { return previewAuthorType; }
    public @Nullable UUID previewAuthorId() { return previewAuthorId; }
}
