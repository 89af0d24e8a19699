package dev.frontline.channels.messaging;

import dev.frontline.channels.Channel;
import dev.frontline.channels.Inbox;
import dev.frontline.channels.Inboxes;
import dev.frontline.conversations.ConversationId;
import dev.frontline.shared.Caller;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.web.RequiresRole;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MessagingController {

    record TemplateView(String name, String language, String body, int variables) {
    }

    /**
     * What the composer of an SMS, WhatsApp, Messenger or Instagram conversation may send now;
     * {@code humanAgentTag}: a Messenger or Instagram reply now goes out tagged {@code HUMAN_AGENT} (until
     * {@code humanAgentUntil}).
     */
    record ComposerState(String channel, String recipient, boolean optedOut, boolean windowOpen,
                         @Nullable Instant windowClosesAt, boolean freeTextAllowed, boolean humanAgentTag,
                         @Nullable Instant humanAgentUntil, List<TemplateView> templates) {
    }

    private final MessagingOutbox outbox;
    private final Inboxes inboxes;
    private final WebhookUrls urls;
    private final Clock clock;

    MessagingController(MessagingOutbox outbox, Inboxes inboxes, WebhookUrls urls, Clock clock) {
        this.outbox = outbox;
        this.inboxes = inboxes;
        this.urls = urls;
        this.clock = clock;
    }

    /** The SMS opt-out and WhatsApp window state of a conversation, with the templates it may use; 404 for other channels. */
    @GetMapping("/api/v1/conversations/{id}/messaging")
    ComposerState composer(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        ReplyRules rules = outbox.rules(caller.workspaceId(), new ConversationId(id))
                .orElseThrow(() -> new NotFoundException("Messaging conversation", id));
        Instant now = clock.instant();
        return new ComposerState(rules.channel().id(), rules.recipient(), rules.optedOut(), rules.windowOpen(now),
                rules.windowClosesAt(), rules.freeTextAllowed(now), rules.needsHumanAgentTag(now),
                rules.humanAgentUntil(), rules.templates().stream()
                .map(t -> new TemplateView(t.name(), t.language(), t.body(), t.variables())).toList());
    }

    /** The webhook URLs an admin registers with the provider for an SMS, WhatsApp, Messenger or Instagram inbox. */
    @GetMapping("/api/v1/inboxes/{id}/webhooks")
    @RequiresRole(Role.ADMIN)
    Map<String, String> webhooks(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                                 HttpServletRequest request) {
        caller.require(Role.ADMIN);
        Inbox inbox = inboxes.get(caller.workspaceId(), id);
        if (!List.of(Channel.SMS, Channel.WHATSAPP, Channel.MESSENGER, Channel.INSTAGRAM).contains(inbox.channel())) {
            throw new NotFoundException("Messaging inbox", id);
        }
        return urls.forInbox(request, inbox.channel(), id);
    }
}
