package dev.frontline.channels.chat;

import dev.frontline.shared.WorkspaceId;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A CHAT inbox as the public widget sees it. Settings: {@code allowedOrigins} (list of
 * {@code https://host[:port]}; empty or absent allows every site), {@code preChatForm} (boolean: ask for
 * name and email before the first message), {@code widgetName} and {@code widgetColor} (header and colour),
 * {@code greeting} (text shown above the conversation).
 */
record ChatInbox(WorkspaceId workspace, UUID id, String name, Map<String, Object> settings) {

    List<String> allowedOrigins() {
        return settings.get("allowedOrigins") instanceof List<?> list
                ? list.stream().map(String::valueOf).map(ChatInbox::normalize).toList()
                : List.of();
    }

    /** True if a page from this origin may open the widget (the browser's Origin header). */
    boolean allows(@Nullable String origin) {
        List<String> allowed = allowedOrigins();
        if (allowed.isEmpty() || allowed.contains("*")) {
            return true;
        }
        return origin != null && allowed.contains(normalize(origin));
    }

    /** Like {@link #allows(String)}, and always the app's own pages (the hosted chat page). */
    boolean allows(@Nullable String origin, String appOrigin) {
        return origin != null && normalize(origin).equals(normalize(appOrigin)) || allows(origin);
    }

    boolean preChatForm() {
        return Boolean.TRUE.equals(settings.get("preChatForm"));
    }

    /** The widget's header: {@code widgetName}, else the inbox's name. */
    String title() {
        return settings.get("widgetName") instanceof String title && !title.isBlank() ? title : name;
    }

    /** The widget's colour ({@code widgetColor}, {@code #rrggbb}), if set. */
    @Nullable String color() {
        return settings.get("widgetColor") instanceof String color && color.matches("#[0-9a-fA-F]{6}") ? color : null;
    }

    @Nullable String greeting() {
        return settings.get("greeting") instanceof String greeting ? greeting : null;
    }

    private static String normalize(String origin) {
        String trimmed = origin.strip().toLowerCase(Locale.ROOT);
        if (trimmed.equals("*")) {
            return trimmed;
        }
        try {
            URI uri = URI.create(trimmed);
            if (uri.getScheme() != null && uri.getHost() != null) {
                int port = uri.getPort();
                boolean defaultPort = port == -1 || (uri.getScheme().equals("https") && port == 443)
                        || (uri.getScheme().equals("http") && port == 80);
                return uri.getScheme() + "://" + uri.getHost() + (defaultPort ? "" : ":" + port);
            }
        } catch (IllegalArgumentException notAUri) {
            // compared as written
        }
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
