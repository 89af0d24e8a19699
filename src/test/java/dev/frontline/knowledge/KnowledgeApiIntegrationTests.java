package dev.frontline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.knowledge.internal.ArticleIndex;
import dev.frontline.knowledge.internal.IndexFollower;
import dev.frontline.shared.WorkspaceId;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class KnowledgeApiIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    TestWorkspaces.Workspace workspace;
    TestApi agent;
    TestApi supervisor;

    @BeforeEach
    void setUp() {
        workspace = workspaces.create();
        agent = workspace.agent().api();
        supervisor = workspace.supervisor().api();
    }

    private String create(String title, String body, String language, String audience, String status, Object... more) {
        Map<String, Object> article = new HashMap<>(Map.of("title", title, "body", body, "language", language,
                "audience", audience, "status", status));
        for (int i = 0; i < more.length; i += 2) {
            article.put((String) more[i], more[i + 1]);
        }
        TestApi.Response response = supervisor.post("/api/v1/knowledge/articles", article);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private List<String> found(TestApi api, String query, String... filters) {
        return search(api, query, filters).findValuesAsString("id");
    }

    private JsonNode search(TestApi api, String query, String... filters) {
        TestApi.Response response = api.get("/api/v1/knowledge/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + (filters.length == 0 ? "" : "&" + String.join("&", filters)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().get("items");
    }

    @Test
    void aPublishedArticleIsSearchableInItsLanguageAsSoonAsItIsCreated() {
        String english = create("Reset a customer's password", "<p>Open <b>Settings</b> and choose Reset password. "
                + "The customer receives an email with a link.</p>", "en", "PUBLIC", "PUBLISHED");
        String simplified = create("如何重置密码", "<p>在设置页面点击重置密码，客户会收到一封邮件。</p>", "zh-Hans", "PUBLIC", "PUBLISHED");
        String traditional = create("申請退款流程", "<p>客戶可在訂單頁面申請退款，款項將於七個工作天內退回。</p>", "zh-Hant", "PUBLIC", "PUBLISHED");
        String korean = create("비밀번호 재설정 방법", "<p>설정 메뉴에서 비밀번호 재설정을 누르면 이메일이 발송됩니다.</p>", "ko", "PUBLIC", "PUBLISHED");
        String draft = create("Password policy draft", "<p>Passwords expire every 90 days.</p>", "en", "INTERNAL", "DRAFT");

        assertThat(found(agent, "resetting passwords")).first().isEqualTo(english);
        assertThat(found(agent, "pasword reset")).as("typo tolerated").first().isEqualTo(english);
        assertThat(found(agent, "重置密码")).first().isEqualTo(simplified);
        assertThat(found(agent, "退款", "language=zh-Hant")).containsExactly(traditional);
        assertThat(found(agent, "退款多久", "language=zh-Hans")).isEmpty();
        assertThat(found(agent, "重置密碼")).as("traditional query finds the simplified article").first().isEqualTo(simplified);
        assertThat(found(agent, "비밀번호를")).first().isEqualTo(korean);
        assertThat(found(agent, "password")).doesNotContain(draft);

        JsonNode hit = search(agent, "reset password").get(0);
        assertThat(hit.get("title").asString()).isEqualTo("Reset a customer's password");
        assertThat(hit.get("snippet").asString()).contains("<mark>Reset</mark>").doesNotContain("<b>");
        assertThat(hit.get("score").asDouble()).isPositive();
        assertThat(hit.get("language").asString()).isEqualTo("en");
        assertThat(found(workspaces.create().agent().api(), "password")).isEmpty();
    }

    @Test
    void bodiesAreSanitizedBeforeTheyAreStored() {
        String id = create("Callouts", "<div class=\"callout-warning\">Careful</div><script>alert(1)</script>"
                + "<p onclick=\"steal()\">Text <a href=\"javascript:alert(1)\">link</a> <img src=\"https://example.com/a.png\" onerror=\"x()\"></p>",
                "en", "INTERNAL", "DRAFT");

        String body = supervisor.get("/api/v1/knowledge/articles/" + id).json().get("body").asString();
        assertThat(body).contains("<div class=\"callout-warning\">Careful</div>", "Text", "<img src=\"https://example.com/a.png\"")
                .doesNotContain("script", "onclick", "javascript", "onerror");
    }

    @Test
    void onlySupervisorsWriteAndAgentsReadOnlyPublishedArticles() {
        String draft = create("Refund policy", "<p>Refunds within 30 days.</p>", "en", "INTERNAL", "DRAFT");

        TestApi.Response refused = agent.post("/api/v1/knowledge/articles", Map.of("title", "x", "body", "x",
                "language", "en", "audience", "PUBLIC"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(agent.get("/api/v1/knowledge/articles/" + draft).status()).isEqualTo(404);
        assertThat(agent.patch("/api/v1/knowledge/articles/" + draft, Map.of("title", "y")).status()).isEqualTo(403);
        assertThat(agent.get("/api/v1/knowledge/articles").json()).isEmpty();
        assertThat(supervisor.get("/api/v1/knowledge/articles").json().findValuesAsString("id")).containsExactly(draft);
        assertThat(workspaces.create().admin().api().get("/api/v1/knowledge/articles/" + draft).status()).isEqualTo(404);
        assertThat(supervisor.post("/api/v1/knowledge/articles", Map.of("title", "x", "body", "x", "language", "fr",
                "audience", "PUBLIC")).status()).isEqualTo(400);
    }

    @Test
    void publishingUnpublishingAndArchivingUpdateTheIndexAndEverySaveIsAVersion() {
        String id = create("Shipping times", "<p>Parcels arrive in 3 days.</p>", "en", "PUBLIC", "DRAFT");
        assertThat(found(agent, "parcels")).isEmpty();

        assertThat(supervisor.post("/api/v1/knowledge/articles/" + id + "/status", Map.of("status", "PUBLISHED")).status())
                .isEqualTo(200);
        assertThat(found(agent, "parcels")).containsExactly(id);

        supervisor.patch("/api/v1/knowledge/articles/" + id, Map.of("body", "<p>Deliveries arrive in 5 days.</p>"));
        assertThat(found(agent, "parcels")).isEmpty();
        assertThat(found(agent, "deliveries")).containsExactly(id);

        supervisor.post("/api/v1/knowledge/articles/" + id + "/status", Map.of("status", "DRAFT"));
        assertThat(found(agent, "deliveries")).isEmpty();

        JsonNode restored = supervisor.post("/api/v1/knowledge/articles/" + id + "/versions/1/restore", Map.of()).json();
        assertThat(restored.get("body").asString()).isEqualTo("<p>Parcels arrive in 3 days.</p>");
        assertThat(restored.get("status").asString()).isEqualTo("DRAFT");
        assertThat(restored.get("version").asInt()).isEqualTo(5);
        assertThat(supervisor.get("/api/v1/knowledge/articles/" + id + "/versions").json().findValuesAsString("status"))
                .containsExactly("DRAFT", "DRAFT", "PUBLISHED", "PUBLISHED", "DRAFT");

        supervisor.post("/api/v1/knowledge/articles/" + id + "/status", Map.of("status", "ARCHIVED"));
        TestApi.Response republish = supervisor.post("/api/v1/knowledge/articles/" + id + "/status", Map.of("status", "PUBLISHED"));
        assertThat(republish.status()).isEqualTo(409);
        assertThat(republish.header("Content-Type")).contains("application/problem+json");
    }

    @Test
    void translationsAreLinkedOnePerLanguageAndFlaggedStaleWhenTheSourceChanges() {
        String english = create("Opening hours", "<p>We are open 9 to 6.</p>", "en", "PUBLIC", "PUBLISHED");
        String korean = create("영업 시간", "<p>9시부터 6시까지 운영합니다.</p>", "ko", "PUBLIC", "PUBLISHED", "translationOf", english);

        JsonNode source = agent.get("/api/v1/knowledge/articles/" + english).json();
        assertThat(source.get("translations").findValuesAsString("id")).containsExactly(korean);
        assertThat(source.get("translations").get(0).get("language").asString()).isEqualTo("ko");
        assertThat(supervisor.post("/api/v1/knowledge/articles", Map.of("title", "x", "body", "x", "language", "ko",
                "audience", "PUBLIC", "translationOf", english)).status()).isEqualTo(409);
        assertThat(agent.get("/api/v1/knowledge/articles/" + korean).json().get("stale").asBoolean()).isFalse();
        assertThat(agent.get("/api/v1/knowledge/articles/" + korean).json().get("sourceArticleId").asString()).isEqualTo(english);

        supervisor.post("/api/v1/knowledge/articles/" + english + "/status", Map.of("status", "DRAFT"));
        supervisor.post("/api/v1/knowledge/articles/" + english + "/status", Map.of("status", "PUBLISHED"));
        assertThat(agent.get("/api/v1/knowledge/articles/" + korean).json().get("stale").asBoolean())
                .as("a status change is not a content change").isFalse();
        supervisor.patch("/api/v1/knowledge/articles/" + english, Map.of("body", "<p>We are open 8 to 8.</p>"));
        assertThat(agent.get("/api/v1/knowledge/articles/" + korean).json().get("stale").asBoolean()).isTrue();
        supervisor.patch("/api/v1/knowledge/articles/" + korean, Map.of("body", "<p>8시부터 8시까지 운영합니다.</p>"));
        assertThat(agent.get("/api/v1/knowledge/articles/" + korean).json().get("stale").asBoolean()).isFalse();
        assertThat(agent.get("/api/v1/knowledge/articles/" + english).json().get("stale").asBoolean()).isFalse();
    }

    @Test
    void searchFiltersByAudienceAndByCategoryWithItsSubcategories() {
        String billing = supervisor.post("/api/v1/knowledge/categories", Map.of("name", "Billing")).json().get("id").asString();
        String invoices = supervisor.post("/api/v1/knowledge/categories", Map.of("name", "Invoices", "parentId", billing))
                .json().get("id").asString();
        String inInvoices = create("Download an invoice", "<p>Invoices are in the account page.</p>", "en", "PUBLIC",
                "PUBLISHED", "categoryId", invoices);
        String internal = create("Invoice corrections", "<p>Only finance corrects an invoice.</p>", "en", "INTERNAL",
                "PUBLISHED");

        assertThat(found(agent, "invoice")).containsExactlyInAnyOrder(inInvoices, internal);
        assertThat(found(agent, "invoice", "audience=PUBLIC")).containsExactly(inInvoices);
        assertThat(found(agent, "invoice", "category=" + billing)).containsExactly(inInvoices);
        assertThat(agent.get("/api/v1/knowledge/categories").json().findValuesAsString("name"))
                .containsExactly("Billing", "Invoices");
    }

    @Test
    void anotherNodesIndexFollowsThroughTheSharedIndexClock(@org.junit.jupiter.api.io.TempDir Path directory) throws Exception {
        try (ArticleIndex otherNodesIndex = new ArticleIndex(Files.createDirectories(directory.resolve("node2")))) {
            IndexFollower otherNode = new IndexFollower(jdbc, otherNodesIndex);
            otherNode.rebuild();
            WorkspaceId ws = workspace.id();
            SearchRequest warranty = new SearchRequest("warranty", null, null, null, 10);

            String id = create("Warranty claims", "<p>Claims need the receipt.</p>", "en", "PUBLIC", "PUBLISHED");
            assertThat(otherNodesIndex.search(ws, warranty)).isEmpty();
            otherNode.catchUp();
            assertThat(otherNodesIndex.search(ws, warranty)).extracting(SearchHit::id).containsExactly(UUID.fromString(id));

            supervisor.post("/api/v1/knowledge/articles/" + id + "/status", Map.of("status", "ARCHIVED"));
            otherNode.catchUp();
            assertThat(otherNodesIndex.search(ws, warranty)).isEmpty();
        }
    }

    @Test
    void agentsRecordWhetherAnArticleHelpedOncePerConversation() {
        String id = create("Reset a password", "<p>Use the reset link.</p>", "en", "PUBLIC", "PUBLISHED");
        String conversation = UUID.randomUUID().toString();

        agent.post("/api/v1/knowledge/articles/" + id + "/feedback", Map.of("helped", false, "conversationId", conversation));
        JsonNode summary = agent.post("/api/v1/knowledge/articles/" + id + "/feedback",
                Map.of("helped", true, "conversationId", conversation)).json();
        assertThat(summary.get("helped").asLong()).isEqualTo(1);
        assertThat(summary.get("notHelped").asLong()).isZero();
        supervisor.post("/api/v1/knowledge/articles/" + id + "/feedback", Map.of("helped", true));
        assertThat(agent.get("/api/v1/knowledge/articles/" + id + "/feedback").json().get("helped").asLong()).isEqualTo(2);
        assertThat(workspaces.create().agent().api().post("/api/v1/knowledge/articles/" + id + "/feedback",
                Map.of("helped", true)).status()).isEqualTo(404);
    }
}
