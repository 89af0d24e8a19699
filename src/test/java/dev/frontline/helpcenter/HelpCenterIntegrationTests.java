package dev.frontline.helpcenter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.channels.Channel;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The public help center over HTTP as a visitor's browser sees it: which articles show, search, "was this
 * helpful?", the contact form and what search engines fetch; and the admins' settings.
 */
@IntegrationTest
class HelpCenterIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    TestWorkspaces.Workspace workspace;
    TestApi visitor;
    String slug;

    @BeforeEach
    void setUp() {
        workspace = workspaces.create();
        visitor = workspaces.anonymous().withHeader("Accept", "text/html").withHeader("User-Agent", "visitor-" + UUID.randomUUID());
        slug = "acme-" + UUID.randomUUID().toString().substring(0, 8);
        enable(workspace, slug, workspace.inbox(Channel.EMAIL));
    }

    private static void enable(TestWorkspaces.Workspace workspace, String slug, UUID contactInbox) {
        Map<String, Object> settings = new HashMap<>(Map.of("slug", slug, "enabled", true, "name", "Acme Support",
                "brandColor", "#0f766e", "logoUrl", "https://cdn.example.com/logo.png"));
        settings.put("contactInboxId", contactInbox.toString());
        settings.put("chatInboxId", workspace.inbox(Channel.CHAT).toString());
        TestApi.Response saved = workspace.admin().api().put("/api/v1/help-center/settings", settings);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    private static String article(TestWorkspaces.Workspace workspace, String title, String body, String language,
                                  String audience, String status, Object... more) {
        Map<String, Object> article = new HashMap<>(Map.of("title", title, "body", body, "language", language,
                "audience", audience, "status", status));
        for (int i = 0; i < more.length; i += 2) {
            article.put((String) more[i], more[i + 1]);
        }
        TestApi.Response response = workspace.supervisor().api().post("/api/v1/knowledge/articles", article);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private TestApi.Response page(String path) {
        return visitor.get("/help/" + slug + path);
    }

    private TestApi.Response form(TestApi as, String path, String body) {
        return as.send("POST", "/help/" + slug + path, body, "application/x-www-form-urlencoded");
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void onlyPublishedPublicArticlesOfTheWorkspaceAreShown() {
        String category = workspace.supervisor().api().post("/api/v1/knowledge/categories", Map.of("name", "Billing"))
                .json().get("id").asString();
        String published = article(workspace, "Pay an invoice", "<p>Open Billing and choose Pay.</p>", "en", "PUBLIC",
                "PUBLISHED", "categoryId", category);
        String internal = article(workspace, "Refund override for agents", "<p>Internal only.</p>", "en", "INTERNAL", "PUBLISHED");
        String draft = article(workspace, "Upcoming pricing", "<p>Not yet.</p>", "en", "PUBLIC", "DRAFT");
        TestWorkspaces.Workspace other = workspaces.create();
        String othersArticle = article(other, "Another company's secret", "<p>Theirs.</p>", "en", "PUBLIC", "PUBLISHED");

        TestApi.Response home = page("/en");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.header("content-type")).startsWith("text/html");
        assertThat(home.body()).contains("<html lang=\"en\"", "Acme Support", "Billing", "Pay an invoice",
                        "href=\"/help/" + slug + "/en/articles/" + published + "\"")
                .doesNotContain("Refund override", "Upcoming pricing", "Another company");
        assertThat(page("/en/categories/" + category).body()).contains("Pay an invoice");
        TestApi.Response article = page("/en/articles/" + published);
        assertThat(article.status()).isEqualTo(200);
        assertThat(article.body()).contains("<h1>Pay an invoice</h1>", "Open Billing and choose Pay.",
                "<link rel=\"canonical\" href=\"" + workspaces.baseUrl() + "/help/" + slug + "/en/articles/" + published + "\"",
                "<meta name=\"description\" content=\"Open Billing and choose Pay.\"");

        for (String hidden : List.of(internal, draft, othersArticle)) {
            TestApi.Response notFound = page("/en/articles/" + hidden);
            assertThat(notFound.status()).as(hidden).isEqualTo(404);
            assertThat(notFound.body()).contains("Page not found").doesNotContain("Refund", "pricing", "secret");
        }
        assertThat(page("/ko/articles/" + published).status()).as("only in its own language's path").isEqualTo(404);
        assertThat(visitor.get("/help/nobody-here/en").status()).isEqualTo(404);
        assertThat(visitor.get("/help/" + slug + "/fr").status()).isEqualTo(404);
    }

    @Test
    void categoriesAreShownInThePagesLanguageOrTheirDefaultName() {
        TestApi supervisor = workspace.supervisor().api();
        String account = supervisor.post("/api/v1/knowledge/categories", Map.of("name", "Account",
                "description", "Signing in and your profile",
                "translations", Map.of("ko", Map.of("name", "계정", "description", "로그인과 프로필"), "zh-Hans", Map.of("name", "账户"))))
                .json().get("id").asString();
        String security = supervisor.post("/api/v1/knowledge/categories", Map.of("name", "Security", "parentId", account,
                "translations", Map.of("ko", Map.of("name", "보안")))).json().get("id").asString();
        supervisor.post("/api/v1/knowledge/categories", Map.of("name", "Billing",
                "translations", Map.of("ko", Map.of("name", "결제"))));
        String korean = article(workspace, "비밀번호 재설정", "<p>비밀번호 찾기를 누르세요.</p>", "ko", "PUBLIC", "PUBLISHED",
                "categoryId", security);
        article(workspace, "청구서 결제", "<p>결제 메뉴를 여세요.</p>", "ko", "PUBLIC", "PUBLISHED");
        String chinese = article(workspace, "重设两步验证", "<p>打开安全设置。</p>", "zh-Hant", "PUBLIC", "PUBLISHED",
                "categoryId", security);

        assertThat(page("/ko").body()).contains(">계정</a>", "로그인과 프로필").doesNotContain(">Account<");
        String category = page("/ko/categories/" + security).body();
        assertThat(category).contains("<h1>보안</h1>", "<title>보안 – Acme Support</title>",
                "<a href=\"/help/" + slug + "/ko/categories/" + account + "\">계정</a>");
        assertThat(page("/ko/articles/" + korean).body()).as("breadcrumbs")
                .contains(">계정</a>", ">보안</a>").doesNotContain(">Security<", ">Account<");
        assertThat(page("/zh-Hans/categories/" + account).body()).as("a name without a description")
                .contains("<h1>账户</h1>").doesNotContain("Signing in and your profile");
        assertThat(page("/zh-Hant/articles/" + chinese).body()).as("no translation: the default name")
                .contains(">Account</a>", ">Security</a>");

        String search = page("/ko/search?q=" + encoded("비밀번호")).body();
        assertThat(search).as("the topic filter lists topics with articles in this language").contains(">계정</a>",
                "href=\"/help/" + slug + "/ko/search?q=" + encoded("비밀번호") + "&amp;category=" + account + "\"")
                .doesNotContain(">결제</a>", ">Billing<");
        String filtered = page("/ko/search?q=" + encoded("비밀번호") + "&category=" + account).body();
        assertThat(filtered).contains("비밀번호 재설정", "aria-current=\"page\">계정</a>",
                "name=\"category\" value=\"" + account + "\"");
        assertThat(page("/ko/search?q=" + encoded("결제") + "&category=" + account).body())
                .as("only the topic's articles").doesNotContain("청구서 결제");
        assertThat(page("/ko/search?q=" + encoded("결제") + "&category=nonsense").body()).contains("청구서 결제");
    }

    @Test
    void onlyPeopleReadingAnArticleCountAsViews() {
        String article = article(workspace, "Pay an invoice", "<p>Open Billing.</p>", "en", "PUBLIC", "PUBLISHED");
        String path = "/help/" + slug + "/en/articles/" + article;
        TestApi anonymous = workspaces.anonymous().withHeader("Accept", "text/html");
        String chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

        for (TestApi notReading : List.of(
                anonymous.withHeader("User-Agent", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
                anonymous.withHeader("User-Agent", "Mozilla/5.0 (compatible; Yeti/1.1; +https://naver.me/spd)"),
                anonymous.withHeader("User-Agent", "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)"),
                anonymous.withHeader("User-Agent", "curl/8.5.0"),
                anonymous.withHeader("User-Agent", chrome).withHeader("Sec-Purpose", "prefetch"),
                anonymous.withHeader("User-Agent", chrome).withHeader("Purpose", "prefetch"))) {
            assertThat(notReading.get(path).status()).isEqualTo(200);
        }
        assertThat(helpCenterViews(article)).isZero();

        assertThat(anonymous.withHeader("User-Agent", chrome).get(path).status()).isEqualTo(200);
        assertThat(helpCenterViews(article)).isEqualTo(1);
    }

    private long helpCenterViews(String article) {
        return jdbc.sql("select coalesce(sum(times), 0) from knowledge_article_activity where article_id = ? and kind = 'HELP_CENTER_VIEW'")
                .param(UUID.fromString(article)).query(Long.class).single();
    }

    @Test
    void aDeadLinkInAHelpCenterLeadsToItsHomeAndAnUnknownAddressShowsNoBrand() {
        TestApi.Response dead = page("/ko/articles/" + UUID.randomUUID());
        assertThat(dead.status()).isEqualTo(404);
        assertThat(dead.body()).contains("<html lang=\"ko\"", "페이지를 찾을 수 없습니다", "Acme Support", "noindex",
                "href=\"/help/" + slug + "/ko\"", "고객센터 홈으로 가기");

        TestApi.Response unknown = visitor.get("/help/nobody-" + slug + "/en/articles/" + UUID.randomUUID());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("Page not found").doesNotContain("Acme Support", "class=\"site-header\"");
    }

    @Test
    void aDisabledHelpCenterIsNotFound() {
        article(workspace, "Pay an invoice", "<p>Open Billing.</p>", "en", "PUBLIC", "PUBLISHED");
        TestApi admin = workspace.admin().api();
        Map<String, Object> disabled = new HashMap<>(Map.of("slug", slug, "enabled", false, "brandColor", "#0f766e"));
        assertThat(admin.put("/api/v1/help-center/settings", disabled).status()).isEqualTo(200);

        assertThat(page("/en").status()).isEqualTo(404);
        assertThat(visitor.get("/help/" + slug + "/sitemap.xml").status()).isEqualTo(404);
        assertThat(visitor.get("/robots.txt").body()).doesNotContain("/help/" + slug + "/");
    }

    @Test
    void translationsAreLinkedAndEachPageIsInItsLanguage() {
        String english = article(workspace, "Reset your password", "<p>Choose Forgot password.</p>", "en", "PUBLIC", "PUBLISHED");
        String korean = article(workspace, "비밀번호 재설정", "<p>비밀번호 찾기를 누르세요.</p>", "ko", "PUBLIC", "PUBLISHED",
                "translationOf", english);
        article(workspace, "重置密码（草稿）", "<p>草稿</p>", "zh-Hans", "PUBLIC", "DRAFT", "translationOf", english);

        String page = page("/ko/articles/" + korean).body();
        assertThat(page).contains("<html lang=\"ko\"", "비밀번호 재설정", "이 문서가 도움이 되었나요?",
                "hreflang=\"en\" href=\"" + workspaces.baseUrl() + "/help/" + slug + "/en/articles/" + english + "\"",
                "href=\"/help/" + slug + "/zh-Hans\"")
                .as("a draft translation is neither linked nor announced").doesNotContain("hreflang=\"zh-Hans\" href");
        assertThat(page("/zh-Hant").body()).contains("<html lang=\"zh-Hant\"", "有什麼可以幫您？");
    }

    @Test
    void searchFindsOnlyPublicArticlesInThePagesLanguage() {
        String reset = article(workspace, "Reset your password", "<p>Choose <b>Forgot password</b> on the sign-in page.</p>",
                "en", "PUBLIC", "PUBLISHED");
        article(workspace, "Password resets for agents", "<p>Internal password tool.</p>", "en", "INTERNAL", "PUBLISHED");
        String chinese = article(workspace, "如何重置密码", "<p>在登录页面点击忘记密码。</p>", "zh-Hans", "PUBLIC", "PUBLISHED");

        String results = page("/en/search?q=" + encoded("pasword reset")).body();
        assertThat(results).contains("/en/articles/" + reset, "<mark>").doesNotContain("Password resets for agents", chinese)
                .contains("<meta name=\"robots\" content=\"noindex, follow\"");
        assertThat(page("/zh-Hans/search?q=" + encoded("重置密码")).body()).contains("/zh-Hans/articles/" + chinese);
        assertThat(page("/en/search?q=" + encoded("nothing matches zzzz")).body())
                .contains("No articles match", "/help/" + slug + "/en/contact?q=nothing+matches+zzzz");
    }

    @Test
    void wasThisHelpfulKeepsOneAnswerPerVisitorForArticleAnalytics() {
        String id = article(workspace, "Pay an invoice", "<p>Open Billing.</p>", "en", "PUBLIC", "PUBLISHED");

        TestApi.Response answered = form(visitor, "/en/articles/" + id + "/feedback", "helpful=yes");
        assertThat(answered.status()).isEqualTo(302);
        assertThat(answered.header("location")).endsWith("/help/" + slug + "/en/articles/" + id + "?feedback=thanks#feedback");
        assertThat(page("/en/articles/" + id + "?feedback=thanks").body()).contains("Thank you for your feedback.");
        form(visitor, "/en/articles/" + id + "/feedback", "helpful=no");
        form(visitor.withHeader("User-Agent", "someone else"), "/en/articles/" + id + "/feedback", "helpful=yes");

        List<Map<String, Object>> rows = jdbc.sql(
                        "select helpful, language from help_center_feedback where article_id = ? order by helpful")
                .param(UUID.fromString(id)).query().listOfRows();
        assertThat(rows).hasSize(2);
        assertThat(rows.getFirst()).containsEntry("helpful", false).containsEntry("language", "en");
        assertThat(rows.getLast()).containsEntry("helpful", true);

        String internal = article(workspace, "Internal", "<p>x</p>", "en", "INTERNAL", "PUBLISHED");
        assertThat(form(visitor, "/en/articles/" + internal + "/feedback", "helpful=yes").status()).isEqualTo(404);
    }

    @Test
    void theContactFormStartsAConversationCarryingWhatTheVisitorSearchedAndRead() {
        String id = article(workspace, "Pay an invoice", "<p>Open Billing.</p>", "en", "PUBLIC", "PUBLISHED");
        assertThat(page("/en/articles/" + id).body()).contains("/help/" + slug + "/en/contact?article=" + id);
        assertThat(page("/en/contact?q=invoice&article=" + id).body())
                .contains("About: Pay an invoice", "You searched for: invoice", "/chat/" + workspace.inbox(Channel.CHAT));

        TestApi.Response sent = form(visitor, "/en/contact", "name=" + encoded("Mei Lin") + "&email=mei%40example.com&message="
                + encoded("My card was charged twice.") + "&q=invoice&article=" + id);
        assertThat(sent.status()).as(sent.body()).isEqualTo(302);
        assertThat(sent.header("location")).endsWith("/help/" + slug + "/en/contact/sent");

        UUID conversation = jdbc.sql("""
                        select r.conversation_id from help_center_contact_requests r where r.workspace_id = ?""")
                .param(workspace.id().value()).query(UUID.class).single();
        JsonNode messages = workspace.agent().api().get("/api/v1/conversations/" + conversation + "/messages").json();
        String all = messages.toString();
        assertThat(all).contains("My card was charged twice.", "Searched the help center for: invoice",
                "Came from the article: Pay an invoice", "\"helpCenter\"", "\"articleId\":\"" + id + "\"");
        JsonNode detail = workspace.agent().api().get("/api/v1/conversations/" + conversation).json();
        assertThat(detail.get("inboxId").asString()).isEqualTo(workspace.inbox(Channel.EMAIL).toString());
        assertThat(workspace.agent().api().get("/api/v1/contacts/" + detail.get("contactId").asString()).body())
                .contains("Mei Lin", "mei@example.com");
    }

    @Test
    void theContactFormRefusesBadInputAndTooManyRequests() {
        TestApi.Response invalid = form(visitor, "/en/contact", "name=&email=not-an-address&message=Hi");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("Please check the highlighted fields.", "aria-invalid=\"true\"");

        for (int i = 0; i < 5; i++) {
            assertThat(form(visitor, "/en/contact", "name=Sam&email=sam%40example.com&message=Question+" + i).status())
                    .isEqualTo(302);
        }
        TestApi.Response limited = form(visitor, "/en/contact", "name=Sam&email=sam%40example.com&message=Again");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.body()).contains("You have sent several messages recently.");
    }

    @Test
    void searchEnginesGetASitemapRobotsAndStrictHeaders() {
        String english = article(workspace, "Reset your password", "<p>Watch <a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">"
                + "the video</a>.</p><p><img src=\"https://cdn.example.com/reset.png\" alt=\"Reset\"></p>", "en", "PUBLIC", "PUBLISHED");
        String chinese = article(workspace, "重置密码", "<p>点击忘记密码。</p>", "zh-Hans", "PUBLIC", "PUBLISHED",
                "translationOf", english);
        String internal = article(workspace, "Agents only", "<p>x</p>", "en", "INTERNAL", "PUBLISHED");

        TestApi.Response sitemap = visitor.get("/help/" + slug + "/sitemap.xml");
        assertThat(sitemap.status()).isEqualTo(200);
        assertThat(sitemap.header("content-type")).startsWith("application/xml");
        String base = workspaces.baseUrl() + "/help/" + slug;
        assertThat(sitemap.body()).contains("<loc>" + base + "/en/articles/" + english + "</loc>",
                "<loc>" + base + "/zh-Hans/articles/" + chinese + "</loc>",
                "<xhtml:link rel=\"alternate\" hreflang=\"zh-Hans\" href=\"" + base + "/zh-Hans/articles/" + chinese + "\"/>",
                "<loc>" + base + "/ko</loc>").doesNotContain(internal);
        assertThat(visitor.get("/robots.txt").body()).contains("Disallow: /\n", "Allow: /help/",
                "Sitemap: " + base + "/sitemap.xml");

        TestApi.Response page = page("/en/articles/" + english);
        assertThat(page.header("content-security-policy")).contains("script-src 'self'",
                "frame-src https://www.youtube-nocookie.com https://player.vimeo.com", "frame-ancestors 'none'");
        assertThat(page.body()).contains("<iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\"",
                "<img src=\"https://cdn.example.com/reset.png\"", "<script src=\"/widget.js\"");
        assertThat(workspace.agent().api().get("/api/v1/knowledge/categories").header("content-security-policy")).contains("frame-src 'self'");
    }

    @Test
    void adminsChooseTheSlugBrandingAndInboxes() {
        TestApi admin = workspace.admin().api();
        JsonNode settings = admin.get("/api/v1/help-center/settings").json();
        assertThat(settings.get("slug").asString()).isEqualTo(slug);
        assertThat(settings.get("brandColor").asString()).isEqualTo("#0f766e");
        assertThat(page("/en").body()).contains("--brand: #0f766e", "https://cdn.example.com/logo.png");

        assertThat(workspace.agent().api().get("/api/v1/help-center/settings").status()).isEqualTo(403);
        TestApi.Response badColor = admin.put("/api/v1/help-center/settings",
                Map.of("slug", slug, "enabled", true, "brandColor", "red"));
        assertThat(badColor.status()).isEqualTo(400);
        assertThat(badColor.header("content-type")).startsWith("application/problem+json");
        TestApi.Response chatAsContact = admin.put("/api/v1/help-center/settings", Map.of("slug", slug, "enabled", true,
                "brandColor", "#000000", "contactInboxId", workspace.inbox(Channel.CHAT).toString()));
        assertThat(chatAsContact.status()).isEqualTo(400);

        TestWorkspaces.Workspace other = workspaces.create();
        TestApi.Response taken = other.admin().api().put("/api/v1/help-center/settings",
                Map.of("slug", slug, "enabled", true, "brandColor", "#000000"));
        assertThat(taken.status()).isEqualTo(409);
        TestApi.Response othersInbox = admin.put("/api/v1/help-center/settings", Map.of("slug", slug, "enabled", true,
                "brandColor", "#000000", "contactInboxId", other.inbox(Channel.EMAIL).toString()));
        assertThat(othersInbox.status()).isEqualTo(400);
    }
}
