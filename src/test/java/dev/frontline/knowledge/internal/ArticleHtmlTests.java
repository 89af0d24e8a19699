package dev.frontline.knowledge.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleHtmlTests {

    @Test
    void calloutsLinksAndImagesStayButScriptsAndHandlersGo() {
        String clean = ArticleHtml.sanitize("<div class=\"callout-warning\">Careful</div><div class=\"evil\">x</div>"
                + "<script>alert(1)</script><p onclick=\"steal()\">Text <a href=\"https://example.com/video\">video</a>"
                + "<a href=\"javascript:alert(1)\">bad</a><img src=\"https://example.com/a.png\" onerror=\"x()\"></p>");

        assertThat(clean).contains("<div class=\"callout-warning\">Careful</div>", "<a href=\"https://example.com/video\"",
                "<img src=\"https://example.com/a.png\"").doesNotContain("script", "onclick", "javascript", "onerror", "evil");
    }

    @Test
    void textIsWhatTheBodySays() {
        assertThat(ArticleHtml.text("<h2>Reset</h2><p>Open <b>Settings</b>.</p>")).isEqualTo("Reset Open Settings.");
    }
}
