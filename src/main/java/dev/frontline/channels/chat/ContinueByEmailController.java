package dev.frontline.channels.chat;

import dev.frontline.channels.Channel;
import dev.frontline.channels.Inboxes;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.ConversationView;
import dev.frontline.shared.Caller;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.UnprocessableException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * An agent moves a chat conversation to email ("Continue by email"): the next replies also go to the customer's
 * email address, through the workspace's email inbox, and the conversation stays one conversation.
 */
@RestController
class ContinueByEmailController {

    record Body(@Nullable @Size(max = 320) String email) {
    }

    /** A chat conversation continuing by email: to which address, through which email inbox, since when. */
    record State(UUID conversationId, String email, UUID viaInboxId, ChatEmailFollowUps.RequestedBy requestedBy,
                 Instant since) {
    }

    private final ChatEmailFollowUps followUps;
    private final WidgetVisitors visitors;
    private final ConversationQueries conversations;
    private final Inboxes inboxes;

    ContinueByEmailController(ChatEmailFollowUps followUps, WidgetVisitors visitors, ConversationQueries conversations,
                              Inboxes inboxes) {
        this.followUps = followUps;
        this.visitors = visitors;
        this.conversations = conversations;
        this.inboxes = inboxes;
    }

    @GetMapping("/api/v1/conversations/{id}/continue-by-email")
    State state(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        ConversationView conversation = chatConversation(caller, id);
        return followUps.find(caller.workspaceId(), id)
                .map(followUp -> state(caller, conversation, followUp))
                .orElseThrow(() -> new NotFoundException("Email follow-up", id));
    }

    /**
     * Starts it. Needs an email address for the customer (the given one is added to the contact) and an email
     * inbox that sends by SMTP: 400 or 422 with the reason otherwise.
     */
    @PostMapping("/api/v1/conversations/{id}/continue-by-email")
    State start(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @Valid @RequestBody Body body) {
        ConversationView conversation = chatConversation(caller, id);
        if (followUps.sendingInbox(caller.workspaceId()).isEmpty()) {
            throw new UnprocessableException("No email inbox of this workspace sends by SMTP, so the conversation cannot continue by email.");
        }
        if (body.email() != null && !body.email().isBlank()) {
            visitors.addEmail(caller.workspaceId(), conversation.contactId(), body.email());
        }
        String address = followUps.emailOf(caller.workspaceId(), conversation.contactId());
        if (address == null) {
            throw new InvalidRequestException("email", body.email() == null || body.email().isBlank()
                    ? "the customer has no email address yet; enter one"
                    : "belongs to another contact; merge the two contacts first");
        }
        followUps.start(caller.workspaceId(), id, ChatEmailFollowUps.RequestedBy.AGENT, address, caller.asActor());
        return state(caller, id);
    }

    /** Back to the chat only. */
    @DeleteMapping("/api/v1/conversations/{id}/continue-by-email")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void stop(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        chatConversation(caller, id);
        followUps.stop(caller.workspaceId(), id, caller.asActor());
    }

    private State state(Caller caller, ConversationView conversation, ChatEmailFollowUps.FollowUp followUp) {
        String email = followUps.emailOf(caller.workspaceId(), conversation.contactId());
        UUID via = followUps.sendingInbox(caller.workspaceId()).orElse(null);
        if (email == null || via == null) {
            throw new NotFoundException("Email follow-up", conversation.id());
        }
        return new State(conversation.id(), email, via, followUp.requestedBy(), followUp.since());
    }

    private ConversationView chatConversation(Caller caller, UUID id) {
        ConversationView conversation = conversations.get(caller.workspaceId(), new ConversationId(id));
        if (inboxes.get(caller.workspaceId(), conversation.inboxId()).channel() != Channel.CHAT) {
            throw new UnprocessableException("Only a chat conversation can continue by email; this one already is by "
                    + "its own channel.");
        }
        return conversation;
    }
}
