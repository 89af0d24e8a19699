package dev.frontline.shared;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Makes text from outside (a customer, an email, an API client) storable in every database we support.
 * PostgreSQL refuses the NUL character in text and in jsonb (an insert with it fails, so a channel that
 * retries would retry forever) and its driver turns a lone UTF-16 surrogate into {@code ?}; H2 keeps both.
 * So NUL is removed and a lone surrogate becomes U+FFFD, the replacement character, on every database alike.
 * Everything else, other control characters included, is kept as it came.
 */
public final class StorableText {

    private static final char NUL = '\0';
    private static final char REPLACEMENT = '\uFFFD';

    private StorableText() {
    }

    public static @Nullable String of(@Nullable String text) {
        if (text == null || isStorable(text)) {
            return text;
        }
        StringBuilder storable = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == NUL) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                storable.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                storable.append(REPLACEMENT);
            } else {
                storable.append(c);
            }
        }
        return storable.toString();
    }

    /** {@link #of(String)} for a value that cannot be null. */
    public static String required(String text) {
        String storable = of(text);
        return storable == null ? "" : storable;
    }

    /**
     * Every string in a JSON-like value (maps, lists, strings; keys included) made storable; other values
     * are kept. For channel metadata, which is stored as JSON.
     */
    public static @Nullable Object deep(@Nullable Object value) {
        return switch (value) {
            case String text -> of(text);
            case Map<?, ?> map -> {
                Map<String, @Nullable Object> storable = new LinkedHashMap<>();
                map.forEach((key, entry) -> storable.put(of(String.valueOf(key)), deep(entry)));
                yield storable;
            }
            case List<?> list -> {
                List<@Nullable Object> storable = new ArrayList<>(list.size());
                list.forEach(entry -> storable.add(deep(entry)));
                yield storable;
            }
            case null, default -> value;
        };
    }

    static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == NUL) {
                return false;
            }
            if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= text.length()
                        || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            }
        }
        return true;
    }
}
