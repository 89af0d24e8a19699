package dev.frontline.conversations.internal;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;

/**
 * Message bodies as stored: HTML is sanitized on the way in (scripts, event handlers and
 * javascript: links removed), and every message has a plain-text form for search and previews.
 */
final class MessageBodies {

    private static final Safelist SAFE = Safelist.relaxed().addProtocols("a", "href", "mailto", "tel");

    record Body(@Nullable String text, @Nullable String html) {
    }

    private MessageBodies() {
    }

    static Body of(@Nullable String text, @Nullable String html) {
        String safeHtml = html == null || html.isBlank() ? null : Jsoup.clean(html, SAFE);
        String plain = text != null && !text.isBlank() ? text : safeHtml == null ? null : Jsoup.parse(safeHtml).wholeText().strip();
        return new Body(plain, safeHtml);
    }
}
