package dev.frontline.channels.chat;

import dev.frontline.channels.Channel;
import dev.frontline.channels.Inbox;
import dev.frontline.channels.Inboxes;
import dev.frontline.channels.email.smtp.EmailOutbox;
import dev.frontline.contacts.ContactId;
import dev.frontline.contacts.Contacts;
import dev.frontline.contacts.IdentityKind;
import dev.frontline.conversations.ConversationChannelSwitched;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.MessageSent;
import dev.frontline.shared.Actor;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chat conversations that continue by email. While one does, every reply in it is also queued in the email
 * outbox of the workspace's first email inbox that sends by SMTP, with its Message-ID recorded on the reply, so
 * the customer's answer threads back into the same conversation. It ends when the visitor writes in the chat
 * again. State lives in the database, so any node's reply is emailed.
 */
@Component
class ChatEmailFollowUps {

    enum RequestedBy { VISITOR, AGENT }

    record FollowUp(UUID conversationId, RequestedBy requestedBy, Instant since) {
    }

    private static final Logger log = LoggerFactory.getLogger(ChatEmailFollowUps.class);

    private final JdbcClient jdbc;
    private final Inboxes inboxes;
    private final Contacts contacts;
    private final EmailOutbox outbox;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChatEmailFollowUps(JdbcClient jdbc, Inboxes inboxes, Contacts contacts, EmailOutbox outbox,
                       ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.inboxes = inboxes;
        this.contacts = contacts;
        this.outbox = outbox;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Starts (or keeps) the conversation continuing by email to {@code address}; true if it was not already.
     * The switch is on the conversation's timeline.
     */
    @Transactional
    boolean start(WorkspaceId workspace, UUID conversationId, RequestedBy requestedBy, String address, Actor actor) {
        if (find(workspace, conversationId).isPresent()) {
            return false;
        }
        try {
            jdbc.sql("insert into chat_email_follow_ups (conversation_id, workspace_id, requested_by, created_at) values (?, ?, ?, ?)")
                    .params(conversationId, workspace.value(), requestedBy.name(), Timestamps.sql(clock.instant()))
                    .update();
        } catch (DuplicateKeyException startedConcurrently) {
            return false;
        }
        events.publishEvent(new ConversationChannelSwitched(workspace, new ConversationId(conversationId), "EMAIL",
                address, actor));
        return true;
    }

    /** The conversation is back in the chat only; true if it was continuing by email. */
    @Transactional
    boolean stop(WorkspaceId workspace, UUID conversationId, Actor actor) {
        return stop(workspace, conversationId, () -> actor);
    }

    /** Like {@link #stop(WorkspaceId, UUID, Actor)}; the actor is only worked out when there was a follow-up to end. */
    boolean stop(WorkspaceId workspace, UUID conversationId, java.util.function.Supplier<Actor> actor) {
        boolean stopped = jdbc.sql("delete from chat_email_follow_ups where workspace_id = ? and conversation_id = ?")
                .params(workspace.value(), conversationId).update() > 0;
        if (stopped) {
            events.publishEvent(new ConversationChannelSwitched(workspace, new ConversationId(conversationId), "CHAT",
                    null, actor.get()));
        }
        return stopped;
    }

    Optional<FollowUp> find(WorkspaceId workspace, UUID conversationId) {
        return jdbc.sql("select requested_by, created_at from chat_email_follow_ups where workspace_id = ? and conversation_id = ?")
                .params(workspace.value(), conversationId)
                .query((rs, n) -> new FollowUp(conversationId, RequestedBy.valueOf(rs.getString(1)),
                        Timestamps.read(rs, "created_at")))
                .optional();
    }

    /** The email inbox the workspace's follow-ups go out through: the first that sends by SMTP. */
    Optional<UUID> sendingInbox(WorkspaceId workspace) {
        return inboxes.list(workspace).stream()
                .filter(inbox -> inbox.channel() == Channel.EMAIL)
                .map(Inbox::id)
                .filter(outbox::canSend)
                .findFirst();
    }

    /** The contact's first email address, if they have one. */
    @Nullable String emailOf(WorkspaceId workspace, UUID contactId) {
        return contacts.get(workspace, new ContactId(contactId)).identities().stream()
                .filter(identity -> identity.kind() == IdentityKind.EMAIL)
                .map(identity -> identity.value())
                .findFirst().orElse(null);
    }

    /** In the reply's transaction, like the email inbox's own replies, so a reply is queued exactly when stored. */
    @EventListener
    void on(MessageSent reply) {
        if (find(reply.workspaceId(), reply.conversationId().value()).isEmpty()) {
            return;
        }
        Optional<UUID> via = sendingInbox(reply.workspaceId());
        if (via.isEmpty() || !outbox.queueThrough(via.get(), reply)) {
            log.warn("Chat conversation {} continues by email, but workspace {} has no email inbox that sends by SMTP",
                    reply.conversationId().value(), reply.workspaceId().value());
        }
    }
}
