package dev.frontline.channels.web;

import dev.frontline.channels.email.smtp.EmailOutbox;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.Message;
import dev.frontline.conversations.MessageId;
import dev.frontline.shared.Caller;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ReplyRetryController {

    private final EmailOutbox emailOutbox;

    ReplyRetryController(EmailOutbox emailOutbox) {
        this.emailOutbox = emailOutbox;
    }

    /** Sends a reply whose delivery failed again; it is queued at once and sent in the background. */
    @PostMapping("/api/v1/conversations/{id}/messages/{messageId}/retry")
    Message retry(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @PathVariable UUID messageId) {
        return emailOutbox.retry(caller, new ConversationId(id), new MessageId(messageId));
    }
}
