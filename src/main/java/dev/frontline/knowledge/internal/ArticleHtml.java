package dev.frontline.knowledge.internal;

import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Article bodies as authors may write them: text formatting, headings, lists, tables, links, images and
 * callouts ({@code <div class="callout-info">}). Everything else (scripts, event handlers, styles, frames) is
 * dropped on the way in, so every reader (agents, help center, bots) gets HTML that is safe to render.
 */
public final class ArticleHtml {

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.IMAGES).and(Sanitizers.TABLES)
            .and(new HtmlPolicyBuilder()
                    .allowElements("div", "pre", "code", "hr", "figure", "figcaption")
                    .allowAttributes("class").matching(Pattern.compile("callout-(info|warning|tip)")).onElements("div")
                    .toFactory());

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
