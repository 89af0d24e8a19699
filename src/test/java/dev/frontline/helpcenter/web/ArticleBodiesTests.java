package dev.frontline.helpcenter.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleBodiesTests {

    @Test
    void youtubeAndVimeoLinksGetTheirPlayerBelowTheParagraph() {
        String html = ArticleBodies.render("<p>See <a href=\"https://youtu.be/dQw4w9WgXcQ?t=3\">the video</a>.</p>"
                + "<p><a href=\"https://vimeo.com/76979871\">Vimeo</a></p>", "Video");

        assertThat(html).containsSubsequence("<p>See <a href=\"https://youtu.be/dQw4w9WgXcQ?t=3\">the video</a>.</p>",
                        "<div class=\"video\">", "<iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\" title=\"Video\"",
                        "<p><a href=\"https://vimeo.com/76979871\">Vimeo</a></p>")
                .contains("<iframe src=\"https://player.vimeo.com/video/76979871\"");
    }

    @Test
    void thePlayerIsBuiltFromTheVideoIdAloneNeverFromTheLink() {
        assertThat(ArticleBodies.player("https://www.youtube.com/watch?list=x&v=dQw4w9WgXcQ&t=1"))
                .contains("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ");
        assertThat(ArticleBodies.player("https://www.youtube.com/watch?v=dQw4w9WgXcQ\"><script>")).isEmpty();
        assertThat(ArticleBodies.player("https://evil.example/watch?v=dQw4w9WgXcQ")).isEmpty();
        assertThat(ArticleBodies.player("https://vimeo.com.evil.example/123")).isEmpty();
    }

    @Test
    void imagesLoadLazilyAndOtherLinksStayLinks() {
        String html = ArticleBodies.render("<p><img src=\"https://cdn.example.com/a.png\" alt=\"A\"> "
                + "<a href=\"https://example.com/watch?v=dQw4w9WgXcQ\">x</a></p>", "Video");

        assertThat(html).contains("loading=\"lazy\"").doesNotContain("iframe");
    }
}
