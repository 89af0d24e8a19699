package dev.frontline.knowledge;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An agent's proposal for an article: an edit (a new title and/or body, sanitized HTML) or a flag that the
 * article is outdated, with the agent's reasons in {@code comment}. {@code baseVersion} is the version the agent
 * read; {@code appliedVersion} the version an accepted suggestion became.
 */
public record ArticleSuggestion(UUID id, UUID articleId, String articleTitle, Kind kind, String comment,
                                @Nullable String proposedTitle, @Nullable String proposedBody, int baseVersion,
                                Status status, UUID suggestedBy, Instant createdAt, @Nullable UUID resolvedBy,
                                @Nullable Instant resolvedAt, @Nullable Integer appliedVersion) {

    public enum Kind {
        EDIT, OUTDATED
    }

    /** Open until an author accepts or dismisses it; either is final. */
    public enum Status {
        OPEN, ACCEPTED, DISMISSED
    }
}
