package dev.frontline.channels.messaging;

import dev.frontline.channels.Channel;
import dev.frontline.contacts.ContactId;
import dev.frontline.contacts.Contacts;
import dev.frontline.contacts.IdentityKind;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.ConversationView;
import dev.frontline.conversations.InboxDirectory;
import dev.frontline.conversations.Message;
import dev.frontline.conversations.MessageSent;
import dev.frontline.conversations.ReplyDeliveries;
import dev.frontline.shared.AfterCommit;
import dev.frontline.shared.Ids;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Puts each reply written in an SMS, WhatsApp, Messenger or Instagram inbox with its provider configured into {@code messaging_outbox}, in the reply's own
 * transaction, after checking {@link ReplyRules}: a reply the channel must not send (to an opted-out number,
 * free WhatsApp text outside the customer-service window, a Messenger reply more than 7 days after the customer
 * last wrote, an unknown template) is refused with 422 and not
 * stored. {@link MessagingSender} sends what is queued.
 */
@Component
public class MessagingOutbox {

    private final JdbcClient jdbc;
    private final InboxDirectory inboxes;
    private final ConversationQueries conversations;
    private final Contacts contacts;
    private final MessagingNumbers numbers;
    private final MessagingSettings settings;
    private final ReplyDeliveries deliveries;
    private final MessagingSender sender;
    private final Clock clock;

    MessagingOutbox(JdbcClient jdbc, InboxDirectory inboxes, ConversationQueries conversations, Contacts contacts,
                    MessagingNumbers numbers, MessagingSettings settings, ReplyDeliveries deliveries,
                    MessagingSender sender, Clock clock) {
        this.jdbc = jdbc;
        this.inboxes = inboxes;
        this.conversations = conversations;
        this.contacts = contacts;
        this.numbers = numbers;
        this.settings = settings;
        this.deliveries = deliveries;
        this.sender = sender;
        this.clock = clock;
    }

    @EventListener
    void on(MessageSent reply) {
        Optional<Channel> channel = messagingChannel(reply.workspaceId(), reply.inboxId());
        if (channel.isEmpty()) {
            return;
        }
        ReplyRules rules = rules(reply.workspaceId(), reply.inboxId(), channel.get(), reply.contactId());
        Message message = conversations.message(reply.workspaceId(), reply.messageId()).orElseThrow();
        Instant now = clock.instant();
        if (rules.optedOut()) {
            throw new UnprocessableException("The customer opted out of SMS from this number (they sent STOP); "
                    + "nothing can be sent until they send START.");
        }
        if (template(message.metadata()) instanceof Map<?, ?> template) {
            checkTemplate(rules, template);
        } else if (ReplyRules.isMeta(rules.channel()) && !rules.freeTextAllowed(now)) {
            throw new UnprocessableException("Meta's messaging window is closed: the customer last wrote more than "
                    + "7 days ago (or never). Nothing can be sent until they write again.");
        } else if (!rules.windowOpen(now) && !ReplyRules.isMeta(rules.channel())) {
            throw new UnprocessableException("The WhatsApp customer-service window is closed: the customer last "
                    + "wrote more than 24 hours ago (or never). Send an approved template instead.");
        }
        jdbc.sql("""
                insert into messaging_outbox (id, workspace_id, inbox_id, conversation_id, message_id, recipient, status,
                    attempts, next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)""")
                .params(Ids.newId(), reply.workspaceId().value(), reply.inboxId(), reply.conversationId().value(),
                        reply.messageId().value(), rules.recipient(), Timestamps.sql(now), Timestamps.sql(now))
                .update();
        // The provider's id is known only once it accepted the message; until then the reply's own id stands in.
        deliveries.queue(reply.workspaceId(), reply.messageId(), "outbox:" + reply.messageId().value());
        AfterCommit.run(sender::kick); // sent now rather than at the next poll
    }

    /** What may be sent in this conversation now, for the composer; empty if it is not a messaging one. */
    public Optional<ReplyRules> rules(WorkspaceId workspace, ConversationId conversationId) {
        ConversationView conversation = conversations.get(workspace, conversationId);
        return messagingChannel(workspace, conversation.inboxId()).map(channel ->
                rules(workspace, conversation.inboxId(), channel, conversation.contactId()));
    }

    private ReplyRules rules(WorkspaceId workspace, UUID inboxId, Channel channel, UUID contactId) {
        List<String> addresses = contacts.get(workspace, new ContactId(contactId)).identities().stream()
                .filter(identity -> identity.kind() == channel.identityKind())
                .map(identity -> channel.identityKind() == IdentityKind.PHONE
                        ? PhoneNumbers.e164(identity.value()) : Optional.of(identity.value()))
                .flatMap(Optional::stream)
                .toList();
        // A page-scoped id is only valid for its own page: prefer the address the customer wrote to this inbox from.
        String recipient = addresses.stream()
                .filter(address -> numbers.state(inboxId, address).lastInboundAt() != null)
                .findFirst()
                .or(() -> addresses.stream().findFirst())
                .orElseThrow(() -> new UnprocessableException(channel.identityKind() == IdentityKind.PHONE
                        ? "The contact has no phone number to send to."
                        : "The contact has never written to this " + channel.id() + " inbox, so there is no id to send to."));
        List<MessagingSettings.Template> templates = channel == Channel.WHATSAPP
                ? settings.whatsApp(inboxId).map(MessagingSettings.WhatsAppAccount::templates).orElse(List.of())
                : List.of();
        return ReplyRules.of(channel, recipient, numbers.state(inboxId, recipient), templates);
    }

    private Optional<Channel> messagingChannel(WorkspaceId workspace, UUID inboxId) {
        return inboxes.find(workspace, inboxId)
                .map(inbox -> Channel.valueOf(inbox.channel().toUpperCase(Locale.ROOT)))
                .filter(channel -> settings.sendsItself(inboxId, channel));
    }

    private static void checkTemplate(ReplyRules rules, Map<?, ?> template) {
        if (rules.channel() != Channel.WHATSAPP) {
            throw new InvalidRequestException("metadata.whatsapp", "is only for replies in WhatsApp inboxes");
        }
        String name = String.valueOf(template.get("name"));
        String language = String.valueOf(template.get("language"));
        MessagingSettings.Template known = rules.templates().stream()
                .filter(t -> t.name().equals(name) && t.language().equals(language))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException("metadata.whatsapp.template",
                        "is not one of the inbox's approved templates: " + name + " (" + language + ")"));
        if (!(template.get("variables") instanceof List<?> variables ? variables : List.of()).stream()
                .allMatch(value -> value instanceof String text && !text.isBlank() && text.length() <= 1000)
                || variables(template).size() != known.variables()) {
            throw new InvalidRequestException("metadata.whatsapp.template.variables",
                    "must be " + known.variables() + " non-blank texts for " + name);
        }
    }

    /** The template a reply's metadata asks for: {@code {"whatsapp": {"template": {…}}}}. */
    static @Nullable Object template(Map<String, Object> metadata) {
        return metadata.get("whatsapp") instanceof Map<?, ?> whatsapp ? whatsapp.get("template") : null;
    }

    static List<String> variables(Map<?, ?> template) {
        return template.get("variables") instanceof List<?> values
                ? values.stream().map(String::valueOf).toList() : List.of();
    }
}
