package dev.frontline.channels.chat;

import dev.frontline.channels.Channel;
import dev.frontline.channels.InboundDelivery;
import dev.frontline.channels.Inboxes;
import dev.frontline.contacts.ContactDetails;
import dev.frontline.contacts.Contacts;
import dev.frontline.contacts.Identity;
import dev.frontline.contacts.IdentityKind;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.ConversationView;
import dev.frontline.conversations.Inbound;
import dev.frontline.conversations.Message;
import dev.frontline.conversations.NewAttachment;
import dev.frontline.conversations.Status;
import dev.frontline.routing.QueueStates;
import dev.frontline.shared.Actor;
import dev.frontline.shared.Digests;
import dev.frontline.shared.ForbiddenException;
import dev.frontline.shared.Ids;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chat widget's visitors: a browser opens a session for one CHAT inbox and gets a random visitor
 * token (only its SHA-256 digest is stored), which then authenticates its socket and, kept in the
 * browser's storage, brings back the conversation after a reload or on another page. A host site can
 * verify its signed-in customer ({@code userHash = hex(HMAC-SHA256(inbox secret, userId))}), so their
 * history follows them to every device; a verified visitor's token is only reused with the same
 * verified user id, never for an anonymous session.
 */
@Service
public class WidgetVisitors {

    static final int HISTORY_LIMIT = 100;
    /** The expected wait is the median first response of the inbox's conversations started this recently. */
    static final Duration EXPECTED_WAIT_WINDOW = Duration.ofHours(24);
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A browser's session with one chat inbox; {@code address} is the contact's CHAT identity. A visitor who came
     * through an "Offer chat" link is bound to that {@code conversationId} (in whichever inbox it is).
     */
    public record Visitor(UUID id, WorkspaceId workspace, UUID inboxId, String address, @Nullable UUID conversationId) {

        boolean verified() {
            return address.startsWith("user:");
        }
    }

    record IdentityClaim(String userId, String userHash) {
    }

    /** {@code continueToken}: the token of an "Offer chat" link the page was opened with. */
    record SessionRequest(@Nullable String token, @Nullable IdentityClaim identity, @Nullable String name,
                          @Nullable String email, @Nullable String language, @Nullable String continueToken) {
    }

    /** What became of an "Offer chat" link: the chat continues its conversation, or the link did not hold. */
    enum Continuation { CONTINUED, EXPIRED }

    record InboxInfo(UUID id, String name, @Nullable String color, boolean preChatForm, @Nullable String greeting) {
    }

    record Session(String token, InboxInfo inbox, @Nullable ConversationInfo conversation, List<WidgetMessage> messages,
                   @Nullable Long expectedWaitSeconds, boolean agentsAvailable, boolean rated, long maxUploadBytes,
                   @Nullable Continuation continuation) {
    }

    record ConversationInfo(UUID id, Status status) {
    }

    /**
     * A message as the visitor sees it: never an internal note; {@code clientId} is the widget's own id. A message of
     * the {@link AnswerBot} is {@code from} "bot" and carries its articles and choices in {@code bot}.
     */
    record WidgetMessage(UUID id, @Nullable String clientId, String from, @Nullable String text, @Nullable String html,
                         List<WidgetAttachment> attachments, Instant createdAt, @Nullable Object bot) {

        WidgetMessage(UUID id, @Nullable String clientId, String from, @Nullable String text, @Nullable String html,
                      List<WidgetAttachment> attachments, Instant createdAt) {
            this(id, clientId, from, text, html, attachments, createdAt, null);
        }

        static WidgetMessage of(Message message) {
            String external = message.externalId();
            String clientId = external != null && external.startsWith("chat:")
                    ? external.substring(external.lastIndexOf(':') + 1) : null;
            String from = message.direction() == Message.Direction.INBOUND ? "visitor"
                    : message.authorType() == Message.AuthorType.AGENT ? "agent"
                    : message.authorType() == Message.AuthorType.BOT ? "bot" : "system";
            return new WidgetMessage(message.id().value(), clientId, from, message.text(), message.html(),
                    message.attachments().stream().map(WidgetAttachment::of).toList(), message.createdAt(),
                    message.authorType() == Message.AuthorType.BOT ? message.metadata().get("bot") : null);
        }
    }

    /** An attachment as the visitor sees it; {@code image} when the widget may show it inline. */
    record WidgetAttachment(UUID id, String filename, String contentType, long size, boolean image) {

        static WidgetAttachment of(Message.Attachment attachment) {
            return new WidgetAttachment(attachment.id(), attachment.filename(), attachment.contentType(), attachment.size(),
                    VisitorUploadPolicy.INLINE_IMAGES.contains(attachment.contentType()));
        }
    }

    private final JdbcClient jdbc;
    private final Contacts contacts;
    private final ConversationQueries conversations;
    private final Inboxes inboxes;
    private final InboundDelivery inbound;
    private final ChatAvailability availability;
    private final ChatEmailFollowUps followUps;
    private final WidgetSecrets secrets;
    private final VisitorUploadPolicy uploads;
    private final ChatContinuations continuations;
    private final QueueStates queueStates;
    private final TransactionTemplate transactions;
    private final Clock clock;

    WidgetVisitors(JdbcClient jdbc, Contacts contacts, ConversationQueries conversations,
                   Inboxes inboxes, InboundDelivery inbound, ChatAvailability availability,
                   ChatEmailFollowUps followUps, WidgetSecrets secrets, VisitorUploadPolicy uploads,
                   ChatContinuations continuations, QueueStates queueStates, PlatformTransactionManager transactionManager,
                   Clock clock) {
        this.jdbc = jdbc;
        this.contacts = contacts;
        this.conversations = conversations;
        this.inboxes = inboxes;
        this.inbound = inbound;
        this.availability = availability;
        this.followUps = followUps;
        this.secrets = secrets;
        this.uploads = uploads;
        this.continuations = continuations;
        this.queueStates = queueStates;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The CHAT inbox with this id, in whichever workspace it is; any other inbox is not found. */
    ChatInbox inbox(UUID inboxId) {
        return inboxes.workspaceOf(inboxId)
                .flatMap(workspace -> Optional.of(inboxes.get(workspace, inboxId))
                        .filter(inbox -> inbox.channel() == Channel.CHAT)
                        .map(inbox -> new ChatInbox(workspace, inbox.id(), inbox.name(), inbox.settings())))
                .orElseThrow(() -> new NotFoundException("Chat inbox", inboxId));
    }

    /**
     * Opens (or resumes) a visitor's session from a page of {@code origin} ({@code appOrigin} is this app's own,
     * where the hosted chat page is). With a valid "Offer chat" token the visitor is bound to its contact and
     * conversation; an expired or forged one opens the usual anonymous chat, which says the link did not hold.
     *
     * @throws ForbiddenException if the inbox does not allow the origin, or the identity's hash is wrong
     */
    Session open(UUID inboxId, @Nullable String origin, String appOrigin, SessionRequest request) {
        ChatInbox inbox = inbox(inboxId);
        if (!inbox.allows(origin, appOrigin)) {
            throw new ForbiddenException("This site may not open the chat of this inbox.");
        }
        String verifiedAddress = null;
        if (request.identity() != null) {
            if (!secrets.verifies(inbox.workspace(), inbox.id(), request.identity().userId(), request.identity().userHash())) {
                throw new ForbiddenException("The identity's userHash does not match its userId.");
            }
            verifiedAddress = "user:" + request.identity().userId();
        }
        String token = request.token();
        Visitor visitor = token == null ? null : byToken(token).filter(v -> v.inboxId().equals(inboxId)).orElse(null);
        ChatContinuations.Continuation continuing = request.continueToken() == null ? null
                : continuations.find(request.continueToken(), inbox).orElse(null);
        boolean continuesAlready = continuing != null && visitor != null && continuing.conversationId().equals(visitor.conversationId())
                && continuations.claim(request.continueToken(), inbox, token);
        if (continuing != null && !continuesAlready) {
            // The link belongs to the browser that first opens it; a new visitor is made for it with the claim, or not at all.
            String claimant = newToken();
            ChatContinuations.Continuation link = continuing;
            Visitor continued = transactions.execute(status -> continuations.claim(request.continueToken(), inbox, claimant)
                    ? createContinuing(inbox, link, claimant) : null);
            if (continued != null) {
                visitor = continued;
                token = claimant;
            } else {
                continuing = null;
            }
        }
        boolean reusable = continuing != null
                || visitor != null && (verifiedAddress == null ? !visitor.verified() : visitor.address().equals(verifiedAddress));
        if (!reusable) {
            token = newToken();
            visitor = create(inbox, verifiedAddress == null ? "visitor:" + Ids.newId() : verifiedAddress, null, token);
        }
        UUID contactId = contactOf(visitor, request.name(), request.language());
        if (request.email() != null && !request.email().isBlank()) {
            addEmail(visitor.workspace(), contactId, request.email());
        }
        ConversationView conversation = currentConversation(visitor, contactId).orElse(null);
        // Routing's estimate (queue position, staffed agents, recent handle times); until it has one, the
        // inbox's recent median first response.
        WorkspaceId workspace = visitor.workspace();
        Long expectedWait = queueStates.expectedWait(workspace, inboxId)
                .or(() -> conversations.medianFirstResponse(workspace, inboxId,
                        clock.instant().minus(EXPECTED_WAIT_WINDOW)))
                .map(Duration::toSeconds).orElse(null);
        return new Session(token, new InboxInfo(inbox.id(), inbox.title(), inbox.color(), inbox.preChatForm(), inbox.greeting()),
                conversation == null ? null : new ConversationInfo(conversation.id(), conversation.status()),
                conversation == null ? List.of() : history(visitor.workspace(), conversation.id()),
                expectedWait, availability.answeringNow(inbox),
                conversation != null && rated(visitor.workspace(), conversation.id()), uploads.maxBytes(),
                request.continueToken() == null ? null : continuing != null ? Continuation.CONTINUED : Continuation.EXPIRED);
    }

    /** The visitor holding this token, if any. */
    public Optional<Visitor> byToken(String token) {
        return jdbc.sql("select id, workspace_id, inbox_id, address, conversation_id from chat_visitors where token_digest = ?")
                .param(digest(token))
                .query((rs, n) -> new Visitor(rs.getObject("id", UUID.class),
                        new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getObject("inbox_id", UUID.class),
                        rs.getString("address"), rs.getObject("conversation_id", UUID.class)))
                .optional();
    }

    /** The visitor's contact (found by their CHAT identity, so it follows merges; created on first contact). */
    UUID contactOf(Visitor visitor, @Nullable String name, @Nullable String language) {
        Identity identity = new Identity(IdentityKind.CHAT, visitor.address());
        ContactDetails details = new ContactDetails(blankToNull(name), null, blankToNull(language), null, null, null,
                null, null);
        UUID contactId;
        try {
            contactId = contacts.recognise(visitor.workspace(), identity, details).value();
        } catch (DuplicateKeyException concurrentFirstContact) {
            contactId = contacts.recognise(visitor.workspace(), identity, details).value();
        }
        if (blankToNull(name) != null) {
            contacts.update(visitor.workspace(), new dev.frontline.contacts.ContactId(contactId),
                    new ContactDetails(name.strip(), null, null, null, null, null, null, null));
        }
        return contactId;
    }

    /**
     * The conversation the visitor currently writes in, if any: the one they are bound to while it is not closed,
     * else their latest in the chat inbox.
     */
    Optional<ConversationView> currentConversation(Visitor visitor, UUID contactId) {
        return bound(visitor).filter(conversation -> conversation.status() != Status.CLOSED)
                .or(() -> conversations.latestInInbox(visitor.workspace(), visitor.inboxId(), contactId));
    }

    private Optional<ConversationView> bound(Visitor visitor) {
        if (visitor.conversationId() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(conversations.get(visitor.workspace(), new ConversationId(visitor.conversationId())));
        } catch (NotFoundException gone) {
            return Optional.empty();
        }
    }

    /** The conversation's messages for the visitor: no internal notes, the latest {@value #HISTORY_LIMIT}. */
    List<WidgetMessage> history(WorkspaceId workspace, UUID conversationId) {
        List<WidgetMessage> visible = conversations.messages(workspace, new ConversationId(conversationId)).stream()
                .filter(message -> !message.internal())
                .map(WidgetMessage::of)
                .toList();
        return visible.subList(Math.max(0, visible.size() - HISTORY_LIMIT), visible.size());
    }

    /**
     * Stores the visitor's message through the channel's inbound path, exactly once per widget message id
     * (scoped to the visitor, so one visitor cannot collide with another's ids).
     */
    Inbound.Received receive(Visitor visitor, String clientId, String text, @Nullable String language) {
        return receive(visitor, clientId, text, List.of(), language);
    }

    /** Like {@link #receive(Visitor, String, String, String)}, with files the visitor uploaded (text optional). */
    Inbound.Received receive(Visitor visitor, String clientId, @Nullable String text, List<NewAttachment> files,
                             @Nullable String language) {
        Inbound.Received received = inbound.deliverGrouped(visitor.workspace(), visitor.inboxId(), new InboundDelivery.Delivery(
                new InboundDelivery.Sender(IdentityKind.CHAT, visitor.address(), null, blankToNull(language)),
                externalId(visitor, clientId), null, blankToNull(text), null, files, Map.of(),
                visitor.conversationId() == null ? Inbound.Threading.latestOpen()
                        : Inbound.Threading.continuing(new ConversationId(visitor.conversationId())), false));
        // A conversation continued from email already answers by email.
        if (!received.duplicate() && !received.conversationId().value().equals(visitor.conversationId())) {
            continueByEmailIfNobodyAnswers(visitor, received.conversationId().value());
        }
        return received;
    }

    /** The channel's id of a visitor's message: unique per visitor and widget message id. */
    static String externalId(Visitor visitor, String clientId) {
        return "chat:" + visitor.address() + ":" + clientId;
    }

    /**
     * A visitor who writes while nobody can answer, and who left an email address, gets the answer by email;
     * one who writes while someone can is back in the chat.
     */
    private void continueByEmailIfNobodyAnswers(Visitor visitor, UUID conversationId) {
        if (availability.answeringNow(inbox(visitor.inboxId()))) {
            followUps.stop(visitor.workspace(), conversationId, () -> new Actor(Actor.Type.CONTACT, contactOf(visitor, null, null)));
            return;
        }
        UUID contactId = contactOf(visitor, null, null);
        Actor visitorActor = new Actor(Actor.Type.CONTACT, contactId);
        String email = followUps.emailOf(visitor.workspace(), contactId);
        if (email != null) {
            followUps.start(visitor.workspace(), conversationId, ChatEmailFollowUps.RequestedBy.VISITOR, email, visitorActor);
        }
    }

    /**
     * An attachment the visitor may open: one of a message (never a note) in their current conversation, from
     * either side. Anything else, also another visitor's, is not found.
     */
    Optional<Message.Attachment> visibleAttachment(Visitor visitor, UUID attachmentId) {
        UUID contactId = contactOf(visitor, null, null);
        return currentConversation(visitor, contactId).stream()
                .flatMap(c -> conversations.messages(visitor.workspace(), new ConversationId(c.id())).stream())
                .filter(message -> !message.internal())
                .flatMap(message -> message.attachments().stream())
                .filter(attachment -> attachment.id().equals(attachmentId))
                .findFirst();
    }

    /** Rates the visitor's resolved conversation 1-5 with an optional comment; rating again replaces it. */
    void rate(Visitor visitor, UUID contactId, int score, @Nullable String comment) {
        if (score < 1 || score > 5) {
            throw new InvalidRequestException("score", "must be between 1 and 5");
        }
        ConversationView conversation = currentConversation(visitor, contactId)
                .filter(c -> c.status() == Status.RESOLVED || c.status() == Status.CLOSED)
                .orElseThrow(() -> new UnprocessableException("Only a resolved conversation can be rated."));
        String trimmed = comment == null || comment.isBlank() ? null
                : comment.strip().substring(0, Math.min(2000, comment.strip().length()));
        int updated = jdbc.sql("update chat_ratings set score = ?, comment = ?, created_at = ? where conversation_id = ?")
                .params(score, trimmed, Timestamps.sql(clock.instant()), conversation.id())
                .update();
        if (updated == 0) {
            jdbc.sql("insert into chat_ratings (conversation_id, workspace_id, score, comment, created_at) values (?, ?, ?, ?, ?)")
                    .params(conversation.id(), visitor.workspace().value(), score, trimmed, Timestamps.sql(clock.instant()))
                    .update();
        }
    }

    /** The visitor's rating of a conversation, for staff. */
    public record Rating(int score, @Nullable String comment, Instant ratedAt) {
    }

    public Optional<Rating> ratingOf(WorkspaceId workspace, UUID conversationId) {
        return jdbc.sql("select score, comment, created_at from chat_ratings where workspace_id = ? and conversation_id = ?")
                .params(workspace.value(), conversationId)
                .query((rs, n) -> new Rating(rs.getInt("score"), rs.getString("comment"), Timestamps.read(rs, "created_at")))
                .optional();
    }

    private boolean rated(WorkspaceId workspace, UUID conversationId) {
        return ratingOf(workspace, conversationId).isPresent();
    }

    private Visitor create(ChatInbox inbox, String address, @Nullable UUID conversationId, String token) {
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into chat_visitors (id, workspace_id, inbox_id, address, token_digest, created_at, conversation_id)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, inbox.workspace().value(), inbox.id(), address, digest(token), Timestamps.sql(clock.instant()),
                        conversationId)
                .update();
        return new Visitor(id, inbox.workspace(), inbox.id(), address, conversationId);
    }

    /** A visitor bound to the link's conversation, whose CHAT identity is added to that conversation's contact. */
    private Visitor createContinuing(ChatInbox inbox, ChatContinuations.Continuation continuing, String token) {
        Visitor visitor = create(inbox, "visitor:" + Ids.newId(), continuing.conversationId(), token);
        continuations.bind(continuing, new Identity(IdentityKind.CHAT, visitor.address()));
        return visitor;
    }

    void addEmail(WorkspaceId workspace, UUID contactId, String email) {
        String address = email.strip();
        if (address.length() > 320 || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new InvalidRequestException("email", "must be an email address");
        }
        try {
            contacts.addIdentity(workspace, new dev.frontline.contacts.ContactId(contactId), new Identity(IdentityKind.EMAIL, address));
        } catch (RuntimeException knownElsewhere) {
            // The address already belongs to this or another contact: an agent can merge them; a visitor
            // must not be able to attach themselves to someone else's history by typing their email.
        }
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String digest(String token) {
        return Digests.sha256Hex(token.getBytes(StandardCharsets.UTF_8));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
