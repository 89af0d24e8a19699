package dev.frontline.knowledge.web;

import dev.frontline.knowledge.Article;
import dev.frontline.knowledge.ArticleAudience;
import dev.frontline.knowledge.ArticleContent;
import dev.frontline.knowledge.ArticleDiff;
import dev.frontline.knowledge.ArticleLanguage;
import dev.frontline.knowledge.ArticleStatus;
import dev.frontline.knowledge.ArticleVersion;
import dev.frontline.knowledge.KnowledgeArticles;
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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Articles. Writing needs an author: a supervisor, an admin or a subject-matter expert of the article's category
 * (the use cases check it, since it depends on the article).
 */
@RestController
class KnowledgeArticleController {

    static final int MAX_BODY = 200_000;

    record NewArticle(@NotBlank @Size(max = 300) String title, @NotNull @Size(max = MAX_BODY) String body,
                      @NotBlank String language, @NotNull ArticleAudience audience, @Nullable ArticleStatus status,
                      @Nullable UUID categoryId, @Nullable List<String> tags, @Nullable UUID translationOf) {
    }

    record Changes(@Nullable @Size(min = 1, max = 300) String title, @Nullable @Size(max = MAX_BODY) String body,
                   @Nullable ArticleAudience audience, @Nullable UUID categoryId, @Nullable List<String> tags) {
    }

    record StatusChange(@NotNull ArticleStatus status) {
    }

    private final KnowledgeArticles articles;

    KnowledgeArticleController(KnowledgeArticles articles) {
        this.articles = articles;
    }

    @PostMapping("/api/v1/knowledge/articles")
    @ResponseStatus(HttpStatus.CREATED)
    Article create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody NewArticle body) {
        return articles.create(caller,
                new ArticleContent(body.title(), body.body(), body.audience(), body.categoryId(),
                        body.tags() == null ? List.of() : body.tags()),
                ArticleLanguage.of("language", body.language()),
                body.status() == null ? ArticleStatus.DRAFT : body.status(), body.translationOf());
    }

    @GetMapping("/api/v1/knowledge/articles")
    List<Article> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) @Nullable ArticleStatus status,
                       @RequestParam(required = false) @Nullable String language) {
        return articles.list(caller, status, language == null ? null : ArticleLanguage.of("language", language));
    }

    @GetMapping("/api/v1/knowledge/articles/{id}")
    Article get(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return articles.get(caller, id);
    }

    @PatchMapping("/api/v1/knowledge/articles/{id}")
    Article update(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @Valid @RequestBody Changes body) {
        return articles.update(caller, id, body.title(), body.body(), body.audience(), body.categoryId(), body.tags());
    }

    @PostMapping("/api/v1/knowledge/articles/{id}/status")
    Article changeStatus(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                         @Valid @RequestBody StatusChange body) {
        return articles.changeStatus(caller, id, body.status());
    }

    @GetMapping("/api/v1/knowledge/articles/{id}/versions")
    List<ArticleVersion> versions(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return articles.versions(caller, id);
    }

    @GetMapping("/api/v1/knowledge/articles/{id}/diff")
    ArticleDiff diff(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @RequestParam int from,
                     @RequestParam(required = false) @Nullable Integer to) {
        return articles.diff(caller, id, from, to);
    }

    @PostMapping("/api/v1/knowledge/articles/{id}/draft/publish")
    Article publishDraft(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return articles.publishDraft(caller, id);
    }

    @DeleteMapping("/api/v1/knowledge/articles/{id}/draft")
    Article discardDraft(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return articles.discardDraft(caller, id);
    }

    @PostMapping("/api/v1/knowledge/articles/{id}/versions/{version}/restore")
    Article restore(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @PathVariable int version) {
        return articles.restore(caller, id, version);
    }
}
