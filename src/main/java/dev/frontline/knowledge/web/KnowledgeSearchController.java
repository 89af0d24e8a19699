package dev.frontline.knowledge.web;

import dev.frontline.knowledge.ArticleAudience;
import dev.frontline.knowledge.ArticleLanguage;
import dev.frontline.knowledge.KnowledgeCategories;
import dev.frontline.knowledge.KnowledgeCategory;
import dev.frontline.knowledge.KnowledgeSearch;
import dev.frontline.knowledge.SearchHit;
import dev.frontline.knowledge.SearchRequest;
import dev.frontline.knowledge.UnansweredSearch;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.web.RequiresRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class KnowledgeSearchController {

    private static final int MAX_QUERY = 1000;

    record SearchResults(List<SearchHit> items) {
    }

    /** {@code translations} by language tag (en, zh-Hans, zh-Hant, ko): a name and an optional description each. */
    record NewCategory(@NotBlank @Size(max = 200) String name, @Nullable UUID parentId, @Nullable String description,
                       @Nullable Map<String, KnowledgeCategory.Translation> translations) {
    }

    /** What is left out stays; {@code translations}, when given, replace all of them. */
    record CategoryChange(@Nullable @Size(min = 1, max = 200) String name, @Nullable String description,
                          @Nullable Map<String, KnowledgeCategory.Translation> translations) {
    }

    /** {@code parentId} null moves the category to the top of the tree. */
    record CategoryMove(@Nullable UUID parentId) {
    }

    private final KnowledgeSearch search;
    private final KnowledgeCategories categories;

    KnowledgeSearchController(KnowledgeSearch search, KnowledgeCategories categories) {
        this.search = search;
        this.categories = categories;
    }

    /** Long queries (a pasted customer message) are cut rather than refused: the start says enough. */
    @GetMapping("/api/v1/knowledge/search")
    SearchResults search(@AuthenticationPrincipal Caller caller, @RequestParam String q,
                         @RequestParam(required = false) @Nullable String language,
                         @RequestParam(required = false) @Nullable ArticleAudience audience,
                         @RequestParam(required = false) @Nullable UUID category,
                         @RequestParam(defaultValue = "10") int limit,
                         @RequestParam(defaultValue = "false") boolean typed) {
        String query = q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
        return new SearchResults(search.search(caller, new SearchRequest(query,
                language == null ? null : ArticleLanguage.of("language", language), audience, category, limit), typed));
    }

    @GetMapping("/api/v1/knowledge/analytics/unanswered")
    @RequiresRole(Role.SUPERVISOR)
    List<UnansweredSearch> unanswered(@AuthenticationPrincipal Caller caller, @RequestParam(defaultValue = "30") int days) {
        return search.unanswered(caller, days);
    }

    @GetMapping("/api/v1/knowledge/categories")
    List<KnowledgeCategory> categories(@AuthenticationPrincipal Caller caller) {
        return categories.list(caller);
    }

    @PostMapping("/api/v1/knowledge/categories")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresRole(Role.SUPERVISOR)
    KnowledgeCategory createCategory(@AuthenticationPrincipal Caller caller, @Valid @RequestBody NewCategory body) {
        return categories.create(caller, body.name(), body.parentId(), body.description(),
                body.translations() == null ? Map.of() : body.translations());
    }

    @GetMapping("/api/v1/knowledge/categories/counts")
    Map<UUID, Long> categoryCounts(@AuthenticationPrincipal Caller caller) {
        return categories.articleCounts(caller);
    }

    @PatchMapping("/api/v1/knowledge/categories/{id}")
    @RequiresRole(Role.SUPERVISOR)
    KnowledgeCategory changeCategory(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                                     @Valid @RequestBody CategoryChange body) {
        return categories.update(caller, id, body.name(), body.description(), body.translations());
    }

    @PostMapping("/api/v1/knowledge/categories/{id}/move")
    @RequiresRole(Role.SUPERVISOR)
    KnowledgeCategory moveCategory(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                                   @RequestBody CategoryMove body) {
        return categories.move(caller, id, body.parentId());
    }

    @DeleteMapping("/api/v1/knowledge/categories/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresRole(Role.SUPERVISOR)
    void deleteCategory(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        categories.delete(caller, id);
    }
}
