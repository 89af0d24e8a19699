package dev.frontline.workforce.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.frontline.channels.Channel;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The agent state history from presence changes and the daily work report built on it, through the API. */
@IntegrationTest
class AgentActivityIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    TestWorkspaces.Workspace workspace;
    TestApi supervisor;
    TestApi agent;

    @BeforeEach
    void workspace() {
        workspace = workspaces.create();
        supervisor = workspace.supervisor().api();
        agent = workspace.agent().api();
    }

    @Test
    void everyPresenceChangeBecomesAStateInTheAgentsHistory() {
        Instant before = Instant.now().minusSeconds(1);
        agent.put("/api/v1/presence/me", Map.of("status", "AVAILABLE"));
        agent.put("/api/v1/presence/me", Map.of("status", "ON_BREAK", "reason", "Lunch"));
        agent.put("/api/v1/presence/me", Map.of("status", "AVAILABLE"));
        String states = "/api/v1/workforce/agents/" + workspace.agent().id().value() + "/states?from=" + before + "&to="
                + Instant.now().plusSeconds(60);

        JsonNode history = await().atMost(Duration.ofSeconds(10)).until(() -> supervisor.get(states).json(), list -> list.size() == 3);

        assertThat(history.get(0).get("status").asString()).isEqualTo("AVAILABLE");
        assertThat(history.get(1).get("status").asString()).isEqualTo("ON_BREAK");
        assertThat(history.get(1).get("reason").asString()).isEqualTo("Lunch");
        assertThat(history.get(1).get("end").asString()).as("a state ends where the next begins").isEqualTo(history.get(2).get("start").asString());
        assertThat(history.get(2).get("end").isNull()).as("still available").isTrue();
    }

    @Test
    void theWorkReportShowsTimeInEachStateAndTheContactsEachAgentResolved() {
        agent.put("/api/v1/presence/me", Map.of("status", "AVAILABLE"));
        String conversation = workspaces.inbound(workspace, Channel.CHAT, Map.of("from", Map.of("address", "visitor-1"), "text", "Hi"));
        assertThat(supervisor.put("/api/v1/conversations/" + conversation + "/assignment",
                Map.of("assigneeId", workspace.agent().id().value())).status()).isEqualTo(200);
        assertThat(agent.patch("/api/v1/conversations/" + conversation, Map.of("status", "RESOLVED")).status()).isEqualTo(200);

        JsonNode row = await().atMost(Duration.ofSeconds(10)).until(() -> agentRow(supervisor.get("/api/v1/workforce/work-report").json()),
                found -> found != null && found.get("secondsInState").has("AVAILABLE"));

        assertThat(row.get("contactsHandled").asInt()).isEqualTo(1);
        assertThat(row.get("averageHandleSeconds").asDouble()).isBetween(0.0, 60.0);
        TestApi.Response csv = supervisor.get("/api/v1/workforce/work-report.csv");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment").contains("work-report-");
        assertThat(csv.body()).startsWith("day,agent,available_seconds,").contains("Agent ");
        assertThat(agentRow(workspaces.create().supervisor().api().get("/api/v1/workforce/work-report").json()))
                .as("another workspace's report").isNull();
    }

    @Test
    void agentsMayNotReadReportsAndBadPeriodsAreProblems() {
        String agentId = workspace.agent().id().value().toString();

        assertThat(agent.get("/api/v1/workforce/work-report").status()).isEqualTo(403);
        TestApi.Response backwards = supervisor.get("/api/v1/workforce/agents/" + agentId + "/states?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z");
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.header("Content-Type")).startsWith("application/problem+json");
        assertThat(backwards.json().get("errors").get(0).get("field").asString()).isEqualTo("to");
        assertThat(supervisor.get("/api/v1/workforce/work-report?day=yesterday").status()).isEqualTo(400);
    }

    private JsonNode agentRow(JsonNode report) {
        for (JsonNode row : report.get("agents")) {
            if (row.get("userId").asString().equals(workspace.agent().id().value().toString())) {
                return row;
            }
        }
        return null;
    }
}
