package dev.frontline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Typed searches that find nothing are counted for the authors; other searches are not. */
@IntegrationTest
class KnowledgeAnalyticsIntegrationTests {

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

    private void search(String query, boolean typed) {
        TestApi.Response response = agent.get("/api/v1/knowledge/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)
                + (typed ? "&typed=true" : ""));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void typedSearchesWithoutResultsAreCountedPerNormalizedQuery() {
        supervisor.post("/api/v1/knowledge/articles", Map.of("title", "Reset your password", "body", "<p>Use the link.</p>",
                "language", "en", "audience", "PUBLIC", "status", "PUBLISHED"));

        search("Warranty claims", true);
        search("  warranty   CLAIMS ", true);
        search("보증 수리", true);
        search("reset password", true);
        search("warranty claims", false);

        TestApi.Response response = supervisor.get("/api/v1/knowledge/analytics/unanswered?days=7");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode unanswered = response.json();
        assertThat(unanswered.findValuesAsString("query")).containsExactly("warranty claims", "보증 수리");
        assertThat(unanswered.get(0).get("searches").asLong()).isEqualTo(2);
        assertThat(unanswered.get(1).get("searches").asLong()).isEqualTo(1);
    }

    @Test
    void onlyAuthorsOfTheWorkspaceSeeThem() {
        search("warranty claims", true);

        assertThat(agent.get("/api/v1/knowledge/analytics/unanswered").status()).isEqualTo(403);
        assertThat(workspaces.create().admin().api().get("/api/v1/knowledge/analytics/unanswered").json()).isEmpty();
        assertThat(supervisor.get("/api/v1/knowledge/analytics/unanswered").json().findValuesAsString("query"))
                .containsExactly("warranty claims");
    }
}
