package dev.frontline.shared;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** One page of a cursor-paginated listing; {@code nextCursor} is null on the last page. */
public record Page<T>(List<T> items, @Nullable String nextCursor) {

    /**
     * Builds a page from a query that fetched {@code limit + 1} rows: the extra row only proves that
     * another page exists.
     */
    public static <T> Page<T> fromOverfetch(List<T> rows, int limit, Function<T, Cursor> cursorOf) {
        if (rows.size() <= limit) {
            return new Page<>(rows, null);
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(List.copyOf(items), cursorOf.apply(items.getLast()).encode());
    }
}
