package dev.frontline.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An article as one save left it. */
public record ArticleVersion(int version, String title, String body, ArticleAudience audience, ArticleStatus status,
                             @Nullable UUID categoryId, List<String> tags, UUID authorId, Instant createdAt) {
}
