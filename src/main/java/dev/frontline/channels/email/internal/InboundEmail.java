package dev.frontline.channels.email.internal;

import dev.frontline.channels.Channel;
import dev.frontline.channels.InboundDelivery;
import dev.frontline.channels.Inboxes;
import dev.frontline.channels.email.ConversationToken;
import dev.frontline.channels.email.EmailReceipt;
import dev.frontline.channels.email.EmailReceiver;
import dev.frontline.contacts.IdentityKind;
import dev.frontline.conversations.ConversationCommands;
import dev.frontline.conversations.Inbound;
import dev.frontline.conversations.MessageReferences;
import dev.frontline.conversations.NewAttachment;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.PayloadTooLargeException;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * The inbound email pipeline behind {@link EmailReceiver}: parse, classify (message, auto-reply, bounce),
 * cut the quoted text for the thread, thread, and store once through {@link InboundDelivery}, keeping the
 * raw message as the attachment {@code original.eml}. A bounce also marks the reply that bounced failed.
 */
@Service
public class InboundEmail implements EmailReceiver {

    private static final Logger log = LoggerFactory.getLogger(InboundEmail.class);
    private static final Pattern CID = Pattern.compile("(?i)cid:([^\"'\\s>)]+)");
    static final String ORIGINAL = "original.eml";

    private final Inboxes inboxes;
    private final InboundDelivery delivery;
    private final EmailThreading threading;
    private final ConversationCommands commands;
    private final DataSize maxSize;

    InboundEmail(Inboxes inboxes, InboundDelivery delivery, EmailThreading threading, ConversationCommands commands,
                 @Value("${frontline.attachments.max-size}") DataSize maxSize) {
        this.inboxes = inboxes;
        this.delivery = delivery;
        this.threading = threading;
        this.commands = commands;
        this.maxSize = maxSize;
    }

    @Override
    public EmailReceipt receive(UUID inboxId, byte[] rfc822, String source) {
        WorkspaceId workspace = inboxes.workspaceOf(inboxId).orElseThrow(() -> new NotFoundException("Inbox", inboxId));
        return receive(workspace, inboxId, rfc822, source);
    }

    /** {@link #receive(UUID, byte[], String)} for a caller of this workspace: another workspace's inbox is not found. */
    public EmailReceipt receive(WorkspaceId workspace, UUID inboxId, byte[] rfc822, String source) {
        checkEmailInbox(workspace, inboxId);
        Prepared email = prepare(workspace, inboxId, read(rfc822), rfc822, source);
        // Concurrent emails (an MTA piping many at once) share a transaction: see InboundDelivery.deliverGrouped.
        return finish(workspace, email, delivery.deliverGrouped(workspace, inboxId, email.delivery()));
    }

    @Override
    public List<EmailReceipt> receiveAll(UUID inboxId, List<byte[]> messages, String source) {
        WorkspaceId workspace = inboxes.workspaceOf(inboxId).orElseThrow(() -> new NotFoundException("Inbox", inboxId));
        checkEmailInbox(workspace, inboxId);
        List<EmailReceipt> receipts = new ArrayList<>();
        List<Prepared> pending = new ArrayList<>();
        Set<String> pendingIds = new HashSet<>();
        for (byte[] rfc822 : messages) {
            ParsedEmail email;
            try {
                email = read(rfc822);
            } catch (RuntimeException unusable) {
                if (receipts.isEmpty() && pending.isEmpty()) {
                    throw unusable;
                }
                break; // the messages before it are stored; it and those after it are not
            }
            if (answersOneOf(email, pendingIds)) {
                // It answers a message of this batch: store that first, so that threading finds it.
                receipts.addAll(store(workspace, inboxId, pending));
                pending.clear();
                pendingIds.clear();
            }
            Prepared prepared = prepare(workspace, inboxId, email, rfc822, source);
            pending.add(prepared);
            pendingIds.add(prepared.delivery().externalId());
        }
        receipts.addAll(store(workspace, inboxId, pending));
        return receipts;
    }

    private List<EmailReceipt> store(WorkspaceId workspace, UUID inboxId, List<Prepared> emails) {
        if (emails.isEmpty()) {
            return List.of();
        }
        List<Inbound.Received> received = delivery.deliverAll(workspace, inboxId,
                emails.stream().map(Prepared::delivery).toList());
        List<EmailReceipt> receipts = new ArrayList<>();
        for (int i = 0; i < emails.size(); i++) {
            receipts.add(finish(workspace, emails.get(i), received.get(i)));
        }
        return receipts;
    }

    private static boolean answersOneOf(ParsedEmail email, Set<String> externalIds) {
        if (externalIds.isEmpty()) {
            return false;
        }
        return java.util.stream.Stream.concat(email.inReplyTo().stream(), email.references().stream())
                .flatMap(id -> EmailThreading.storedForms(id).stream())
                .anyMatch(externalIds::contains);
    }

    /** An email read and threaded, ready to be stored. */
    private record Prepared(InboundDelivery.Delivery delivery, AutomatedMailPolicy.Kind kind,
                            Optional<MessageReferences.Reference> bounced, boolean reportsFailure) {
    }

    private void checkEmailInbox(WorkspaceId workspace, UUID inboxId) {
        Channel channel = inboxes.get(workspace, inboxId).channel();
        if (channel != Channel.EMAIL) {
            throw new UnprocessableException("Inbox " + inboxId + " is a " + channel.id() + " inbox, not an email inbox.");
        }
    }

    /** Parses the message; throws the 4xx exception for one that cannot be stored. */
    private ParsedEmail read(byte[] rfc822) {
        checkSize(rfc822.length);
        if (rfc822.length == 0 || new String(rfc822, 0, Math.min(rfc822.length, 4096),
                java.nio.charset.StandardCharsets.ISO_8859_1).isBlank()) {
            throw new InvalidRequestException("body", "must be an RFC 5322 message, not empty");
        }
        ParsedEmail email = MailParser.parse(rfc822);
        if (email.from() == null) {
            throw new UnprocessableException("The email has no sender address (From, Sender or Return-Path).");
        }
        return email;
    }

    private Prepared prepare(WorkspaceId workspace, UUID inboxId, ParsedEmail email, byte[] rfc822, String source) {
        AutomatedMailPolicy.Kind kind = AutomatedMailPolicy.kindOf(email);
        Optional<MessageReferences.Reference> bounced = Optional.empty();
        if (kind == AutomatedMailPolicy.Kind.BOUNCE) {
            String original = AutomatedMailPolicy.bouncedMessageId(email);
            bounced = original == null ? Optional.empty() : threading.sentMessage(workspace, original);
        }
        if (!email.problems().isEmpty()) {
            log.info("Email to inbox {} read with problems: {}", inboxId, email.problems());
        }

        List<NewAttachment> attachments = new ArrayList<>();
        Map<String, UUID> byContentId = new LinkedHashMap<>();
        for (ParsedEmail.Part part : email.parts()) {
            attachments.add(new NewAttachment(part.filename(), part.contentType(), part.content(), part.id()));
            if (part.contentId() != null) {
                byContentId.put(part.contentId().toLowerCase(Locale.ROOT), part.id());
            }
        }
        attachments.add(new NewAttachment(ORIGINAL, "message/rfc822", rfc822));
        String html = email.html() == null ? null : linkInlineParts(email.html(), byContentId);
        String fullText = email.text() != null ? email.text() : html == null ? null : QuotedText.textOf(html);
        String threadText = QuotedText.latest(fullText);

        ParsedEmail.Address from = email.from();
        String subject = email.subject() == null ? null : ConversationToken.strip(email.subject());
        InboundDelivery.Delivery message = new InboundDelivery.Delivery(
                new InboundDelivery.Sender(IdentityKind.EMAIL, from.address().toLowerCase(Locale.ROOT), from.name(), null),
                EmailThreading.externalId(email.messageId(), rfc822), subject == null || subject.isBlank() ? null : subject,
                threadText, html, attachments, Map.of("email", metadata(email, kind, source, fullText, threadText)),
                threading.threadingFor(workspace, inboxId, email, bounced), kind != AutomatedMailPolicy.Kind.MESSAGE);
        return new Prepared(message, kind, bounced,
                kind == AutomatedMailPolicy.Kind.BOUNCE && AutomatedMailPolicy.reportsFailure(email));
    }

    private EmailReceipt finish(WorkspaceId workspace, Prepared email, Inbound.Received received) {
        if (email.reportsFailure() && email.bounced().isPresent()) {
            markFailed(workspace, email.bounced().get());
        }
        return new EmailReceipt(received.conversationId().value(), received.messageId().value(), received.duplicate(),
                email.kind().id);
    }

    void checkSize(long bytes) {
        if (bytes > maxSize.toBytes()) {
            throw new PayloadTooLargeException("The email is " + bytes + " bytes; the limit is " + maxSize.toBytes()
                    + " bytes.");
        }
    }

    private void markFailed(WorkspaceId workspace, MessageReferences.Reference reply) {
        try {
            commands.recordChannelDelivery(workspace, reply.conversationId(), reply.messageId(), "failed");
        } catch (UnprocessableException | NotFoundException | DataAccessException notAReply) {
            log.info("Bounce for message {} not recorded: {}", reply.messageId(), notAReply.getMessage());
        }
    }

    /** Points {@code cid:} references of inline parts to the stored attachment's download URL. */
    static String linkInlineParts(String html, Map<String, UUID> byContentId) {
        Matcher matcher = CID.matcher(html);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String contentId = java.net.URLDecoder.decode(matcher.group(1), java.nio.charset.StandardCharsets.UTF_8)
                    .replaceAll("^<|>$", "").toLowerCase(Locale.ROOT);
            UUID attachment = byContentId.get(contentId);
            matcher.appendReplacement(out, Matcher.quoteReplacement(
                    attachment == null ? matcher.group() : "/api/v1/attachments/" + attachment));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static Map<String, Object> metadata(ParsedEmail email, AutomatedMailPolicy.Kind kind, String source,
                                                @Nullable String fullText, @Nullable String threadText) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("kind", kind.id);
        metadata.put("source", source);
        if (email.messageId() != null) {
            metadata.put(EmailThreading.METADATA_KEY, email.messageId());
        }
        metadata.put("from", email.from() == null ? "" : email.from().display());
        metadata.put("to", email.to().stream().map(ParsedEmail.Address::display).toList());
        if (!email.cc().isEmpty()) {
            metadata.put("cc", email.cc().stream().map(ParsedEmail.Address::display).toList());
        }
        if (!email.replyTo().isEmpty()) {
            metadata.put("replyTo", email.replyTo().stream().map(ParsedEmail.Address::display).toList());
        }
        if (email.subject() != null) {
            metadata.put("subject", email.subject());
        }
        if (email.date() != null) {
            metadata.put("date", email.date().toString());
        }
        if (!email.inReplyTo().isEmpty()) {
            metadata.put("inReplyTo", email.inReplyTo().getFirst());
        }
        if (!email.references().isEmpty()) {
            metadata.put("references", email.references().stream().limit(50).toList());
        }
        if (fullText != null && !fullText.strip().equals(threadText == null ? "" : threadText.strip())) {
            metadata.put("fullText", fullText);
        }
        if (email.report() != null) {
            ParsedEmail.DeliveryReport report = email.report();
            Map<String, Object> bounce = new LinkedHashMap<>();
            putIfPresent(bounce, "messageId", report.originalMessageId());
            putIfPresent(bounce, "action", report.action());
            putIfPresent(bounce, "status", report.status());
            putIfPresent(bounce, "recipient", report.recipient());
            putIfPresent(bounce, "diagnostic", report.diagnostic());
            metadata.put("report", bounce);
        }
        if (!email.problems().isEmpty()) {
            metadata.put("problems", email.problems().stream().limit(10).toList());
        }
        return metadata;
    }

    private static void putIfPresent(Map<String, Object> map, String key, @Nullable String value) {
        if (value != null) {
            map.put(key, value);
        }
    }
}
