package dev.frontline.knowledge;

import java.util.Set;

/**
 * An article's place in its life. Only published articles are searchable. An archived article comes back as
 * a draft; a published one is unpublished by going back to draft.
 */
public enum ArticleStatus {
    DRAFT, IN_REVIEW, PUBLISHED, ARCHIVED;

    public boolean canMoveTo(ArticleStatus next) {
        return next == this || switch (this) {
            case DRAFT -> Set.of(IN_REVIEW, PUBLISHED, ARCHIVED).contains(next);
            case IN_REVIEW -> Set.of(DRAFT, PUBLISHED, ARCHIVED).contains(next);
            case PUBLISHED -> Set.of(DRAFT, ARCHIVED).contains(next);
            case ARCHIVED -> next == DRAFT;
        };
    }
}
