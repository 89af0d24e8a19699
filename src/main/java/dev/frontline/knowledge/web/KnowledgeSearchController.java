package dev.frontline.knowledge.web;

import dev.frontline.knowledge.ArticleAudience;
import dev.frontline.knowledge.ArticleLanguage;
import dev.frontline.knowledge.KnowledgeCategories;
import dev.frontline.knowledge.KnowledgeCategory;
import dev.frontline.knowledge.KnowledgeSearch;
import dev.frontline.knowledge.SearchHit;
import dev.frontline.knowledge.SearchRequest;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.web.RequiresRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
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

    record NewCategory(@NotBlank @Size(max = 200) String name, @Nullable UUID parentId) {
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
                         @RequestParam(defaultValue = "10") int limit) {
        String query = q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
        return new SearchResults(search.search(caller, new SearchRequest(query,
                language == null ? null : ArticleLanguage.of("language", language), audience, category, limit)));
    }

    @GetMapping("/api/v1/knowledge/categories")
    List<KnowledgeCategory> categories(@AuthenticationPrincipal Caller caller) {
        return categories.list(caller);
    }

    @PostMapping("/api/v1/knowledge/categories")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresRole(Role.SUPERVISOR)
    KnowledgeCategory createCategory(@AuthenticationPrincipal Caller caller, @Valid @RequestBody NewCategory body) {
        return categories.create(caller, body.name(), body.parentId());
    }
}
