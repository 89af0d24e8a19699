package dev.frontline.knowledge.web;

import dev.frontline.knowledge.ArticleSuggestion;
import dev.frontline.knowledge.ArticleSuggestions;
import dev.frontline.shared.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ArticleSuggestionController {

    record NewSuggestion(@NotNull ArticleSuggestion.Kind kind, @NotBlank @Size(max = 2000) String comment,
                         @Nullable @Size(max = 300) String title,
                         @Nullable @Size(max = KnowledgeArticleController.MAX_BODY) String body) {
    }

    /** {@code publish}: publish the accepted text at once instead of keeping it as a draft beside the live article. */
    record Acceptance(@Nullable Boolean publish) {
    }

    private final ArticleSuggestions suggestions;

    ArticleSuggestionController(ArticleSuggestions suggestions) {
        this.suggestions = suggestions;
    }

    @PostMapping("/api/v1/knowledge/articles/{id}/suggestions")
    @ResponseStatus(HttpStatus.CREATED)
    ArticleSuggestion suggest(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                              @Valid @RequestBody NewSuggestion body) {
        return suggestions.suggest(caller, id, body.kind(), body.comment(), body.title(), body.body());
    }

    @GetMapping("/api/v1/knowledge/suggestions")
    List<ArticleSuggestion> list(@AuthenticationPrincipal Caller caller,
                                 @RequestParam(required = false) ArticleSuggestion.@Nullable Status status,
                                 @RequestParam(required = false) @Nullable UUID article) {
        return suggestions.list(caller, status, article);
    }

    @PostMapping("/api/v1/knowledge/suggestions/{id}/accept")
    ArticleSuggestions.Accepted accept(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                                       @RequestBody(required = false) @Nullable Acceptance body) {
        return suggestions.accept(caller, id, body != null && Boolean.TRUE.equals(body.publish()));
    }

    @PostMapping("/api/v1/knowledge/suggestions/{id}/dismiss")
    ArticleSuggestion dismiss(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return suggestions.dismiss(caller, id);
    }
}
