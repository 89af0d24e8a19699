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

/** Managing the category tree: rename, move (search follows), delete, counts, through the HTTP API. */
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
}
