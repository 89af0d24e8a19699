package dev.frontline.channels.chat;

import dev.frontline.shared.Caller;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** An agent offers an email customer the web chat ("Offer chat"): an email reply with a link that continues it there. */
@RestController
class OfferChatController {

    record Body(@Nullable UUID chatInboxId) {
    }

    private final ChatContinuations continuations;

    OfferChatController(ChatContinuations continuations) {
        this.continuations = continuations;
    }

    /** 422 when the conversation is not an email one or the workspace has no chat inbox. */
    @PostMapping("/api/v1/conversations/{id}/offer-chat")
    @ResponseStatus(HttpStatus.CREATED)
    ChatContinuations.Offer offer(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                                  @RequestBody(required = false) @Nullable Body body) {
        return continuations.offer(caller, id, body == null ? null : body.chatInboxId(),
                ServletUriComponentsBuilder.fromCurrentContextPath().toUriString());
    }
}
