package dev.frontline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Managing the category tree: rename, translate, move (search follows), delete, counts, through the HTTP API. */
@IntegrationTest
class KnowledgeCategoryIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    TestApi agent;
    TestApi supervisor;

    @BeforeEach
    void setUp() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        agent = workspace.agent().api();
        supervisor = workspace.supervisor().api();
    }

    private String category(String name, String parentId) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name));
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        TestApi.Response response = supervisor.post("/api/v1/knowledge/categories", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private String article(String title, String categoryId, String status) {
        return supervisor.post("/api/v1/knowledge/articles", Map.of("title", title, "body", "<p>" + title + "</p>",
                "language", "en", "audience", "PUBLIC", "status", status, "categoryId", categoryId)).json().get("id").asString();
    }

    private JsonNode found(String query, String categoryId) {
        return agent.get("/api/v1/knowledge/search?q=" + query + "&category=" + categoryId).json().get("items");
    }

    @Test
    void movingACategoryMovesItsArticlesInSearchAndCountsFollow() {
        String billing = category("Billing", null);
        String refunds = category("Refunds", billing);
        String shipping = category("Shipping", null);
        String article = article("Refund window", refunds, "PUBLISHED");
        article("Refund drafts", refunds, "DRAFT");

        assertThat(found("refund", billing).findValuesAsString("id")).containsExactly(article);
        TestApi.Response moved = supervisor.post("/api/v1/knowledge/categories/" + refunds + "/move", Map.of("parentId", shipping));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("parentId").asString()).isEqualTo(shipping);
        assertThat(found("refund", billing)).isEmpty();
        assertThat(found("refund", shipping).findValuesAsString("id")).containsExactly(article);

        assertThat(supervisor.get("/api/v1/knowledge/categories/counts").json().get(refunds).asLong()).isEqualTo(2);
        assertThat(agent.get("/api/v1/knowledge/categories/counts").json().get(refunds).asLong())
                .as("agents count published articles").isEqualTo(1);

        Map<String, Object> toTop = new HashMap<>();
        toTop.put("parentId", null);
        assertThat(supervisor.post("/api/v1/knowledge/categories/" + refunds + "/move", toTop).json().get("parentId").isNull())
                .isTrue();
        assertThat(found("refund", shipping)).isEmpty();
    }

    @Test
    void aCategoryCannotMoveUnderItselfOrItsDescendants() {
        String billing = category("Billing", null);
        String refunds = category("Refunds", billing);

        TestApi.Response loop = supervisor.post("/api/v1/knowledge/categories/" + billing + "/move", Map.of("parentId", refunds));
        assertThat(loop.status()).isEqualTo(400);
        assertThat(loop.header("Content-Type")).contains("application/problem+json");
        assertThat(supervisor.post("/api/v1/knowledge/categories/" + billing + "/move", Map.of("parentId", billing)).status())
                .isEqualTo(400);
    }

    @Test
    void renamingAndDeletingAreForAuthorsAndOnlyEmptyCategoriesGo() {
        String billing = category("Billing", null);
        String refunds = category("Refunds", billing);
        article("Refund window", refunds, "DRAFT");

        assertThat(agent.patch("/api/v1/knowledge/categories/" + billing, Map.of("name", "Money")).status()).isEqualTo(403);
        TestApi.Response renamed = supervisor.patch("/api/v1/knowledge/categories/" + billing, Map.of("name", " Payments "));
        assertThat(renamed.json().get("name").asString()).isEqualTo("Payments");
        assertThat(supervisor.patch("/api/v1/knowledge/categories/" + billing, Map.of("name", "")).status()).isEqualTo(400);

        assertThat(supervisor.delete("/api/v1/knowledge/categories/" + billing).status()).as("has a sub-category").isEqualTo(409);
        assertThat(supervisor.delete("/api/v1/knowledge/categories/" + refunds).status()).as("has an article").isEqualTo(409);
        String empty = category("Empty", null);
        assertThat(supervisor.delete("/api/v1/knowledge/categories/" + empty).status()).isEqualTo(204);
        assertThat(supervisor.get("/api/v1/knowledge/categories").json().findValuesAsString("id")).containsExactlyInAnyOrder(billing, refunds);
        assertThat(workspaces.create().admin().api().delete("/api/v1/knowledge/categories/" + refunds).status()).isEqualTo(404);
    }

    @Test
    void authorsTranslateACategoryAndEveryoneReadsTheTranslations() {
        TestApi.Response created = supervisor.post("/api/v1/knowledge/categories", Map.of("name", "Account",
                "description", "Signing in and your profile", "translations", Map.of(
                        "ko", Map.of("name", " 계정 ", "description", "로그인과 프로필"),
                        "ZH-HANS", Map.of("name", "账户"),
                        "zh-Hant", Map.of("name", " ", "description", " "))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String account = created.json().get("id").asString();
        JsonNode translations = created.json().get("translations");
        assertThat(translations.get("ko").get("name").asString()).isEqualTo("계정");
        assertThat(translations.get("zh-Hans").get("description").isNull()).isTrue();
        assertThat(translations.has("zh-Hant")).as("an empty translation is none").isFalse();

        JsonNode listed = agent.get("/api/v1/knowledge/categories").json().get(0);
        assertThat(listed.get("description").asString()).isEqualTo("Signing in and your profile");
        assertThat(listed.get("translations").get("ko").get("description").asString()).isEqualTo("로그인과 프로필");

        TestApi.Response renamed = supervisor.patch("/api/v1/knowledge/categories/" + account, Map.of("name", "Your account"));
        assertThat(renamed.json().get("translations").get("ko").get("name").asString())
                .as("a rename keeps the translations").isEqualTo("계정");
        TestApi.Response replaced = supervisor.patch("/api/v1/knowledge/categories/" + account, Map.of("description", "",
                "translations", Map.of("zh-Hant", Map.of("name", "帳戶"))));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        JsonNode now = supervisor.get("/api/v1/knowledge/categories").json().get(0);
        assertThat(now.get("name").asString()).isEqualTo("Your account");
        assertThat(now.get("description").isNull()).as("a blank description removes it").isTrue();
        assertThat(now.get("translations").propertyNames()).containsExactly("zh-Hant");
    }

    @Test
    void translationsAreCheckedAndForAuthorsOnly() {
        String account = category("Account", null);

        TestApi.Response unknown = supervisor.patch("/api/v1/knowledge/categories/" + account,
                Map.of("translations", Map.of("fr", Map.of("name", "Compte"))));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.header("Content-Type")).contains("application/problem+json");
        assertThat(unknown.body()).contains("translations");
        TestApi.Response nameless = supervisor.patch("/api/v1/knowledge/categories/" + account,
                Map.of("translations", Map.of("ko", Map.of("description", "이름 없는 설명"))));
        assertThat(nameless.status()).isEqualTo(400);
        assertThat(nameless.body()).contains("translations.ko.name");
        assertThat(supervisor.patch("/api/v1/knowledge/categories/" + account,
                Map.of("translations", Map.of("ko", Map.of("name", "계".repeat(201))))).status()).isEqualTo(400);
        assertThat(supervisor.patch("/api/v1/knowledge/categories/" + account,
                Map.of("description", "x".repeat(1001))).status()).isEqualTo(400);
        assertThat(agent.patch("/api/v1/knowledge/categories/" + account,
                Map.of("translations", Map.of("ko", Map.of("name", "계정")))).status()).isEqualTo(403);
        assertThat(workspaces.create().admin().api().patch("/api/v1/knowledge/categories/" + account,
                Map.of("translations", Map.of("ko", Map.of("name", "계정")))).status()).isEqualTo(404);
        assertThat(supervisor.get("/api/v1/knowledge/categories").json().get(0).get("translations").isEmpty()).isTrue();

        assertThat(supervisor.patch("/api/v1/knowledge/categories/" + account,
                Map.of("translations", Map.of("ko", Map.of("name", "계정")))).status()).isEqualTo(200);
        assertThat(supervisor.delete("/api/v1/knowledge/categories/" + account).status())
                .as("a translated category is deleted with its translations").isEqualTo(204);
    }
}
