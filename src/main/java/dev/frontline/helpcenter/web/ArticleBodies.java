package dev.frontline.helpcenter.web;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article's stored (already sanitized) body as the help center shows it: a link to a YouTube or Vimeo video
 * gets the video's player below it, built here from the video's id alone (never from the author's HTML), from
 * the only frame sources the help center's CSP allows; images load lazily.
 */
final class ArticleBodies {

    static final String FRAME_SOURCES = "https://www.youtube-nocookie.com https://player.vimeo.com";

    private record VideoSite(Pattern link, String player) {
    }

    private static final List<VideoSite> SITES = List.of(
            new VideoSite(Pattern.compile("https?://(?:www\\.|m\\.)?youtube\\.com/watch\\?(?:[^#]*&)?v=([A-Za-z0-9_-]{11})(?:[&#].*)?"),
                    "https://www.youtube-nocookie.com/embed/"),
            new VideoSite(Pattern.compile("https?://(?:www\\.)?youtube\\.com/(?:embed|shorts)/([A-Za-z0-9_-]{11})(?:[?#].*)?"),
                    "https://www.youtube-nocookie.com/embed/"),
            new VideoSite(Pattern.compile("https?://youtu\\.be/([A-Za-z0-9_-]{11})(?:[?#].*)?"),
                    "https://www.youtube-nocookie.com/embed/"),
            new VideoSite(Pattern.compile("https?://(?:www\\.)?vimeo\\.com/(\\d{1,12})(?:[?#/].*)?"),
                    "https://player.vimeo.com/video/"));

    private ArticleBodies() {
    }

    static String render(String sanitizedBody, String videoTitle) {
        Document document = Jsoup.parseBodyFragment(sanitizedBody);
        for (Element link : document.body().select("a[href]")) {
            player(link.attr("href")).ifPresent(source -> {
                Element block = link.parents().stream().filter(Element::isBlock)
                        .filter(parent -> parent != document.body()).findFirst().orElse(link);
                Element video = new Element("div").addClass("video");
                video.appendElement("iframe").attr("src", source).attr("title", videoTitle).attr("loading", "lazy")
                        .attr("allowfullscreen", true)
                        .attr("sandbox", "allow-scripts allow-same-origin allow-presentation allow-popups")
                        .attr("referrerpolicy", "strict-origin-when-cross-origin");
                block.after(video);
            });
        }
        document.body().select("img").attr("loading", "lazy");
        return document.body().html();
    }

    static Optional<String> player(String href) {
        for (VideoSite site : SITES) {
            Matcher matcher = site.link().matcher(href.strip());
            if (matcher.matches()) {
                return Optional.of(site.player() + matcher.group(1));
            }
        }
        return Optional.empty();
    }
}
