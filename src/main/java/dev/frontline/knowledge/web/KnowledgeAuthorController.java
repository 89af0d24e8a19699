package dev.frontline.knowledge.web;

import dev.frontline.knowledge.AuthorScope;
import dev.frontline.knowledge.KnowledgeAuthors;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.web.RequiresRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Subject-matter experts: supervisors and admins grant agents authorship; everyone may ask what they author. */
@RestController
class KnowledgeAuthorController {

    record GrantRequest(@NotNull Boolean wholeBase, @Nullable @Size(max = 100) List<@NotNull UUID> categoryIds) {
    }

    private final KnowledgeAuthors authors;

    KnowledgeAuthorController(KnowledgeAuthors authors) {
        this.authors = authors;
    }

    @GetMapping("/api/v1/knowledge/authors")
    @RequiresRole(Role.SUPERVISOR)
    List<KnowledgeAuthors.Grant> list(@AuthenticationPrincipal Caller caller) {
        return authors.list(caller);
    }

    @PutMapping("/api/v1/knowledge/authors/{userId}")
    @RequiresRole(Role.SUPERVISOR)
    KnowledgeAuthors.Grant grant(@AuthenticationPrincipal Caller caller, @PathVariable UUID userId,
                                 @Valid @RequestBody GrantRequest body) {
        return authors.grant(caller, userId, body.wholeBase(), body.categoryIds() == null ? List.of() : body.categoryIds());
    }

    @DeleteMapping("/api/v1/knowledge/authors/{userId}")
    @RequiresRole(Role.SUPERVISOR)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal Caller caller, @PathVariable UUID userId) {
        authors.revoke(caller, userId);
    }

    /** What the caller may author, so the UI shows authoring actions only where they work. */
    @GetMapping("/api/v1/knowledge/authors/me")
    AuthorScope mine(@AuthenticationPrincipal Caller caller) {
        return authors.scopeOf(caller);
    }
}
