package dev.frontline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Subject-matter experts: grants by category or for the whole base, and what an agent without one may not do. */
@IntegrationTest
class KnowledgeAuthorIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    TestWorkspaces.Workspace workspace;
    TestWorkspaces.StaffAccount expert;
    TestApi admin;
    TestApi agent;
    String billing;
    String refunds;
    String shipping;

    @BeforeEach
    void setUp() {
        workspace = workspaces.create();
        admin = workspace.admin().api();
        agent = workspace.agent().api();
        expert = workspaces.addAgent(workspace, "Billing expert");
        billing = category("Billing", null);
        refunds = category("Refunds", billing);
        shipping = category("Shipping", null);
    }

    private String category(String name, String parent) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", name));
        body.put("parentId", parent);
        TestApi.Response created = admin.post("/api/v1/knowledge/categories", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private TestApi.Response grant(TestWorkspaces.StaffAccount who, boolean wholeBase, List<String> categories) {
        return admin.put("/api/v1/knowledge/authors/" + who.id().value(),
                Map.of("wholeBase", wholeBase, "categoryIds", categories));
    }

    private String article(TestApi as, String title, String categoryId, String status) {
        TestApi.Response created = as.post("/api/v1/knowledge/articles", Map.of("title", title, "body", "<p>" + title
                + "</p>", "language", "en", "audience", "INTERNAL", "status", status, "categoryId", categoryId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static void assertForbidden(TestApi.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.header("Content-Type")).contains("application/problem+json");
    }

    @Test
    void anExpertOfACategoryWritesReviewsAndPublishesInItAndItsSubCategories() {
        assertThat(grant(expert, false, List.of(billing)).status()).isEqualTo(200);
        TestApi sme = expert.api();
        assertThat(sme.get("/api/v1/knowledge/authors/me").json().get("categories").valueStream()
                .map(JsonNode::asString).toList()).containsExactlyInAnyOrder(billing, refunds);

        String id = article(sme, "Refund window", refunds, "DRAFT");
        TestApi.Response edited = sme.patch("/api/v1/knowledge/articles/" + id, Map.of("body", "<p>Thirty days</p>"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(sme.post("/api/v1/knowledge/articles/" + id + "/status", Map.of("status", "IN_REVIEW"))
                .json().get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(sme.get("/api/v1/knowledge/articles?status=IN_REVIEW").json().findValuesAsString("id"))
                .as("an expert sees the unpublished articles of their categories").containsExactly(id);
        assertThat(agent.get("/api/v1/knowledge/articles/" + id).status()).as("others do not").isEqualTo(404);
        assertThat(sme.post("/api/v1/knowledge/articles/" + id + "/status", Map.of("status", "PUBLISHED"))
                .json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(sme.get("/api/v1/knowledge/articles/" + id + "/versions").json()).hasSize(4);
        assertThat(sme.get("/api/v1/knowledge/articles/" + id + "/diff?from=1").status()).isEqualTo(200);

        String suggestion = agent.post("/api/v1/knowledge/articles/" + id + "/suggestions", Map.of("kind", "EDIT",
                "comment", "Sixty now", "body", "<p>Sixty days</p>")).json().get("id").asString();
        String otherArticle = article(admin, "Parcel tracking", shipping, "PUBLISHED");
        String otherSuggestion = agent.post("/api/v1/knowledge/articles/" + otherArticle + "/suggestions",
                Map.of("kind", "OUTDATED", "comment", "old")).json().get("id").asString();
        assertThat(sme.get("/api/v1/knowledge/suggestions").json().findValuesAsString("id"))
                .as("the expert's queue holds their categories only").containsExactly(suggestion);
        assertThat(admin.get("/api/v1/knowledge/suggestions").json().findValuesAsString("id"))
                .containsExactly(suggestion, otherSuggestion);
        TestApi.Response accepted = sme.post("/api/v1/knowledge/suggestions/" + suggestion + "/accept",
                Map.of("publish", true));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(agent.get("/api/v1/knowledge/articles/" + id).json().get("body").asString())
                .isEqualTo("<p>Sixty days</p>");
    }

    @Test
    void anExpertCannotWriteOutsideTheGrantedCategories() {
        grant(expert, false, List.of(billing));
        TestApi sme = expert.api();
        String shippingArticle = article(admin, "Parcel tracking", shipping, "PUBLISHED");
        String flag = agent.post("/api/v1/knowledge/articles/" + shippingArticle + "/suggestions",
                Map.of("kind", "OUTDATED", "comment", "old")).json().get("id").asString();

        assertForbidden(sme.post("/api/v1/knowledge/articles", Map.of("title", "T", "body", "<p>b</p>",
                "language", "en", "audience", "INTERNAL", "categoryId", shipping)));
        assertForbidden(sme.post("/api/v1/knowledge/articles", Map.of("title", "No category", "body", "<p>b</p>",
                "language", "en", "audience", "INTERNAL")));
        assertForbidden(sme.patch("/api/v1/knowledge/articles/" + shippingArticle, Map.of("title", "Mine now")));
        assertForbidden(sme.post("/api/v1/knowledge/articles/" + shippingArticle + "/status", Map.of("status", "DRAFT")));
        assertForbidden(sme.post("/api/v1/knowledge/suggestions/" + flag + "/accept", Map.of()));
        assertForbidden(sme.post("/api/v1/knowledge/suggestions/" + flag + "/dismiss", Map.of()));
        String own = article(sme, "Invoices", billing, "DRAFT");
        assertForbidden(sme.patch("/api/v1/knowledge/articles/" + own, Map.of("categoryId", shipping)));
        assertThat(admin.get("/api/v1/knowledge/articles/" + shippingArticle).json().get("title").asString())
                .isEqualTo("Parcel tracking");
    }

    @Test
    void anAgentWithoutAGrantIsRefusedEveryAuthoringEndpoint() {
        String published = article(admin, "Parcel tracking", shipping, "PUBLISHED");
        String base = "/api/v1/knowledge/articles/" + published;
        String flag = agent.post(base + "/suggestions", Map.of("kind", "OUTDATED", "comment", "old"))
                .json().get("id").asString();

        assertForbidden(agent.post("/api/v1/knowledge/articles", Map.of("title", "T", "body", "<p>b</p>",
                "language", "en", "audience", "INTERNAL", "categoryId", shipping)));
        assertForbidden(agent.patch(base, Map.of("title", "Changed")));
        assertForbidden(agent.post(base + "/status", Map.of("status", "ARCHIVED")));
        assertForbidden(agent.get(base + "/versions"));
        assertForbidden(agent.get(base + "/diff?from=1"));
        assertForbidden(agent.post(base + "/versions/1/restore", Map.of()));
        assertForbidden(agent.post(base + "/draft/publish", Map.of()));
        assertForbidden(agent.delete(base + "/draft"));
        assertForbidden(agent.get("/api/v1/knowledge/suggestions"));
        assertForbidden(agent.post("/api/v1/knowledge/suggestions/" + flag + "/accept", Map.of()));
        assertForbidden(agent.post("/api/v1/knowledge/suggestions/" + flag + "/dismiss", Map.of()));
        assertForbidden(agent.get("/api/v1/knowledge/authors"));
        assertForbidden(agent.put("/api/v1/knowledge/authors/" + workspace.agent().id().value(),
                Map.of("wholeBase", true)));
        assertForbidden(agent.delete("/api/v1/knowledge/authors/" + expert.id().value()));
        JsonNode mine = agent.get("/api/v1/knowledge/authors/me").json();
        assertThat(mine.get("everything").asBoolean()).isFalse();
        assertThat(mine.get("categories")).isEmpty();
        assertThat(admin.get(base).json().get("version").asInt()).isEqualTo(1);
    }

    @Test
    void aWholeBaseGrantCoversArticlesWithoutACategoryAndARevokedExpertIsAnAgentAgain() {
        assertThat(grant(expert, true, List.of()).status()).isEqualTo(200);
        TestApi sme = expert.api();
        TestApi.Response uncategorised = sme.post("/api/v1/knowledge/articles", Map.of("title", "Welcome",
                "body", "<p>Hello</p>", "language", "en", "audience", "INTERNAL", "status", "PUBLISHED"));
        assertThat(uncategorised.status()).as(uncategorised.body()).isEqualTo(201);
        assertThat(sme.get("/api/v1/knowledge/authors/me").json().get("everything").asBoolean()).isTrue();

        assertThat(admin.delete("/api/v1/knowledge/authors/" + expert.id().value()).status()).isEqualTo(204);
        assertForbidden(sme.patch("/api/v1/knowledge/articles/" + uncategorised.json().get("id").asString(),
                Map.of("title", "Hi")));
        assertThat(admin.delete("/api/v1/knowledge/authors/" + expert.id().value()).status()).isEqualTo(404);
    }

    @Test
    void grantsAreListedReplacedCheckedAndAudited() {
        grant(expert, true, List.of());
        TestApi.Response replaced = grant(expert, false, List.of(shipping, refunds));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);

        JsonNode grants = workspace.supervisor().api().get("/api/v1/knowledge/authors").json();
        assertThat(grants).hasSize(1);
        assertThat(grants.get(0).get("userId").asString()).isEqualTo(expert.id().value().toString());
        assertThat(grants.get(0).get("wholeBase").asBoolean()).isFalse();
        assertThat(grants.get(0).get("categoryIds").valueStream().map(JsonNode::asString).toList())
                .containsExactlyInAnyOrder(shipping, refunds);

        TestApi.Response nothing = grant(expert, false, List.of());
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(nothing.header("Content-Type")).contains("application/problem+json");
        assertThat(grant(workspace.supervisor(), true, List.of()).status()).as("supervisors author already")
                .isEqualTo(400);
        TestWorkspaces.Workspace other = workspaces.create();
        assertThat(grant(other.agent(), true, List.of()).status()).as("someone of another workspace").isEqualTo(400);
        String foreignCategory = other.admin().api().post("/api/v1/knowledge/categories", Map.of("name", "Theirs"))
                .json().get("id").asString();
        assertThat(grant(expert, false, List.of(foreignCategory)).status()).isEqualTo(400);
        assertThat(other.admin().api().get("/api/v1/knowledge/authors").json()).isEmpty();

        JsonNode log = admin.get("/api/v1/audit-log").json().get("items");
        assertThat(log.findValuesAsString("action")).containsSubsequence("knowledge_author.granted",
                "knowledge_author.granted");
        assertThat(log.get(0).get("targetId").asString()).isEqualTo(expert.id().value().toString());
    }
}
