package dev.frontline.channels.chat;

import dev.frontline.channels.Channel;
import dev.frontline.channels.Inbox;
import dev.frontline.channels.Inboxes;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.ConversationView;
import dev.frontline.realtime.LiveEvents;
import dev.frontline.shared.Caller;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The widget's public session endpoint (scoped to one CHAT inbox by its id and the page's Origin), and the
 * staff side: the embed snippet and identity secret, a conversation's rating, the agent's typing signal.
 */
@RestController
class WidgetController {

    record IdentityBody(@NotBlank @Size(max = 200) String userId, @NotBlank @Size(max = 128) String userHash) {
    }

    record SessionBody(@Nullable @Size(max = 100) String token, @Nullable @Valid IdentityBody identity,
                       @Nullable @Size(max = 200) String name, @Nullable @Email @Size(max = 320) String email,
                       @Nullable @Size(max = 35) String language,
                       @JsonProperty("continue") @Nullable @Size(max = 100) String continueToken) {
    }

    /** The embed snippet; the identity secret itself is only ever in the answer to creating or rotating it. */
    record WidgetSetup(UUID inboxId, String scriptUrl, String snippet, boolean identitySecretSet,
                       @Nullable Instant previousSecretValidUntil) {
    }

    record TypingBody(boolean typing) {
    }

    private final WidgetVisitors visitors;
    private final WidgetSecrets secrets;
    private final Inboxes inboxes;
    private final ConversationQueries conversations;
    private final LiveEvents live;

    WidgetController(WidgetVisitors visitors, WidgetSecrets secrets, Inboxes inboxes, ConversationQueries conversations,
                     LiveEvents live) {
        this.visitors = visitors;
        this.secrets = secrets;
        this.inboxes = inboxes;
        this.conversations = conversations;
        this.live = live;
    }

    /**
     * Opens or resumes a visitor's session: answers the visitor token (the given one when it is still
     * valid for this inbox and identity, else a new one), the current conversation and its recent messages.
     */
    @PostMapping("/api/v1/widget/{inboxId}/session")
    WidgetVisitors.Session session(@PathVariable UUID inboxId, @Valid @RequestBody SessionBody body,
                                   HttpServletRequest request) {
        return visitors.open(inboxId, request.getHeader(HttpHeaders.ORIGIN), appOrigin(),
                new WidgetVisitors.SessionRequest(body.token(), body.identity() == null ? null
                        : new WidgetVisitors.IdentityClaim(body.identity().userId(), body.identity().userHash()),
                        body.name(), body.email(), body.language(), body.continueToken()));
    }

    /** This app's own origin (scheme, host and port), where the hosted chat page runs. */
    static String appOrigin() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().replacePath(null).toUriString();
    }

    /** Admins: the snippet to paste into a website, and whether the identity secret exists. */
    @GetMapping("/api/v1/inboxes/{id}/widget")
    WidgetSetup setup(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        requireChatInbox(caller, id);
        String script = ServletUriComponentsBuilder.fromCurrentContextPath().path("/widget.js").toUriString();
        WidgetSecrets.State secret = secrets.state(caller.workspaceId(), id);
        return new WidgetSetup(id, script, "<script src=\"" + script + "\" data-inbox=\"" + id + "\" async></script>",
                secret.present(), secret.previousValidUntil());
    }

    /**
     * Admins: creates the identity secret or replaces it (the previous one verifies for the grace period).
     * The answer is the only place the secret is ever shown.
     */
    @PostMapping("/api/v1/inboxes/{id}/widget/secret")
    WidgetSecrets.Rotated rotateSecret(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        requireChatInbox(caller, id);
        return secrets.rotate(caller.workspaceId(), id);
    }

    private void requireChatInbox(Caller caller, UUID id) {
        caller.require(Role.ADMIN);
        Inbox inbox = inboxes.get(caller.workspaceId(), id);
        if (inbox.channel() != Channel.CHAT) {
            throw new NotFoundException("Chat inbox", id);
        }
    }

    /** The visitor's rating of a conversation (404 when not rated). */
    @GetMapping("/api/v1/conversations/{id}/rating")
    WidgetVisitors.Rating rating(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        conversations.get(caller.workspaceId(), new ConversationId(id));
        return visitors.ratingOf(caller.workspaceId(), id).orElseThrow(() -> new NotFoundException("Rating", id));
    }

    /** An agent is typing (or stopped) in a conversation; chat visitors see it live. */
    @PostMapping("/api/v1/conversations/{id}/typing")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void typing(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @RequestBody TypingBody body) {
        ConversationView conversation = conversations.get(caller.workspaceId(), new ConversationId(id));
        live.signal(caller.workspaceId(), "conversation.typing", Map.of("conversationId", id, "typing", body.typing(),
                "by", "agent", "userId", caller.userId().value(), "contactId", conversation.contactId(),
                "inboxId", conversation.inboxId()));
    }
}
