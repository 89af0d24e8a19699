package dev.frontline.channels.web;

import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.shared.Caller;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Why replies of a conversation did not reach the customer, as their channel's provider said it (Twilio's
 * {@code 21211 The 'To' number is not a valid phone number}, Meta's {@code (#551) This person isn't available}, an
 * SMTP refusal), so the agent sees it on the failed message next to the retry.
 */
@RestController
class DeliveryErrorsController {

    private final ConversationQueries conversations;
    private final JdbcClient jdbc;

    DeliveryErrorsController(ConversationQueries conversations, JdbcClient jdbc) {
        this.conversations = conversations;
        this.jdbc = jdbc;
    }

    /** The last provider error of each reply in the conversation that has one, by message id. */
    @GetMapping("/api/v1/conversations/{id}/delivery-errors")
    Map<UUID, String> errors(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        conversations.get(caller.workspaceId(), new ConversationId(id)); // 404 unless the caller's workspace has it
        Map<UUID, String> errors = new LinkedHashMap<>();
        jdbc.sql("""
                        select message_id, last_error from messaging_outbox
                        where workspace_id = ? and conversation_id = ? and last_error is not null
                        union all
                        select message_id, last_error from email_outbox
                        where workspace_id = ? and conversation_id = ? and last_error is not null""")
                .params(caller.workspaceId().value(), id, caller.workspaceId().value(), id)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
                .list()
                .forEach(error -> errors.put(error.getKey(), error.getValue()));
        return errors;
    }
}
