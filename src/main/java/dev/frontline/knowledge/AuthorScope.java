package dev.frontline.knowledge;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The articles someone may author: all of them ({@code everything}), or those filed under {@code categories}
 * (already expanded to every sub-category of a granted one). Articles without a category need {@code everything}.
 */
public record AuthorScope(boolean everything, Set<UUID> categories) {

    public static final AuthorScope EVERYTHING = new AuthorScope(true, Set.of());
    public static final AuthorScope NOTHING = new AuthorScope(false, Set.of());

    public AuthorScope {
        categories = Set.copyOf(categories);
    }

    static AuthorScope of(Collection<UUID> categories) {
        return categories.isEmpty() ? NOTHING : new AuthorScope(false, Set.copyOf(categories));
    }

    public boolean any() {
        return everything || !categories.isEmpty();
    }

    public boolean covers(@Nullable UUID categoryId) {
        return everything || categoryId != null && categories.contains(categoryId);
    }
}
