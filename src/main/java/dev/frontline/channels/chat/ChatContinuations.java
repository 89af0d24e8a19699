package dev.frontline.channels.chat;

import dev.frontline.channels.Channel;
import dev.frontline.channels.Inbox;
import dev.frontline.channels.Inboxes;
import dev.frontline.contacts.ContactId;
import dev.frontline.contacts.Contacts;
import dev.frontline.contacts.Identity;
import dev.frontline.conversations.ConversationChannelSwitched;
import dev.frontline.conversations.ConversationCommands;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.ConversationView;
import dev.frontline.conversations.MessageId;
import dev.frontline.shared.Actor;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Digests;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Offer chat": an email conversation continues in the web chat. The agent's offer is an ordinary reply (so it
 * threads and goes out by email) carrying a link to the hosted chat page with a random continuation token; only
 * the token's digest is stored, with the workspace, conversation, contact and chat inbox it names and when it
 * expires ({@code frontline.chat.continuation-ttl}). The visitor who opens the link is bound to that contact and
 * conversation ({@link WidgetVisitors}).
 */
@Service
class ChatContinuations {

    /** What a valid token names. */
    record Continuation(WorkspaceId workspace, UUID conversationId, UUID contactId, UUID chatInboxId) {
    }

    /** The offer as sent: the reply carrying the link, and until when the link works. */
    record Offer(UUID conversationId, UUID chatInboxId, UUID messageId, String url, Instant expiresAt) {
    }

    static final String CONTINUE_PARAMETER = "continue";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private final JdbcClient jdbc;
    private final Inboxes inboxes;
    private final ConversationQueries conversations;
    private final ConversationCommands commands;
    private final Contacts contacts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration timeToLive;

    ChatContinuations(JdbcClient jdbc, Inboxes inboxes, ConversationQueries conversations, ConversationCommands commands,
                      Contacts contacts, ApplicationEventPublisher events, Clock clock,
                      @Value("${frontline.chat.continuation-ttl:P7D}") Duration timeToLive) {
        this.jdbc = jdbc;
        this.inboxes = inboxes;
        this.conversations = conversations;
        this.commands = commands;
        this.contacts = contacts;
        this.events = events;
        this.clock = clock;
        this.timeToLive = timeToLive;
    }

    /**
     * Replies in the email conversation with a link to continue it in the chat of {@code chatInboxId} (by default
     * the workspace's first chat inbox); {@code appUrl} is this installation's public base URL.
     *
     * @throws UnprocessableException if the conversation is not an email one or the workspace has no chat inbox
     */
    @Transactional
    Offer offer(Caller caller, UUID conversationId, @Nullable UUID chatInboxId, String appUrl) {
        ConversationView conversation = conversations.get(caller.workspaceId(), new ConversationId(conversationId));
        if (inboxes.get(caller.workspaceId(), conversation.inboxId()).channel() != Channel.EMAIL) {
            throw new UnprocessableException("Only an email conversation can be offered the chat.");
        }
        UUID chat = chatInbox(caller.workspaceId(), chatInboxId);
        String token = newToken();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(timeToLive);
        jdbc.sql("""
                insert into chat_continuations (token_digest, workspace_id, conversation_id, contact_id, chat_inbox_id,
                                                expires_at, created_at) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(digest(token), caller.workspaceId().value(), conversationId, conversation.contactId(), chat,
                        Timestamps.sql(expiresAt), Timestamps.sql(now))
                .update();
        String url = UriComponentsBuilder.fromUriString(appUrl).path("/chat/{inbox}")
                .queryParam(CONTINUE_PARAMETER, token).buildAndExpand(chat).toUriString();
        String language = contacts.get(caller.workspaceId(), new ContactId(conversation.contactId())).language();
        MessageId reply = commands.reply(caller, new ConversationId(conversationId),
                CustomerTexts.format(language, "chat.offer", url, EXPIRY.format(expiresAt)), null, List.of());
        events.publishEvent(new ConversationChannelSwitched(caller.workspaceId(), new ConversationId(conversationId),
                "CHAT_OFFERED", null, caller.asActor()));
        return new Offer(conversationId, chat, reply.value(), url, expiresAt);
    }

    /** What the token names, if it is one of ours, for this chat inbox, and not expired; else empty. */
    Optional<Continuation> find(String token, ChatInbox inbox) {
        return jdbc.sql("""
                select workspace_id, conversation_id, contact_id, chat_inbox_id from chat_continuations
                where token_digest = ? and workspace_id = ? and chat_inbox_id = ? and expires_at > ?""")
                .params(digest(token), inbox.workspace().value(), inbox.id(), Timestamps.sql(clock.instant()))
                .query((rs, n) -> new Continuation(new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                        rs.getObject("conversation_id", UUID.class), rs.getObject("contact_id", UUID.class),
                        rs.getObject("chat_inbox_id", UUID.class)))
                .optional();
    }

    /**
     * Ties the link to the browser holding {@code visitorToken}, unless another browser opened it first: true if it
     * is this browser's now. One conditional update, so of two browsers opening the link at once only one gets the
     * conversation; anyone the email was forwarded to later gets an anonymous chat.
     */
    boolean claim(String token, ChatInbox inbox, String visitorToken) {
        String visitor = digest(visitorToken);
        return jdbc.sql("""
                update chat_continuations set redeemed_by = ?
                where token_digest = ? and workspace_id = ? and chat_inbox_id = ? and (redeemed_by is null or redeemed_by = ?)""")
                .params(visitor, digest(token), inbox.workspace().value(), inbox.id(), visitor)
                .update() == 1;
    }

    /**
     * The customer opened the link: the visitor's CHAT identity joins the contact the conversation belongs to now
     * (it may have been merged since the offer), and the timeline shows the conversation moved to the chat.
     */
    @Transactional
    void bind(Continuation continuation, Identity chatIdentity) {
        ConversationId conversation = new ConversationId(continuation.conversationId());
        UUID contactId = conversations.get(continuation.workspace(), conversation).contactId();
        contacts.addIdentity(continuation.workspace(), new ContactId(contactId), chatIdentity);
        events.publishEvent(new ConversationChannelSwitched(continuation.workspace(), conversation, "CHAT", null,
                new Actor(Actor.Type.CONTACT, contactId)));
    }

    private UUID chatInbox(WorkspaceId workspace, @Nullable UUID requested) {
        if (requested != null) {
            Inbox inbox = inboxes.get(workspace, requested);
            if (inbox.channel() != Channel.CHAT) {
                throw new UnprocessableException("The inbox to continue in must be a chat inbox.");
            }
            return inbox.id();
        }
        return inboxes.list(workspace).stream().filter(inbox -> inbox.channel() == Channel.CHAT).map(Inbox::id)
                .findFirst()
                .orElseThrow(() -> new UnprocessableException("This workspace has no chat inbox to continue in."));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String digest(String token) {
        return Digests.sha256Hex(token.getBytes(StandardCharsets.UTF_8));
    }
}
