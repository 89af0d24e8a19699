package dev.frontline.channels.email.internal;

import dev.frontline.channels.email.ConversationToken;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.Inbound;
import dev.frontline.conversations.MessageReferences;
import dev.frontline.shared.Digests;
import dev.frontline.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Finds the conversation an email belongs to: the conversation of a message it answers (In-Reply-To,
 * then References, matched against the Message-IDs of the inbox's messages in both directions), else
 * the conversation whose {@link ConversationToken} its subject carries, else a new conversation. A bounce
 * joins the conversation of the reply that bounced. An email never joins a conversation just because it
 * comes from the same customer: a new subject is a new conversation.
 */
@Component
class EmailThreading {

    /** How many referenced Message-IDs are looked up; long chains only add older messages of the same thread. */
    private static final int MAX_REFERENCES = 50;
    private static final int MAX_EXTERNAL_ID = 300;
    /** Where outbound email may keep a sent message's Message-ID: {@code metadata.email.messageId}. */
    static final String METADATA_KEY = "messageId";

    private final MessageReferences references;

    EmailThreading(MessageReferences references) {
        this.references = references;
    }

    /** The id an email is stored under: its Message-ID, or a digest of its bytes when it has none. */
    static String externalId(@Nullable String messageId, byte[] raw) {
        if (messageId == null || messageId.isBlank()) {
            return "raw-sha256:" + Digests.sha256Hex(raw);
        }
        return messageIdKey(messageId);
    }

    /** A Message-ID (without angle brackets) as stored in {@code external_id}; a digest if it is too long. */
    static String messageIdKey(String messageId) {
        String id = messageId.strip();
        return id.length() <= MAX_EXTERNAL_ID ? id
                : "sha256:" + Digests.sha256Hex(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The forms other code may have stored a Message-ID in: bare (ours) or with angle brackets. */
    static Set<String> storedForms(String messageId) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(messageIdKey(messageId));
        String bracketed = "<" + messageId.strip() + ">";
        if (bracketed.length() <= MAX_EXTERNAL_ID) {
            forms.add(bracketed);
        }
        return forms;
    }

    Inbound.Threading threadingFor(WorkspaceId workspace, UUID inboxId, ParsedEmail email,
                                   Optional<MessageReferences.Reference> bounced) {
        if (bounced.isPresent()) {
            return Inbound.Threading.continuing(bounced.get().conversationId());
        }
        List<String> referenced = new ArrayList<>(new LinkedHashSet<>(concat(email.inReplyTo(), email.references())));
        referenced.remove(email.messageId());
        Set<String> forms = new LinkedHashSet<>();
        referenced.stream().limit(MAX_REFERENCES).forEach(id -> forms.addAll(storedForms(id)));
        Optional<MessageReferences.Reference> answered = references.latestInInbox(workspace, inboxId, forms);
        if (answered.isEmpty() && !referenced.isEmpty()) {
            answered = sentMessage(workspace, referenced.getFirst());
        }
        if (answered.isPresent()) {
            return Inbound.Threading.continuing(answered.get().conversationId());
        }
        return ConversationToken.parse(email.subject())
                .map(id -> Inbound.Threading.continuing(new ConversationId(id)))
                .orElse(Inbound.Threading.newConversation());
    }

    /** The workspace's outbound message that went out with this Message-ID, in any of the forms it may be stored. */
    Optional<MessageReferences.Reference> sentMessage(WorkspaceId workspace, String messageId) {
        for (String form : storedForms(messageId)) {
            Optional<MessageReferences.Reference> found = references.outbound(workspace, form, METADATA_KEY);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
