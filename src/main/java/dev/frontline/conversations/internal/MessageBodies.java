package dev.frontline.conversations.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import org.jspecify.annotations.Nullable;

/**
 * Message bodies as stored: HTML is sanitized on the way in (scripts, event handlers and
 * javascript: links removed), and every message has a plain-text form for search and previews.
 */
public final class MessageBodies {

    private static final int PREVIEW_LENGTH = 160;

    private static final Safelist SAFE = Safelist.relaxed().addProtocols("a", "href", "mailto", "tel");

    /** Relative links are resolved against this host so the cleaner can check them; only links to our attachments stay. */
    private static final String BASE = "https://frontline.invalid";
    private static final String ATTACHMENTS = "/api/v1/attachments/";

    record Body(@Nullable String text, @Nullable String html) {
    }

    private MessageBodies() {
    }

    static Body of(@Nullable String text, @Nullable String html) {
        String safeHtml = html == null || html.isBlank() ? null : clean(html);
        String plain = text != null && !text.isBlank() ? text : safeHtml == null ? null : Jsoup.parse(safeHtml).wholeText().strip();
        return new Body(plain, safeHtml);
    }

    /**
     * Sanitized HTML. Links and images pointing to this app's attachment downloads (an email's inline
     * images) are kept relative; any other relative link is removed.
     */
    private static String clean(String html) {
        Document clean = new Cleaner(SAFE).clean(Jsoup.parseBodyFragment(html, BASE + "/"));
        for (Element element : clean.select("[src], [href]")) {
            String key = element.hasAttr("src") ? "src" : "href";
            String value = element.attr(key);
            if (value.startsWith(BASE + ATTACHMENTS)) {
                element.attr(key, value.substring(BASE.length()));
            } else if (value.startsWith(BASE)) {
                element.removeAttr(key);
            }
        }
        return clean.body().html();
    }

    /** The first 160 characters of a message's text on one line, as the inbox list shows it; null without text. */
    public static @Nullable String preview(@Nullable String text, @Nullable String html) {
        String plain = text != null && !text.isBlank() ? text
                : html == null || html.isBlank() ? null : Jsoup.parse(html).text();
        if (plain == null) {
            return null;
        }
        String line = plain.strip().replaceAll("\\s+", " ");
        if (line.isEmpty()) {
            return null;
        }
        return line.codePointCount(0, line.length()) <= PREVIEW_LENGTH ? line
                : line.substring(0, line.offsetByCodePoints(0, PREVIEW_LENGTH - 1)) + "…";
    }
}
