package dev.frontline.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One article in one language. {@code body} is sanitized HTML. {@code translations} are the other languages'
 * articles of the same translation group. A translation names its {@code sourceArticleId} and is
 * {@code stale} while the source's content changed after the translation's own last content save.
 * {@code draftVersion} names a version waiting to replace this published one (an accepted suggestion); until an
 * author publishes it, readers and search get this article as it is.
 */
public record Article(UUID id, UUID translationGroupId, String language, String title, String body,
                      ArticleAudience audience, ArticleStatus status, @Nullable UUID categoryId, List<String> tags,
                      UUID ownerId, int version, Instant createdAt, Instant updatedAt,
                      List<Translation> translations, @Nullable UUID sourceArticleId, boolean stale,
                      @Nullable Integer draftVersion) {

    public record Translation(UUID id, String language, ArticleStatus status) {
    }
}
