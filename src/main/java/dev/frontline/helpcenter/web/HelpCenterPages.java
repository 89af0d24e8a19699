package dev.frontline.helpcenter.web;

import dev.frontline.helpcenter.HelpCenters;
import dev.frontline.helpcenter.PublishedHelpCenter;
import dev.frontline.helpcenter.internal.ContactRequests;
import dev.frontline.helpcenter.internal.VisitorFeedback;
import dev.frontline.helpcenter.web.Views.Alternate;
import dev.frontline.helpcenter.web.Views.Brand;
import dev.frontline.helpcenter.web.Views.CategoryCard;
import dev.frontline.helpcenter.web.Views.ContactForm;
import dev.frontline.helpcenter.web.Views.Hit;
import dev.frontline.helpcenter.web.Views.Link;
import dev.frontline.helpcenter.web.Views.Topic;
import dev.frontline.knowledge.ArticleActivity;
import dev.frontline.knowledge.ArticleLanguage;
import dev.frontline.knowledge.KnowledgeCategory;
import dev.frontline.knowledge.PublicArticles;
import dev.frontline.knowledge.PublicArticles.PublicArticle;
import dev.frontline.knowledge.PublicArticles.Summary;
import dev.frontline.shared.Digests;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public help center, rendered on the server (readable without JavaScript):
 * {@code /help/<slug>/<language>} (home), {@code …/categories/<id>}, {@code …/articles/<id>}, {@code …/search?q=},
 * {@code …/contact}. Only an enabled help center's published, public articles are shown; anything else is the
 * 404 page. Answers are cacheable for a minute by browsers and proxies.
 */
@Controller
class HelpCenterPages {

    static final Map<ArticleLanguage, String> LANGUAGE_NAMES = Map.of(ArticleLanguage.EN, "English",
            ArticleLanguage.ZH_HANS, "简体中文", ArticleLanguage.ZH_HANT, "繁體中文", ArticleLanguage.KO, "한국어");
    private static final CacheControl PUBLIC_MINUTE = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic();
    private static final int CARD_ARTICLES = 5;
    private static final int SEARCH_RESULTS = 20;
    private static final int MAX_QUERY = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** Answered with the 404 page. */
    static final class PageNotFound extends RuntimeException {
        PageNotFound() {
            super(null, null, false, false);
        }
    }

    private final HelpCenters helpCenters;
    private final PublicArticles articles;
    private final VisitorFeedback feedback;
    private final ContactRequests contacts;
    private final ArticleActivity activity;

    HelpCenterPages(HelpCenters helpCenters, PublicArticles articles, VisitorFeedback feedback, ContactRequests contacts,
                    ArticleActivity activity) {
        this.helpCenters = helpCenters;
        this.articles = articles;
        this.feedback = feedback;
        this.contacts = contacts;
        this.activity = activity;
    }

    @GetMapping({"/help/{slug}", "/help/{slug}/"})
    String start(@PathVariable String slug) {
        PublishedHelpCenter center = center(slug);
        return "redirect:/help/" + center.settings().slug() + "/" + center.defaultLanguage();
    }

    @GetMapping({"/help/{slug}/{lang}", "/help/{slug}/{lang}/"})
    String home(@PathVariable String slug, @PathVariable String lang, Model model, HttpServletResponse response) {
        Page page = page(slug, lang, model, response);
        List<Summary> all = articles.list(page.center.workspaceId(), page.language);
        Tree tree = new Tree(articles.categories(page.center.workspaceId()), all);
        model.addAttribute("categories", tree.children(null).stream()
                .map(category -> card(page, tree, category)).filter(card -> card.count() > 0).toList());
        model.addAttribute("uncategorised", tree.direct(null).stream().map(summary -> link(page, summary)).toList());
        return page.render(model, page.texts.get("nav.home") + " – " + page.center.displayName(),
                page.texts.format("home.description", page.center.displayName()), "", allLanguages(page, ""));
    }

    @GetMapping("/help/{slug}/{lang}/categories/{id}")
    String category(@PathVariable String slug, @PathVariable String lang, @PathVariable String id, Model model,
                    HttpServletResponse response) {
        Page page = page(slug, lang, model, response);
        Tree tree = new Tree(articles.categories(page.center.workspaceId()), articles.list(page.center.workspaceId(), page.language));
        KnowledgeCategory category = Optional.ofNullable(tree.byId.get(uuid(id))).orElseThrow(PageNotFound::new);
        String name = category.nameIn(page.language);
        model.addAttribute("categoryName", name);
        model.addAttribute("categoryDescription", category.descriptionIn(page.language));
        model.addAttribute("trail", tree.ancestors(category).stream().map(ancestor -> categoryLink(page, ancestor)).toList());
        model.addAttribute("subcategories", tree.children(category.id()).stream().map(child -> card(page, tree, child))
                .filter(card -> card.count() > 0).toList());
        model.addAttribute("articles", tree.direct(category.id()).stream().map(summary -> link(page, summary)).toList());
        String path = "/categories/" + category.id();
        String description = category.descriptionIn(page.language);
        return page.render(model, name + " – " + page.center.displayName(),
                description != null ? description : page.texts.format("home.description", page.center.displayName()), path,
                allLanguages(page, path));
    }

    @GetMapping("/help/{slug}/{lang}/articles/{id}")
    String article(@PathVariable String slug, @PathVariable String lang, @PathVariable String id,
                   @RequestParam(required = false) @Nullable String feedback, Model model, HttpServletRequest request,
                   HttpServletResponse response) {
        Page page = page(slug, lang, model, response);
        PublicArticle article = publicArticle(page, id);
        if (HelpCenterReaders.isReader(request)) {
            activity.viewedInHelpCenter(page.center.workspaceId(), article.id());
        }
        Tree tree = new Tree(articles.categories(page.center.workspaceId()), List.of());
        KnowledgeCategory category = article.categoryId() == null ? null : tree.byId.get(article.categoryId());
        List<Link> trail = new ArrayList<>();
        if (category != null) {
            tree.ancestors(category).forEach(ancestor -> trail.add(categoryLink(page, ancestor)));
            trail.add(categoryLink(page, category));
        }
        model.addAttribute("trail", trail);
        model.addAttribute("article", article);
        model.addAttribute("body", ArticleBodies.render(article.bodyHtml(), page.texts.get("article.video")));
        model.addAttribute("updated", page.texts.format("article.updated", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(page.texts.locale()).format(article.updatedAt().atZone(ZoneOffset.UTC))));
        model.addAttribute("feedback", "thanks".equals(feedback) || "limited".equals(feedback) ? feedback : null);
        page.brand = page.brand(page.contactHref(null, article.id()));
        List<Alternate> alternates = Arrays.stream(ArticleLanguage.values()).map(language -> {
            UUID translation = article.translations().get(language.tag());
            boolean current = language == page.language;
            String href = current ? page.path("/articles/" + article.id())
                    : translation != null ? page.pathIn(language, "/articles/" + translation) : page.pathIn(language, "");
            return new Alternate(language.tag(), LANGUAGE_NAMES.get(language), href, current, current || translation != null);
        }).toList();
        return page.render(model, article.title() + " – " + page.center.displayName(), description(article.bodyHtml()),
                "/articles/" + article.id(), alternates);
    }

    @PostMapping("/help/{slug}/{lang}/articles/{id}/feedback")
    String feedback(@PathVariable String slug, @PathVariable String lang, @PathVariable String id,
                    @RequestParam(defaultValue = "") String helpful, HttpServletRequest request) {
        PublishedHelpCenter center = center(slug);
        ArticleLanguage language = language(lang);
        PublicArticle article = articles.find(center.workspaceId(), uuid(id))
                .filter(found -> found.language().equals(language.tag())).orElseThrow(PageNotFound::new);
        if (!helpful.equals("yes") && !helpful.equals("no")) {
            throw new PageNotFound();
        }
        boolean heard = feedback.record(center.workspaceId(), article.id(), language.tag(), helpful.equals("yes"),
                visitorKey(center, request));
        return "redirect:/help/" + center.settings().slug() + "/" + language.tag() + "/articles/" + article.id()
                + "?feedback=" + (heard ? "thanks" : "limited") + "#feedback";
    }

    @GetMapping("/help/{slug}/{lang}/search")
    String search(@PathVariable String slug, @PathVariable String lang, @RequestParam(defaultValue = "") String q,
                  @RequestParam(required = false) @Nullable String category, Model model, HttpServletResponse response) {
        Page page = page(slug, lang, model, response);
        String query = q.strip().length() > MAX_QUERY ? q.strip().substring(0, MAX_QUERY) : q.strip();
        Tree tree = new Tree(articles.categories(page.center.workspaceId()), articles.list(page.center.workspaceId(), page.language));
        // An unknown or empty topic filters nothing rather than failing: the link may be old.
        KnowledgeCategory topic = category == null ? null : knownUuid(category).map(tree.byId::get).orElse(null);
        model.addAttribute("query", query);
        model.addAttribute("topics", searchTopics(page, tree, query, topic));
        model.addAttribute("topic", topic == null ? null : topic.id().toString());
        model.addAttribute("hits", articles.search(page.center.workspaceId(), query, page.language,
                        topic == null ? null : topic.id(), SEARCH_RESULTS).stream()
                .map(hit -> new Hit(hit.title(), page.path("/articles/" + hit.id()), hit.snippet())).toList());
        page.brand = page.brand(page.contactHref(query, null));
        // Result pages are not for search engines: they are endless and say nothing an article page does not.
        model.addAttribute("noindex", true);
        String title = query.isEmpty() ? page.texts.get("search.label") : page.texts.format("search.title", query);
        return page.render(model, title + " – " + page.center.displayName(), title, "/search",
                allLanguages(page, "/search" + searchParameters(query, topic)));
    }

    @GetMapping("/help/{slug}/{lang}/contact")
    String contact(@PathVariable String slug, @PathVariable String lang, @RequestParam(required = false) @Nullable String q,
                   @RequestParam(required = false) @Nullable String article, Model model, HttpServletResponse response) {
        Page page = page(slug, lang, model, response);
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        return contactPage(page, model, new ContactForm("", "", "", blankToNull(q), article, articleTitle(page, article),
                List.of()));
    }

    @PostMapping("/help/{slug}/{lang}/contact")
    String sendContact(@PathVariable String slug, @PathVariable String lang, @RequestParam(defaultValue = "") String name,
                       @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String message,
                       @RequestParam(required = false) @Nullable String q,
                       @RequestParam(required = false) @Nullable String article, Model model, HttpServletRequest request,
                       HttpServletResponse response) {
        Page page = page(slug, lang, model, response);
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        UUID inbox = page.center.settings().contactInboxId();
        if (inbox == null) {
            throw new PageNotFound();
        }
        String query = blankToNull(q);
        query = query != null && query.length() > MAX_QUERY ? query.substring(0, MAX_QUERY) : query;
        String articleTitle = articleTitle(page, article);
        String articleId = articleTitle == null ? null : article;
        List<String> invalid = new ArrayList<>();
        if (name.isBlank() || name.length() > 200) {
            invalid.add("name");
        }
        if (email.length() > 320 || !EMAIL.matcher(email.strip()).matches()) {
            invalid.add("email");
        }
        if (message.isBlank() || message.length() > 10_000) {
            invalid.add("message");
        }
        ContactForm form = new ContactForm(name, email, message, query, articleId, articleTitle, invalid);
        if (!invalid.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return contactPage(page, model, form);
        }
        String articleUrl = articleId == null ? null : absolute(page.path("/articles/" + articleId));
        var sent = contacts.submit(page.center.workspaceId(), inbox, new ContactRequests.Request(name.strip(), email.strip(),
                message.strip(), page.language.tag(), new ContactRequests.SearchContext(query,
                articleId == null ? null : UUID.fromString(articleId), articleTitle, articleUrl)), visitorKey(page.center, request));
        if (sent.isEmpty()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("limited", true);
            return contactPage(page, model, form);
        }
        return "redirect:/help/" + page.center.settings().slug() + "/" + page.language.tag() + "/contact/sent";
    }

    @GetMapping("/help/{slug}/{lang}/contact/sent")
    String contactSent(@PathVariable String slug, @PathVariable String lang, Model model, HttpServletResponse response) {
        Page page = page(slug, lang, model, response);
        model.addAttribute("noindex", true);
        return page.render(model, page.texts.get("contact.sentTitle") + " – " + page.center.displayName(),
                page.texts.get("contact.sent"), "/contact/sent", allLanguages(page, "/contact/sent"), "helpcenter/contact-sent");
    }

    /** Any other path under /help is the 404 page too, not the API's problem answer. */
    @GetMapping("/help/**")
    String unknown() {
        throw new PageNotFound();
    }

    private String contactPage(Page page, Model model, ContactForm form) {
        model.addAttribute("form", form);
        model.addAttribute("noindex", true);
        page.brand = page.brand(page.contactHref(form.query(), null));
        return page.render(model, page.texts.get("contact.title") + " – " + page.center.displayName(),
                page.texts.get("contact.intro"), "/contact", allLanguages(page, "/contact"), "helpcenter/contact");
    }

    private @Nullable String articleTitle(Page page, @Nullable String articleId) {
        if (articleId == null || articleId.isBlank()) {
            return null;
        }
        try {
            return articles.find(page.center.workspaceId(), UUID.fromString(articleId)).map(PublicArticle::title).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private PublicArticle publicArticle(Page page, String id) {
        PublicArticle article = articles.find(page.center.workspaceId(), uuid(id)).orElseThrow(PageNotFound::new);
        if (!article.language().equals(page.language.tag())) {
            throw new PageNotFound();
        }
        return article;
    }

    private CategoryCard card(Page page, Tree tree, KnowledgeCategory category) {
        List<Summary> inside = tree.within(category);
        return new CategoryCard(category.nameIn(page.language), category.descriptionIn(page.language),
                page.path("/categories/" + category.id()),
                inside.stream().limit(CARD_ARTICLES).map(summary -> link(page, summary)).toList(), inside.size());
    }

    private static Link categoryLink(Page page, KnowledgeCategory category) {
        return new Link(category.nameIn(page.language), page.path("/categories/" + category.id()));
    }

    /**
     * The search page's filter: every top-level topic holding articles in the page's language (and the one applied, if
     * it is another), in its name for that language; each link keeps the query. None when there is nothing to choose.
     */
    private static List<Topic> searchTopics(Page page, Tree tree, String query, @Nullable KnowledgeCategory current) {
        List<KnowledgeCategory> choices = new ArrayList<>(tree.children(null).stream()
                .filter(category -> !tree.within(category).isEmpty()).toList());
        if (current != null && choices.stream().noneMatch(choice -> choice.id().equals(current.id()))) {
            choices.add(current);
        }
        if (choices.isEmpty()) {
            return List.of();
        }
        List<Topic> topics = new ArrayList<>();
        topics.add(new Topic(page.texts.get("search.allTopics"), page.path("/search" + searchParameters(query, null)),
                current == null));
        choices.forEach(choice -> topics.add(new Topic(choice.nameIn(page.language),
                page.path("/search" + searchParameters(query, choice)), current != null && choice.id().equals(current.id()))));
        return topics;
    }

    private static Link link(Page page, Summary summary) {
        return new Link(summary.title(), page.path("/articles/" + summary.id()));
    }

    private List<Alternate> allLanguages(Page page, String path) {
        return Arrays.stream(ArticleLanguage.values()).map(language -> new Alternate(language.tag(),
                LANGUAGE_NAMES.get(language), page.pathIn(language, path), language == page.language, true)).toList();
    }

    private Page page(String slug, String lang, Model model, HttpServletResponse response) {
        PublishedHelpCenter center = center(slug);
        ArticleLanguage language = language(lang);
        response.setHeader("Cache-Control", PUBLIC_MINUTE.getHeaderValue());
        return new Page(center, language, new PageTexts(language.tag()));
    }

    private PublishedHelpCenter center(String slug) {
        return helpCenters.published(slug).filter(center -> center.settings().slug().equals(slug))
                .orElseThrow(PageNotFound::new);
    }

    /** Only the exact tags: one URL per page, for search engines. */
    private static ArticleLanguage language(String tag) {
        return knownLanguage(tag).orElseThrow(PageNotFound::new);
    }

    static Optional<ArticleLanguage> knownLanguage(String tag) {
        return Arrays.stream(ArticleLanguage.values()).filter(language -> language.tag().equals(tag)).findFirst();
    }

    private static UUID uuid(String id) {
        return knownUuid(id).orElseThrow(PageNotFound::new);
    }

    private static Optional<UUID> knownUuid(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Who a visitor is, as far as limiting their feedback and messages goes; their address is not kept. */
    private static String visitorKey(PublishedHelpCenter center, HttpServletRequest request) {
        String agent = Objects.requireNonNullElse(request.getHeader("User-Agent"), "");
        return Digests.sha256Hex(center.workspaceId().value().toString().getBytes(StandardCharsets.UTF_8),
                ("|" + request.getRemoteAddr() + "|" + agent).getBytes(StandardCharsets.UTF_8));
    }

    private static String description(String bodyHtml) {
        String text = org.jsoup.Jsoup.parse(bodyHtml).text();
        return text.length() <= 160 ? text : text.substring(0, 157).strip() + "…";
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String searchParameters(String query, @Nullable KnowledgeCategory topic) {
        List<String> parameters = new ArrayList<>();
        if (!query.isEmpty()) {
            parameters.add("q=" + encode(query));
        }
        if (topic != null) {
            parameters.add("category=" + topic.id());
        }
        return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String absolute(String path) {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
    }

    /** One page being answered: the help center, its language and texts, and the brand bar's contact link. */
    private static final class Page {

        final PublishedHelpCenter center;
        final ArticleLanguage language;
        final PageTexts texts;
        Brand brand;

        Page(PublishedHelpCenter center, ArticleLanguage language, PageTexts texts) {
            this.center = center;
            this.language = language;
            this.texts = texts;
            this.brand = brand(contactHref(null, null));
        }

        String path(String rest) {
            return pathIn(language, rest);
        }

        String pathIn(ArticleLanguage other, String rest) {
            return "/help/" + center.settings().slug() + "/" + other.tag() + rest;
        }

        String contactHref(@Nullable String query, @Nullable UUID articleId) {
            List<String> parameters = new ArrayList<>();
            if (query != null && !query.isBlank()) {
                parameters.add("q=" + encode(query));
            }
            if (articleId != null) {
                parameters.add("article=" + articleId);
            }
            return path("/contact") + (parameters.isEmpty() ? "" : "?" + String.join("&", parameters));
        }

        Brand brand(String contactHref) {
            var settings = center.settings();
            return Brand.of(center.displayName(), settings.brandColor(), settings.logoUrl(), settings.chatInboxId(),
                    settings.contactInboxId() != null, path(""), contactHref);
        }

        String render(Model model, String title, String description, String canonicalPath, List<Alternate> alternates) {
            return render(model, title, description, canonicalPath, alternates,
                    "helpcenter/" + (canonicalPath.isEmpty() ? "home" : canonicalPath.substring(1).replaceFirst("/.*", "")));
        }

        String render(Model model, String title, String description, String canonicalPath, List<Alternate> alternates,
                      String template) {
            model.addAttribute("t", texts);
            model.addAttribute("lang", language.tag());
            model.addAttribute("brand", brand);
            model.addAttribute("title", title);
            model.addAttribute("description", description);
            model.addAttribute("canonical", absolute(path(canonicalPath)));
            model.addAttribute("alternates", alternates);
            model.addAttribute("hreflangs", alternates.stream().filter(Alternate::hreflang)
                    .map(alternate -> new Link(alternate.language(), absolute(alternate.href()))).toList());
            return template;
        }
    }

    /** The category tree with the articles of one language hung on it. */
    private static final class Tree {

        final Map<UUID, KnowledgeCategory> byId;
        final Map<@Nullable UUID, List<KnowledgeCategory>> children = new HashMap<>();
        final Map<@Nullable UUID, List<Summary>> articles = new HashMap<>();

        Tree(List<KnowledgeCategory> categories, List<Summary> summaries) {
            byId = categories.stream().collect(Collectors.toMap(KnowledgeCategory::id, Function.identity()));
            categories.forEach(category -> children.computeIfAbsent(category.parentId(), key -> new ArrayList<>()).add(category));
            summaries.forEach(summary -> articles.computeIfAbsent(
                    summary.categoryId() != null && byId.containsKey(summary.categoryId()) ? summary.categoryId() : null,
                    key -> new ArrayList<>()).add(summary));
        }

        List<KnowledgeCategory> children(@Nullable UUID parent) {
            return children.getOrDefault(parent, List.of());
        }

        List<Summary> direct(@Nullable UUID category) {
            return articles.getOrDefault(category, List.of());
        }

        /** The category's articles and its descendants', its own first. */
        List<Summary> within(KnowledgeCategory category) {
            List<Summary> found = new ArrayList<>(direct(category.id()));
            Set<UUID> seen = new LinkedHashSet<>(List.of(category.id()));
            List<KnowledgeCategory> open = new ArrayList<>(children(category.id()));
            while (!open.isEmpty()) {
                KnowledgeCategory next = open.removeFirst();
                if (seen.add(next.id())) {
                    found.addAll(direct(next.id()));
                    open.addAll(children(next.id()));
                }
            }
            return found;
        }

        /** Root first, without the category itself. */
        List<KnowledgeCategory> ancestors(KnowledgeCategory category) {
            List<KnowledgeCategory> trail = new ArrayList<>();
            Set<UUID> seen = new LinkedHashSet<>();
            UUID parent = category.parentId();
            while (parent != null && byId.containsKey(parent) && seen.add(parent)) {
                trail.addFirst(byId.get(parent));
                parent = byId.get(parent).parentId();
            }
            return trail;
        }
    }
}
