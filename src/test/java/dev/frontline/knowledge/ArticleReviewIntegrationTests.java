package dev.frontline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Version diffs and the review of agents' suggestions, through the HTTP API on the real database. */
@IntegrationTest
class ArticleReviewIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    TestWorkspaces.Workspace workspace;
    TestApi agent;
    TestApi supervisor;

    @BeforeEach
    void setUp() {
        workspace = workspaces.create();
        agent = workspace.agent().api();
        supervisor = workspace.supervisor().api();
    }

    private String create(String title, String body, String language, String status) {
        TestApi.Response response = supervisor.post("/api/v1/knowledge/articles", Map.of("title", title, "body", body,
                "language", language, "audience", "INTERNAL", "status", status));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static List<String> runs(JsonNode changes, String kind) {
        return changes.valueStream().filter(change -> change.get("kind").asString().equals(kind))
                .map(change -> change.get("text").asString()).toList();
    }

    @Test
    void theDiffBetweenTwoVersionsShowsTheChangedWordsOfTitleAndBody() {
        String id = create("Shipping times", "<h2>Europe</h2><p>Parcels arrive in 3 days.</p>", "en", "PUBLISHED");
        supervisor.patch("/api/v1/knowledge/articles/" + id,
                Map.of("title", "Delivery times", "body", "<h2>Europe</h2><p>Parcels arrive in 5 working days.</p>"));

        TestApi.Response response = supervisor.get("/api/v1/knowledge/articles/" + id + "/diff?from=1");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode diff = response.json();
        assertThat(diff.get("fromVersion").asInt()).isEqualTo(1);
        assertThat(diff.get("toVersion").asInt()).isEqualTo(2);
        assertThat(runs(diff.get("title"), "REMOVED")).containsExactly("Shipping");
        assertThat(runs(diff.get("title"), "ADDED")).containsExactly("Delivery");
        assertThat(runs(diff.get("body"), "REMOVED")).containsExactly("3");
        assertThat(runs(diff.get("body"), "ADDED")).containsExactly("5", "working ");
        assertThat(String.join("", runs(diff.get("body"), "SAME"))).isEqualTo("Europe\nParcels arrive in  days.");
    }

    @Test
    void chineseIsComparedCharacterByCharacter() {
        String id = create("退款", "<p>七个工作日内退回</p>", "zh-Hans", "DRAFT");
        supervisor.patch("/api/v1/knowledge/articles/" + id, Map.of("body", "<p>五个工作日内退回</p>"));

        JsonNode diff = supervisor.get("/api/v1/knowledge/articles/" + id + "/diff?from=1&to=2").json();
        assertThat(runs(diff.get("body"), "REMOVED")).containsExactly("七");
        assertThat(runs(diff.get("body"), "ADDED")).containsExactly("五");
    }

    @Test
    void diffsAreForAuthorsOfTheWorkspaceAndUnknownVersionsAreNotFound() {
        String id = create("Opening hours", "<p>9 to 6</p>", "en", "PUBLISHED");

        assertThat(agent.get("/api/v1/knowledge/articles/" + id + "/diff?from=1").status()).isEqualTo(403);
        assertThat(workspaces.create().admin().api().get("/api/v1/knowledge/articles/" + id + "/diff?from=1").status())
                .isEqualTo(404);
        TestApi.Response missing = supervisor.get("/api/v1/knowledge/articles/" + id + "/diff?from=7");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).contains("application/problem+json");
    }

    @Test
    void anAcceptedEditWaitsAsADraftWhileThePublishedVersionStaysLive() {
        String id = create("Refund policy", "<p>Refunds within 30 days.</p>", "en", "PUBLISHED");

        TestApi.Response suggested = agent.post("/api/v1/knowledge/articles/" + id + "/suggestions", Map.of(
                "kind", "EDIT", "comment", "The policy changed last week",
                "body", "<p>Refunds within 60 days.</p><script>alert(1)</script>"));
        assertThat(suggested.status()).as(suggested.body()).isEqualTo(201);
        JsonNode suggestion = suggested.json();
        assertThat(suggestion.get("status").asString()).isEqualTo("OPEN");
        assertThat(suggestion.get("baseVersion").asInt()).isEqualTo(1);
        assertThat(suggestion.get("proposedBody").asString()).isEqualTo("<p>Refunds within 60 days.</p>");
        assertThat(suggestion.get("proposedTitle").isNull()).as("the title was not changed").isTrue();

        JsonNode queue = supervisor.get("/api/v1/knowledge/suggestions").json();
        assertThat(queue.findValuesAsString("id")).containsExactly(suggestion.get("id").asString());
        assertThat(queue.get(0).get("articleTitle").asString()).isEqualTo("Refund policy");

        TestApi.Response accepted = supervisor.post("/api/v1/knowledge/suggestions/" + suggestion.get("id").asString()
                + "/accept", Map.of());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        JsonNode live = accepted.json().get("article");
        assertThat(live.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(live.get("version").asInt()).isEqualTo(1);
        assertThat(live.get("body").asString()).isEqualTo("<p>Refunds within 30 days.</p>");
        assertThat(live.get("draftVersion").asInt()).isEqualTo(2);
        assertThat(accepted.json().get("suggestion").get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().get("suggestion").get("appliedVersion").asInt()).isEqualTo(2);
        assertThat(supervisor.get("/api/v1/knowledge/suggestions").json()).isEmpty();
        assertThat(supervisor.get("/api/v1/knowledge/suggestions?status=ACCEPTED").json().findValuesAsString("id"))
                .containsExactly(suggestion.get("id").asString());

        // Readers and search keep the published version; the draft is in the history for the authors.
        assertThat(agent.get("/api/v1/knowledge/articles/" + id).json().get("body").asString())
                .isEqualTo("<p>Refunds within 30 days.</p>");
        assertThat(searchIds("refunds")).contains(id);
        JsonNode versions = supervisor.get("/api/v1/knowledge/articles/" + id + "/versions").json();
        assertThat(versions.findValuesAsString("status")).containsExactly("DRAFT", "PUBLISHED");
        JsonNode diff = supervisor.get("/api/v1/knowledge/articles/" + id + "/diff?from=1&to=2").json();
        assertThat(runs(diff.get("body"), "ADDED")).containsExactly("60");

        TestApi.Response again = supervisor.post("/api/v1/knowledge/suggestions/" + suggestion.get("id").asString()
                + "/dismiss", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).contains("application/problem+json");

        TestApi.Response published = supervisor.post("/api/v1/knowledge/articles/" + id + "/draft/publish", Map.of());
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("body").asString()).isEqualTo("<p>Refunds within 60 days.</p>");
        assertThat(published.json().get("version").asInt()).isEqualTo(3);
        assertThat(published.json().get("draftVersion").isNull()).isTrue();
        assertThat(agent.get("/api/v1/knowledge/search?q=60%20days").json().get("items").findValuesAsString("id"))
                .contains(id);
        assertThat(supervisor.post("/api/v1/knowledge/articles/" + id + "/draft/publish", Map.of()).status())
                .as("no draft waits any more").isEqualTo(409);
    }

    @Test
    void acceptAndPublishPutsTheSuggestionLiveAtOnce() {
        String id = create("Delivery zones", "<p>We ship to Europe.</p>", "en", "PUBLISHED");
        String edit = agent.post("/api/v1/knowledge/articles/" + id + "/suggestions", Map.of("kind", "EDIT",
                "comment", "Asia too now", "title", "Delivery zones and countries",
                "body", "<p>We ship to Europe and Asia.</p>")).json().get("id").asString();

        TestApi.Response accepted = supervisor.post("/api/v1/knowledge/suggestions/" + edit + "/accept",
                Map.of("publish", true));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        JsonNode article = agent.get("/api/v1/knowledge/articles/" + id).json();
        assertThat(article.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(article.get("title").asString()).isEqualTo("Delivery zones and countries");
        assertThat(article.get("body").asString()).isEqualTo("<p>We ship to Europe and Asia.</p>");
        assertThat(article.get("version").asInt()).isEqualTo(2);
        assertThat(accepted.json().get("suggestion").get("appliedVersion").asInt()).isEqualTo(2);
        assertThat(agent.get("/api/v1/knowledge/search?q=asia").json().get("items").findValuesAsString("id"))
                .contains(id);
    }

    @Test
    void aSecondAcceptedEditBuildsOnTheWaitingDraftAndDiscardingKeepsTheLiveVersion() {
        String id = create("Returns", "<p>Send it back.</p>", "en", "PUBLISHED");
        String first = agent.post("/api/v1/knowledge/articles/" + id + "/suggestions", Map.of("kind", "EDIT",
                "comment", "title", "title", "Returns and exchanges")).json().get("id").asString();
        String second = agent.post("/api/v1/knowledge/articles/" + id + "/suggestions", Map.of("kind", "EDIT",
                "comment", "body", "body", "<p>Send it back within 30 days.</p>")).json().get("id").asString();
        supervisor.post("/api/v1/knowledge/suggestions/" + first + "/accept", Map.of());

        JsonNode article = supervisor.post("/api/v1/knowledge/suggestions/" + second + "/accept", Map.of()).json()
                .get("article");
        assertThat(article.get("draftVersion").asInt()).isEqualTo(3);
        JsonNode draft = supervisor.get("/api/v1/knowledge/articles/" + id + "/diff?from=1&to=3").json();
        assertThat(runs(draft.get("title"), "ADDED")).as("the first accepted edit is kept").isNotEmpty();
        assertThat(runs(draft.get("body"), "ADDED")).isNotEmpty();

        TestApi.Response discarded = supervisor.delete("/api/v1/knowledge/articles/" + id + "/draft");
        assertThat(discarded.status()).as(discarded.body()).isEqualTo(200);
        assertThat(discarded.json().get("draftVersion").isNull()).isTrue();
        assertThat(discarded.json().get("title").asString()).isEqualTo("Returns");
        assertThat(discarded.json().get("status").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void anAcceptedEditOfAnUnpublishedArticleBecomesItsDraft() {
        String id = create("Pricing", "<p>Old prices</p>", "en", "PUBLISHED");
        String flag = agent.post("/api/v1/knowledge/articles/" + id + "/suggestions", Map.of("kind", "OUTDATED",
                "comment", "prices went up")).json().get("id").asString();
        supervisor.post("/api/v1/knowledge/articles/" + id + "/status", Map.of("status", "DRAFT"));

        JsonNode article = supervisor.post("/api/v1/knowledge/suggestions/" + flag + "/accept", Map.of()).json()
                .get("article");
        assertThat(article.get("status").asString()).isEqualTo("DRAFT");
        assertThat(article.get("draftVersion").isNull()).isTrue();
        assertThat(article.get("version").asInt()).isEqualTo(3);
    }

    private List<String> searchIds(String query) {
        return agent.get("/api/v1/knowledge/search?q=" + query).json().get("items").findValuesAsString("id");
    }

    @Test
    void anOutdatedFlagIsDismissedWithoutTouchingTheArticle() {
        String id = create("Office address", "<p>Main street 1</p>", "en", "PUBLISHED");

        String flag = agent.post("/api/v1/knowledge/articles/" + id + "/suggestions",
                Map.of("kind", "OUTDATED", "comment", "We moved in June")).json().get("id").asString();
        assertThat(supervisor.get("/api/v1/knowledge/suggestions?article=" + id).json().findValuesAsString("kind"))
                .containsExactly("OUTDATED");

        JsonNode dismissed = supervisor.post("/api/v1/knowledge/suggestions/" + flag + "/dismiss", Map.of()).json();
        assertThat(dismissed.get("status").asString()).isEqualTo("DISMISSED");
        assertThat(dismissed.get("resolvedBy").asString()).isEqualTo(workspace.supervisor().id().value().toString());
        JsonNode article = agent.get("/api/v1/knowledge/articles/" + id).json();
        assertThat(article.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(article.get("version").asInt()).isEqualTo(1);
    }

    @Test
    void suggestionsAreCheckedAndKeptWithinTheWorkspace() {
        String id = create("Card declined", "<p>Ask for another card.</p>", "en", "PUBLISHED");
        String draft = create("Unpublished", "<p>Draft</p>", "en", "DRAFT");

        Map<String, Object> unchanged = new HashMap<>(Map.of("kind", "EDIT", "comment", "typo",
                "body", "<p>Ask for another card.</p>"));
        TestApi.Response noChange = agent.post("/api/v1/knowledge/articles/" + id + "/suggestions", unchanged);
        assertThat(noChange.status()).isEqualTo(400);
        assertThat(noChange.header("Content-Type")).contains("application/problem+json");
        assertThat(agent.post("/api/v1/knowledge/articles/" + id + "/suggestions", Map.of("kind", "OUTDATED"))
                .status()).isEqualTo(400);
        assertThat(agent.post("/api/v1/knowledge/articles/" + draft + "/suggestions",
                Map.of("kind", "OUTDATED", "comment", "old")).status()).as("agents cannot read drafts").isEqualTo(404);

        String flag = agent.post("/api/v1/knowledge/articles/" + id + "/suggestions",
                Map.of("kind", "OUTDATED", "comment", "old")).json().get("id").asString();
        assertThat(agent.get("/api/v1/knowledge/suggestions").status()).isEqualTo(403);
        assertThat(agent.post("/api/v1/knowledge/suggestions/" + flag + "/accept", Map.of()).status()).isEqualTo(403);
        TestApi stranger = workspaces.create().admin().api();
        assertThat(stranger.get("/api/v1/knowledge/suggestions").json()).isEmpty();
        assertThat(stranger.post("/api/v1/knowledge/suggestions/" + flag + "/accept", Map.of()).status()).isEqualTo(404);
    }
}
