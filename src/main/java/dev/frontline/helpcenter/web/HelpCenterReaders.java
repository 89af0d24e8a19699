package dev.frontline.helpcenter.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * Which article page requests are a person reading, so that article analytics count readers and not machines:
 * not a crawler, link previewer, monitor or HTTP library (by User-Agent, the patterns in
 * {@code helpcenter/crawler-user-agents.txt}; no User-Agent at all is no browser either), and not a browser
 * fetching the page ahead in case it is opened ({@code Sec-Purpose: prefetch}, also for prerendering, and the older
 * {@code Purpose: prefetch} / {@code X-Moz: prefetch}). A prefetched page that is then opened is not fetched again,
 * so such a view goes uncounted; counting every prefetched link of a result list would be worse.
 * <p>
 * The list is ours, not a library's: the Java ports of CrawlerDetect are not served by Maven Central, and a full
 * User-Agent analyser (Yauaa) costs seconds of start-up and much memory for one yes-or-no question.
 */
final class HelpCenterReaders {

    private static final Pattern CRAWLERS = load("helpcenter/crawler-user-agents.txt");

    private HelpCenterReaders() {
    }

    static boolean isReader(HttpServletRequest request) {
        return !isCrawler(request.getHeader("User-Agent")) && !isPrefetch(request);
    }

    static boolean isCrawler(@Nullable String userAgent) {
        return userAgent == null || userAgent.isBlank() || CRAWLERS.matcher(userAgent).find();
    }

    private static boolean isPrefetch(HttpServletRequest request) {
        return mentionsPrefetch(request.getHeader("Sec-Purpose")) || mentionsPrefetch(request.getHeader("Purpose"))
                || mentionsPrefetch(request.getHeader("X-Moz"));
    }

    private static boolean mentionsPrefetch(@Nullable String header) {
        return header != null && header.toLowerCase(Locale.ROOT).contains("prefetch");
    }

    private static Pattern load(String resource) {
        try {
            String patterns = new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> "(?:" + line + ")").collect(Collectors.joining("|"));
            return Pattern.compile(patterns, Pattern.CASE_INSENSITIVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
