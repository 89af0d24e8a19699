package dev.frontline.knowledge.web;

import dev.frontline.knowledge.ArticleFeedback;
import dev.frontline.shared.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ArticleFeedbackController {

    record Feedback(@NotNull Boolean helped, @Nullable UUID conversationId) {
    }

    private final ArticleFeedback feedback;

    ArticleFeedbackController(ArticleFeedback feedback) {
        this.feedback = feedback;
    }

    @PostMapping("/api/v1/knowledge/articles/{id}/feedback")
    ArticleFeedback.Summary record(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                                   @Valid @RequestBody Feedback body) {
        return feedback.record(caller, id, body.conversationId(), body.helped());
    }

    @GetMapping("/api/v1/knowledge/articles/{id}/feedback")
    ArticleFeedback.Summary summary(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return feedback.summary(caller, id);
    }
}
