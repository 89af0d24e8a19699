package dev.frontline.knowledge;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A search among published articles; null filters do not filter. {@code category} includes its descendants. */
public record SearchRequest(String query, @Nullable ArticleLanguage language, @Nullable ArticleAudience audience,
                            @Nullable UUID category, int limit) {
}
