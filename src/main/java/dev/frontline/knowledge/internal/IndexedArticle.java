package dev.frontline.knowledge.internal;

import dev.frontline.knowledge.ArticleAudience;
import dev.frontline.knowledge.ArticleLanguage;
import java.util.List;
import java.util.UUID;

/** A published article as the search index holds it; {@code categories} is its category and all ancestors. */
public record IndexedArticle(UUID id, UUID workspaceId, ArticleLanguage language, ArticleAudience audience,
                             List<UUID> categories, String title, String bodyText, List<String> tags) {
}
