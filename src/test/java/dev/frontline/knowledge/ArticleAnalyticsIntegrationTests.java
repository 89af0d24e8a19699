package dev.frontline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.channels.Channel;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Per article analytics for authors: agents' views, help center views, "this helped" from agents and visitors,
 * suggestions shown and used, over a range of days, scoped to the workspace.
 */
@IntegrationTest
class ArticleAnalyticsIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    Clock clock;

    TestWorkspaces.Workspace workspace;
    TestApi agent;
    TestApi supervisor;
    String slug;

    @BeforeEach
    void setUp() {
        workspace = workspaces.create();
        agent = workspace.agent().api();
        supervisor = workspace.supervisor().api();
        slug = "kb-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> settings = new HashMap<>(Map.of("slug", slug, "enabled", true, "name", "Acme Support",
                "brandColor", "#0f766e"));
        settings.put("contactInboxId", workspace.inbox(Channel.EMAIL).toString());
        TestApi.Response saved = workspace.admin().api().put("/api/v1/help-center/settings", settings);
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    private String article(String title) {
        TestApi.Response response = supervisor.post("/api/v1/knowledge/articles", Map.of("title", title,
                "body", "<p>" + title + "</p>", "language", "en", "audience", "PUBLIC", "status", "PUBLISHED"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private void ok(TestApi.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 302);
    }

    private TestApi visitor(String name) {
        return workspaces.anonymous().withHeader("Accept", "text/html").withHeader("User-Agent", name);
    }

    private void visitorAnswers(String name, String articleId, boolean helpful) {
        ok(visitor(name).send("POST", "/help/" + slug + "/en/articles/" + articleId + "/feedback",
                "helpful=" + (helpful ? "yes" : "no"), "application/x-www-form-urlencoded"));
    }

    private static JsonNode row(JsonNode report, String articleId) {
        for (JsonNode row : report.get("articles")) {
            if (row.get("articleId").asString().equals(articleId)) {
                return row;
            }
        }
        throw new AssertionError("no row for " + articleId + " in " + report);
    }

    @Test
    void countsViewsAnswersAndSuggestionsPerArticle() {
        String invoice = article("Pay an invoice");
        String refund = article("Ask for a refund");
        UUID conversation = UUID.randomUUID();

        ok(agent.post("/api/v1/knowledge/articles/" + invoice + "/views", Map.of()));
        ok(agent.post("/api/v1/knowledge/articles/" + invoice + "/views", Map.of()));
        ok(supervisor.post("/api/v1/knowledge/articles/" + invoice + "/views", Map.of()));
        ok(visitor("reader").get("/help/" + slug + "/en/articles/" + invoice));
        ok(agent.post("/api/v1/knowledge/articles/" + invoice + "/feedback", Map.of("helped", true, "conversationId", conversation)));
        ok(supervisor.post("/api/v1/knowledge/articles/" + invoice + "/feedback", Map.of("helped", false)));
        visitorAnswers("reader", invoice, true);
        visitorAnswers("other reader", invoice, true);
        visitorAnswers("third reader", invoice, false);
        ok(agent.post("/api/v1/knowledge/analytics/shown", Map.of("articleIds", List.of(invoice, refund))));
        ok(agent.post("/api/v1/knowledge/analytics/shown", Map.of("articleIds", List.of(invoice, refund))));
        ok(agent.post("/api/v1/knowledge/analytics/shown", Map.of("articleIds", List.of(invoice))));
        ok(agent.post("/api/v1/knowledge/articles/" + invoice + "/uses", Map.of()));

        TestApi.Response response = supervisor.get("/api/v1/knowledge/analytics");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode report = response.json();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        assertThat(report.get("to").asString()).isEqualTo(today.toString());
        assertThat(report.get("from").asString()).isEqualTo(today.minusDays(29).toString());
        assertThat(report.get("articles").findValuesAsString("articleId")).containsExactly(invoice, refund);
        JsonNode first = row(report, invoice);
        assertThat(first.get("title").asString()).isEqualTo("Pay an invoice");
        assertThat(first.get("views").asLong()).isEqualTo(4);
        assertThat(first.get("agentViews").asLong()).isEqualTo(3);
        assertThat(first.get("helpCenterViews").asLong()).isEqualTo(1);
        assertThat(first.get("agentsHelped").asLong()).isEqualTo(1);
        assertThat(first.get("agentsNotHelped").asLong()).isEqualTo(1);
        assertThat(first.get("visitorsHelped").asLong()).isEqualTo(2);
        assertThat(first.get("visitorsNotHelped").asLong()).isEqualTo(1);
        assertThat(first.get("helped").asLong()).isEqualTo(3);
        assertThat(first.get("notHelped").asLong()).isEqualTo(2);
        assertThat(first.get("shown").asLong()).isEqualTo(3);
        assertThat(first.get("used").asLong()).isEqualTo(1);
        assertThat(first.get("usageRate").asDouble()).isEqualTo(1.0 / 3);
        JsonNode second = row(report, refund);
        assertThat(second.get("views").asLong()).isZero();
        assertThat(second.get("shown").asLong()).isEqualTo(2);
        assertThat(second.get("usageRate").asDouble()).isZero();

        JsonNode single = supervisor.get("/api/v1/knowledge/analytics/articles/" + refund + "?from=" + today + "&to=" + today).json();
        assertThat(single.get("shown").asLong()).isEqualTo(2);
        assertThat(single.get("title").asString()).isEqualTo("Ask for a refund");

        JsonNode yesterday = supervisor.get("/api/v1/knowledge/analytics?from=" + today.minusDays(1) + "&to=" + today.minusDays(1)).json();
        JsonNode before = row(yesterday, invoice);
        assertThat(before.get("views").asLong() + before.get("helped").asLong() + before.get("notHelped").asLong()
                + before.get("shown").asLong() + before.get("used").asLong()).isZero();
        assertThat(before.get("usageRate").isNull()).isTrue();
    }

    @Test
    void onlyAuthorsSeeTheirOwnWorkspacesNumbers() {
        String invoice = article("Pay an invoice");
        TestWorkspaces.Workspace other = workspaces.create();
        TestApi outsider = other.supervisor().api();

        assertThat(outsider.post("/api/v1/knowledge/articles/" + invoice + "/views", Map.of()).status()).isEqualTo(404);
        assertThat(outsider.post("/api/v1/knowledge/articles/" + invoice + "/uses", Map.of()).status()).isEqualTo(404);
        ok(outsider.post("/api/v1/knowledge/analytics/shown", Map.of("articleIds", List.of(invoice))));
        assertThat(outsider.get("/api/v1/knowledge/analytics/articles/" + invoice).status()).isEqualTo(404);
        assertThat(outsider.get("/api/v1/knowledge/analytics").json().get("articles")).isEmpty();
        assertThat(agent.get("/api/v1/knowledge/analytics").status()).isEqualTo(403);

        JsonNode mine = row(supervisor.get("/api/v1/knowledge/analytics").json(), invoice);
        assertThat(mine.get("views").asLong()).isZero();
        assertThat(mine.get("shown").asLong()).isZero();
        assertThat(mine.get("used").asLong()).isZero();
    }

    @Test
    void badRangesAndOversizedBatchesAreProblems() {
        TestApi.Response reversed = supervisor.get("/api/v1/knowledge/analytics?from=2026-05-02&to=2026-05-01");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.header("content-type")).contains("application/problem+json");
        assertThat(supervisor.get("/api/v1/knowledge/analytics?from=2024-01-01&to=2026-01-01").status()).isEqualTo(400);
        assertThat(supervisor.get("/api/v1/knowledge/analytics?from=yesterday").status()).isEqualTo(400);
        List<String> tooMany = java.util.stream.Stream.generate(() -> UUID.randomUUID().toString()).limit(21).toList();
        TestApi.Response batch = agent.post("/api/v1/knowledge/analytics/shown", Map.of("articleIds", tooMany));
        assertThat(batch.status()).isEqualTo(400);
        assertThat(batch.header("content-type")).contains("application/problem+json");
    }
}
