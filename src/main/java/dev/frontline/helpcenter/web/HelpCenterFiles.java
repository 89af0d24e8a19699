package dev.frontline.helpcenter.web;

import dev.frontline.helpcenter.HelpCenters;
import dev.frontline.helpcenter.PublishedHelpCenter;
import dev.frontline.knowledge.ArticleLanguage;
import dev.frontline.knowledge.KnowledgeCategory;
import dev.frontline.knowledge.PublicArticles;
import dev.frontline.knowledge.PublicArticles.Summary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * What search engines and browsers fetch besides pages: each help center's {@code sitemap.xml} (every public
 * article in every language, linked to its translations, and each language's home and category pages), the
 * installation's {@code robots.txt} (the API and the workspace UI are not for crawlers; each enabled help
 * center's sitemap is named) and the pages' style sheet. {@code _assets} is no slug (slugs have no underscore).
 */
@RestController
class HelpCenterFiles {

    static final String STYLE_SHEET = "/help/_assets/help-center.css";

    private static final MediaType XML = new MediaType("application", "xml", StandardCharsets.UTF_8);
    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    private static final MediaType CSS = new MediaType("text", "css", StandardCharsets.UTF_8);

    private final HelpCenters helpCenters;
    private final PublicArticles articles;
    private final byte[] styleSheet;

    HelpCenterFiles(HelpCenters helpCenters, PublicArticles articles) {
        this.helpCenters = helpCenters;
        this.articles = articles;
        try {
            this.styleSheet = new ClassPathResource("helpcenter/help-center.css").getContentAsByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/help/{slug}/sitemap.xml")
    ResponseEntity<String> sitemap(@PathVariable String slug) {
        PublishedHelpCenter center = helpCenters.published(slug).filter(found -> found.settings().slug().equals(slug))
                .orElseThrow(HelpCenterPages.PageNotFound::new);
        String base = "/help/" + center.settings().slug() + "/";
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
                """);
        List<Summary> all = articles.list(center.workspaceId(), null);
        List<KnowledgeCategory> categories = articles.categories(center.workspaceId());
        for (ArticleLanguage language : ArticleLanguage.values()) {
            url(xml, base + language.tag(), null, Map.of());
            for (KnowledgeCategory category : categories) {
                url(xml, base + language.tag() + "/categories/" + category.id(), null, Map.of());
            }
        }
        Map<UUID, List<Summary>> groups = all.stream().collect(Collectors.groupingBy(Summary::translationGroupId));
        for (Summary article : all) {
            Map<String, String> alternates = groups.get(article.translationGroupId()).stream().collect(Collectors.toMap(
                    Summary::language, translation -> base + translation.language() + "/articles/" + translation.id()));
            url(xml, base + article.language() + "/articles/" + article.id(),
                    DateTimeFormatter.ISO_LOCAL_DATE.format(article.updatedAt().atZone(ZoneOffset.UTC)),
                    alternates.size() > 1 ? alternates : Map.of());
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(XML).cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(xml.toString());
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        StringBuilder robots = new StringBuilder("User-agent: *\nAllow: /help/\nDisallow: /\n");
        helpCenters.enabledSlugs().forEach(slug ->
                robots.append("Sitemap: ").append(HelpCenterPages.absolute("/help/" + slug + "/sitemap.xml")).append('\n'));
        return ResponseEntity.ok().contentType(TEXT).cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(robots.toString());
    }

    @GetMapping(STYLE_SHEET)
    ResponseEntity<byte[]> styleSheet() {
        return ResponseEntity.ok().contentType(CSS).cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .body(styleSheet);
    }

    private static void url(StringBuilder xml, String path, @Nullable String lastModified, Map<String, String> alternates) {
        xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(HelpCenterPages.absolute(path))).append("</loc>");
        if (lastModified != null) {
            xml.append("<lastmod>").append(lastModified).append("</lastmod>");
        }
        alternates.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(alternate -> xml
                .append("<xhtml:link rel=\"alternate\" hreflang=\"").append(alternate.getKey()).append("\" href=\"")
                .append(HtmlUtils.htmlEscape(HelpCenterPages.absolute(alternate.getValue()))).append("\"/>"));
        xml.append("</url>\n");
    }
}
