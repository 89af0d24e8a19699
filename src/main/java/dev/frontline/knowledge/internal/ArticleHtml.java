package dev.frontline.knowledge.internal;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Article bodies hold exactly what the article editor (frontend/src/features/knowledge/RichEditor.tsx) produces:
 * paragraphs, h2/h3, lists, bold/italic, https/mailto links, https images with alt text, info/warning callouts
 * ({@code <div class="callout callout-info">}), quotes, line breaks and code. Everything else (scripts, event
 * handlers, styles, frames, tables, other classes) is dropped on the way in, so every reader (agents, help center,
 * bots) gets HTML that is safe to render. Older markup with the same meaning is renamed to the editor's element
 * ({@code b} → {@code strong}, {@code i} → {@code em}, {@code h1} → {@code h2}, {@code h4–h6} → {@code h3}) rather
 * than lost; video links are plain links the help center turns into players.
 */
public final class ArticleHtml {

    private static final Pattern LINK = Pattern.compile("(?i)(?:https://|mailto:)\\S+");
    private static final Pattern HTTPS = Pattern.compile("(?i)https://\\S+");
    private static final Pattern CALLOUT = Pattern.compile("(?:callout )?callout-(?:info|warning)");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("h2", "h3", "p", "ul", "ol", "li", "strong", "em", "blockquote", "br", "code", "pre", "a",
                    "img", "div")
            .allowElements((name, attributes) -> "strong", "b")
            .allowElements((name, attributes) -> "em", "i")
            .allowElements((name, attributes) -> "h2", "h1")
            .allowElements((name, attributes) -> "h3", "h4", "h5", "h6")
            .allowUrlProtocols("https", "mailto")
            .allowAttributes("href").matching(LINK).onElements("a")
            .requireRelNofollowOnLinks()
            .allowAttributes("src").matching(HTTPS).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("class").matching(CALLOUT).onElements("div")
            .toFactory();

    private ArticleHtml() {
    }

    public static String sanitize(String html) {
        return POLICY.sanitize(html);
    }

    /** What the body says, for indexing and snippets. */
    public static String text(String html) {
        return Jsoup.parse(html).text();
    }
}
