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
    void everythingTheEditorProducesSurvivesUnchanged() {
        String editorHtml = "<h2>Refunds</h2><h3>Window</h3><p><strong>Bold</strong> and <em>italic</em><br />next</p>"
                + "<ul><li><p>one</p></li></ul><ol><li><p>two</p></li></ol>"
                + "<p><a href=\"https://example.com/policy\" rel=\"nofollow\">policy</a> "
                + "<a href=\"mailto:help&#64;example.com\" rel=\"nofollow\">mail</a> "
                + "<a href=\"https://www.youtube.com/watch?v&#61;dQw4w9WgXcQ\" rel=\"nofollow\">https://www.youtube.com/watch?v&#61;dQw4w9WgXcQ</a></p>"
                + "<img src=\"https://cdn.example.com/steps.png\" alt=\"Steps\" />"
                + "<div class=\"callout callout-info\"><p>Note</p></div><div class=\"callout callout-warning\"><p>Careful</p></div>"
                + "<blockquote><p>Quote</p></blockquote><pre><code>curl -X POST</code></pre><p><code>id</code></p>";

        assertThat(ArticleHtml.sanitize(editorHtml)).isEqualTo(editorHtml);
    }

    @Test
    void onlyHttpsAndMailtoLinksAndHttpsImagesStay() {
        String clean = ArticleHtml.sanitize("<p><a href=\"http://example.com/plain\">plain</a><a href=\"/relative\">rel</a>"
                + "<a href=\"data:text/html,x\">data</a><img src=\"http://example.com/a.png\" alt=\"a\">"
                + "<img src=\"mailto:x@example.com\"><img src=\"data:image/png;base64,AAAA\"><img src=\"//cdn.example.com/b.png\"></p>");

        assertThat(clean).doesNotContain("href", "src").contains("plain", "rel", "data");
    }

    @Test
    void markupTheEditorCannotProduceIsStrippedButItsTextKept() {
        String clean = ArticleHtml.sanitize("<h1>Title</h1><h4>Small</h4><p><b>bold</b> <i>it</i> <u>under</u> <s>gone</s>"
                + " <span style=\"color:red\">red</span></p><table><tr><td>cell</td></tr></table><hr>"
                + "<div class=\"callout-tip\">Tip</div><div class=\"callout callout-info evil\">x</div>"
                + "<iframe src=\"https://www.youtube.com/embed/x\"></iframe><p class=\"lead\" id=\"p1\">para</p>"
                + "<pre class=\"language-js\"><code class=\"language-js\">code</code></pre><style>p{}</style>");

        assertThat(clean).isEqualTo("<h2>Title</h2><h3>Small</h3><p><strong>bold</strong> <em>it</em> under gone red</p>"
                + "cell<div>Tip</div><div>x</div><p>para</p><pre><code>code</code></pre>");
    }

    @Test
    void textIsWhatTheBodySays() {
        assertThat(ArticleHtml.text("<h2>Reset</h2><p>Open <b>Settings</b>.</p>")).isEqualTo("Reset Open Settings.");
    }
}
