package dev.frontline.channels.web;

import dev.frontline.shared.outbox.OutboxClaims;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.Message;
import dev.frontline.conversations.MessageId;
import dev.frontline.conversations.ReplyDeliveries;
import dev.frontline.shared.Caller;
import dev.frontline.shared.UnprocessableException;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReplyRetryController {

    /** The channel outboxes a failed reply may sit in. */
    private static final List<String> OUTBOXES = List.of("email_outbox", "messaging_outbox");

    private final ReplyDeliveries deliveries;
    private final OutboxClaims outboxes;

    ReplyRetryController(ReplyDeliveries deliveries, OutboxClaims outboxes) {
        this.deliveries = deliveries;
        this.outboxes = outboxes;
    }

    /**
     * Sends a reply whose delivery failed again: it is queued at once in its channel's outbox and sent in the
     * background, so the outbox tries it afresh.
     */
    @PostMapping("/api/v1/conversations/{id}/messages/{messageId}/retry")
    @Transactional
    Message retry(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @PathVariable UUID messageId) {
        Message queued = deliveries.retry(caller, new ConversationId(id), new MessageId(messageId));
        if (OUTBOXES.stream().noneMatch(table -> outboxes.requeueFailed(table, caller.workspaceId().value(), messageId))) {
            throw new UnprocessableException("Only email, SMS, WhatsApp, Messenger and Instagram replies are sent again from an outbox.");
        }
        return queued;
    }
}
