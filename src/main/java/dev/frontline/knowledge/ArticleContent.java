package dev.frontline.knowledge;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What an author writes; {@code body} is HTML that is sanitized before it is stored. */
public record ArticleContent(String title, String body, ArticleAudience audience, @Nullable UUID categoryId,
                             List<String> tags) {
}
