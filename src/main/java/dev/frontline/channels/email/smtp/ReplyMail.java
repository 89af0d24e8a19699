package dev.frontline.channels.email.smtp;

import dev.frontline.channels.email.ConversationToken;
import dev.frontline.channels.email.transport.EmailTransport;
import dev.frontline.conversations.Message;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;

/**
 * The MIME message of one reply: From the inbox (address and name), Reply-To, the Message-ID given when the
 * reply was queued, In-Reply-To the customer's last message and References the thread so far, the subject
 * with the conversation token, a text and an HTML part (each made from the other when the agent wrote only
 * one) with the inbox's signature, and the attachments.
 */
final class ReplyMail {

    /** What the reply needs besides the inbox: the message, its conversation and the thread before it. */
    record Draft(Message reply, String messageId, UUID conversationId, @Nullable String conversationSubject,
                 List<Message> thread, List<String> customerAddresses, List<Attachment> attachments) {
    }

    record Attachment(String filename, String contentType, byte[] content) {
    }

    /** A reply that can never be sent as it is (no recipient, a bad address); retrying does not help. */
    static final class Unsendable extends Exception {
        Unsendable(String reason) {
            super(reason);
        }
    }

    private static final int MAX_REFERENCES = 20;
    private static final Pattern REPLY_PREFIX = Pattern.compile("(?i)^(re|aw|sv|antw)\\s*:.*");

    private ReplyMail() {
    }

    static MimeMessage compose(Session session, EmailTransport inbox, Draft draft)
            throws MessagingException, Unsendable {
        Map<String, Object> email = emailMetadata(draft.reply());
        MimeMessage mail = new FixedIdMessage(session, bracketed(draft.messageId()));
        mail.setFrom(from(inbox));
        mail.setReplyTo(new InternetAddress[] {address(inbox.replyTo() == null ? inbox.address() : inbox.replyTo())});
        List<String> to = strings(email.get("to"));
        InternetAddress[] recipients = addresses(to.isEmpty() ? draft.customerAddresses() : to);
        if (recipients.length == 0) {
            throw new Unsendable("The customer has no email address to reply to.");
        }
        mail.setRecipients(jakarta.mail.Message.RecipientType.TO, recipients);
        InternetAddress[] cc = addresses(strings(email.get("cc")));
        if (cc.length > 0) {
            mail.setRecipients(jakarta.mail.Message.RecipientType.CC, cc);
        }
        InternetAddress[] bcc = addresses(strings(email.get("bcc")));
        if (bcc.length > 0) {
            mail.setRecipients(jakarta.mail.Message.RecipientType.BCC, bcc);
        }
        mail.setSubject(ConversationToken.appendTo(subject(email, draft.conversationSubject()), draft.conversationId()),
                "UTF-8");
        mail.setSentDate(Date.from(Instant.now()));
        thread(mail, draft);
        mail.setHeader("X-Mailer", "Frontline");
        mail.setContent(body(inbox, draft));
        mail.saveChanges();
        return mail;
    }

    private static void thread(MimeMessage mail, Draft draft) throws MessagingException {
        String inReplyTo = null;
        LinkedHashSet<String> references = new LinkedHashSet<>();
        for (Message earlier : draft.thread()) {
            // Mail without a Message-ID is stored under a digest of its bytes: nothing to refer to.
            if (earlier.id().equals(draft.reply().id()) || earlier.internal() || earlier.externalId() == null
                    || !earlier.externalId().contains("@") || earlier.externalId().contains(":")) {
                continue;
            }
            String id = bracketed(earlier.externalId());
            references.add(id);
            if (earlier.direction() == Message.Direction.INBOUND) {
                inReplyTo = id;
            }
        }
        if (inReplyTo == null && !references.isEmpty()) {
            inReplyTo = references.getLast();
        }
        if (inReplyTo != null) {
            mail.setHeader("In-Reply-To", inReplyTo);
            List<String> chain = new ArrayList<>(references);
            // The first message and the most recent ones: what RFC 5322 asks for when the list is trimmed.
            if (chain.size() > MAX_REFERENCES) {
                List<String> trimmed = new ArrayList<>(List.of(chain.getFirst()));
                trimmed.addAll(chain.subList(chain.size() - MAX_REFERENCES + 1, chain.size()));
                chain = trimmed;
            }
            mail.setHeader("References", String.join(" ", chain));
        }
    }

    /** Message-IDs are stored without angle brackets (as the inbound side stores them); headers need them. */
    static String bracketed(String messageId) {
        String id = messageId.strip();
        return id.startsWith("<") ? id : "<" + id + ">";
    }

    private static MimeMultipart body(EmailTransport inbox, Draft draft) throws MessagingException {
        Message reply = draft.reply();
        String signature = inbox.signature();
        String html = reply.html();
        String text = reply.text();
        if (text == null || text.isBlank()) {
            text = html == null ? "" : Jsoup.parse(html).wholeText().strip();
        }
        if (html == null || html.isBlank()) {
            html = paragraphs(text);
        }
        if (signature != null && !signature.isBlank()) {
            text = text + "\n\n-- \n" + signature;
            html = html + "<div class=\"signature\">" + paragraphs(signature) + "</div>";
        }
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(text, "UTF-8", "plain");
        alternative.addBodyPart(plain);
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText("<!DOCTYPE html><html><body>" + html + "</body></html>", "UTF-8", "html");
        alternative.addBodyPart(rich);
        if (draft.attachments().isEmpty()) {
            return alternative;
        }
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart content = new MimeBodyPart();
        content.setContent(alternative);
        mixed.addBodyPart(content);
        for (Attachment attachment : draft.attachments()) {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(), attachment.contentType())));
            try {
                part.setFileName(jakarta.mail.internet.MimeUtility.encodeText(attachment.filename(), "UTF-8", null));
            } catch (UnsupportedEncodingException e) {
                part.setFileName(attachment.filename());
            }
            part.setDisposition(jakarta.mail.Part.ATTACHMENT);
            mixed.addBodyPart(part);
        }
        return mixed;
    }

    private static String paragraphs(String text) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : text.strip().split("\\R{2,}")) {
            html.append("<p>").append(Entities.escape(paragraph).replaceAll("\\R", "<br>")).append("</p>");
        }
        return html.toString();
    }

    private static String subject(Map<String, Object> email, @Nullable String conversationSubject) {
        if (email.get("subject") instanceof String subject && !subject.isBlank()) {
            return subject.strip();
        }
        String base = conversationSubject == null ? "" : ConversationToken.strip(conversationSubject);
        if (base.isBlank()) {
            return "Re: your message";
        }
        return REPLY_PREFIX.matcher(base).matches() ? base : "Re: " + base;
    }

    private static InternetAddress from(EmailTransport inbox) throws Unsendable {
        InternetAddress from = address(inbox.address());
        if (inbox.fromName() != null) {
            try {
                from.setPersonal(inbox.fromName(), StandardCharsets.UTF_8.name());
            } catch (UnsupportedEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return from;
    }

    private static InternetAddress[] addresses(Collection<String> values) throws Unsendable {
        List<InternetAddress> out = new ArrayList<>();
        for (String value : values) {
            out.add(address(value));
        }
        return out.toArray(InternetAddress[]::new);
    }

    private static InternetAddress address(String value) throws Unsendable {
        try {
            InternetAddress address = new InternetAddress(value, true);
            address.validate();
            return address;
        } catch (AddressException e) {
            throw new Unsendable("Not an email address: " + value);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> emailMetadata(Message reply) {
        return reply.metadata().get("email") instanceof Map<?, ?> email ? (Map<String, Object>) email : Map.of();
    }

    private static List<String> strings(@Nullable Object value) {
        if (value instanceof String text) {
            return text.isBlank() ? List.of() : List.of(text.split("\\s*,\\s*"));
        }
        if (value instanceof Collection<?> list) {
            return list.stream().filter(Objects::nonNull).map(String::valueOf).filter(s -> !s.isBlank()).toList();
        }
        return List.of();
    }

    /** Keeps the Message-ID given at queueing instead of the one {@code saveChanges()} would invent. */
    private static final class FixedIdMessage extends MimeMessage {

        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
