package dev.frontline.presence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestBrowser;
import dev.frontline.support.TestEventStream;
import dev.frontline.support.TestWorkspaces;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class PresenceIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    Presence presence;

    @Test
    void aMemberNeverSeenIsOfflineAndSetsTheirOwnStatusWithAReason() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi agent = workspace.agent().api();

        JsonNode before = agent.get("/api/v1/presence/me").json();
        assertThat(before.get("status").asString()).isEqualTo("OFFLINE");
        assertThat(before.get("since").isNull()).isTrue();

        TestApi.Response onBreak = agent.put("/api/v1/presence/me", Map.of("status", "ON_BREAK", "reason", "lunch"));
        assertThat(onBreak.status()).isEqualTo(200);
        assertThat(onBreak.json().get("userId").asString()).isEqualTo(workspace.agent().id().toString());
        assertThat(onBreak.json().get("displayName").asString()).startsWith("Agent ");
        assertThat(onBreak.json().get("status").asString()).isEqualTo("ON_BREAK");
        assertThat(onBreak.json().get("reason").asString()).isEqualTo("lunch");
        String since = onBreak.json().get("since").asString();

        JsonNode newReason = agent.put("/api/v1/presence/me", Map.of("status", "ON_BREAK", "reason", "coffee")).json();
        assertThat(newReason.get("reason").asString()).isEqualTo("coffee");
        assertThat(newReason.get("since").asString()).as("a new reason does not reset the time in status").isEqualTo(since);

        JsonNode busy = agent.put("/api/v1/presence/me", Map.of("status", "BUSY")).json();
        assertThat(busy.get("status").asString()).isEqualTo("BUSY");
        assertThat(busy.get("reason").isNull()).isTrue();
        assertThat(agent.get("/api/v1/presence/me").json().get("status").asString()).isEqualTo("BUSY");

        assertThat(agent.put("/api/v1/presence/me", Map.of("status", "DANCING")).status()).isEqualTo(400);
        assertThat(agent.put("/api/v1/presence/me", Map.of("reason", "no status")).status()).isEqualTo(400);
    }

    @Test
    void signingInMakesAnOfflineMemberAvailableAndSigningOutMakesThemOffline() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestBrowser browser = new TestBrowser(workspaces.baseUrl());

        assertThat(browser.login(workspace.agent().email(), workspace.agent().password()).statusCode()).isEqualTo(200);
        assertThat(TestBrowser.json(browser.get("/api/v1/presence/me")).get("status").asString()).isEqualTo("AVAILABLE");
        assertThat(presence.availableAgents(workspace.id())).containsExactly(workspace.agent().id());

        assertThat(browser.send("PUT", "/api/v1/presence/me", Map.of("status", "TRAINING")).statusCode()).isEqualTo(200);
        assertThat(browser.logout().statusCode()).isEqualTo(204);
        assertThat(presence.statusOf(workspace.id(), workspace.agent().id()).status()).isEqualTo(PresenceStatus.OFFLINE);
        assertThat(presence.availableAgents(workspace.id())).isEmpty();

        workspace.agent().api().put("/api/v1/presence/me", Map.of("status", "MEETING"));
        browser.login(workspace.agent().email(), workspace.agent().password());
        assertThat(presence.statusOf(workspace.id(), workspace.agent().id()).status())
                .as("signing in keeps a status someone chose").isEqualTo(PresenceStatus.MEETING);
    }

    @Test
    void agentsSeeTheirTeammatesAndSupervisorsSeeEveryone() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();
        String teammate = admin.post("/api/v1/users", Map.of("email", "mate-" + workspace.id() + "@test.local",
                "displayName", "Teammate", "role", "AGENT")).json().get("id").asString();
        String team = workspace.supervisor().api().post("/api/v1/teams", Map.of("name", "Billing")).json().get("id").asString();
        workspace.supervisor().api().put("/api/v1/teams/" + team + "/members/" + workspace.agent().id(), Map.of());
        workspace.supervisor().api().put("/api/v1/teams/" + team + "/members/" + teammate, Map.of());
        workspace.agent().api().put("/api/v1/presence/me", Map.of("status", "AVAILABLE"));

        JsonNode agentBoard = workspace.agent().api().get("/api/v1/presence").json();
        assertThat(agentBoard.findValuesAsString("userId"))
                .containsExactlyInAnyOrder(workspace.agent().id().toString(), teammate);
        JsonNode me = find(agentBoard, workspace.agent().id().toString());
        assertThat(me.get("status").asString()).isEqualTo("AVAILABLE");
        assertThat(me.get("teamIds").get(0).asString()).isEqualTo(team);
        assertThat(find(agentBoard, teammate).get("status").asString()).isEqualTo("OFFLINE");

        assertThat(workspace.supervisor().api().get("/api/v1/presence").json().findValuesAsString("userId"))
                .containsExactlyInAnyOrder(workspace.admin().id().toString(), workspace.supervisor().id().toString(),
                        workspace.agent().id().toString(), teammate);
    }

    @Test
    void supervisorsSetAnyonesStatusAndThatIsAudited() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        workspace.agent().api().put("/api/v1/presence/me", Map.of("status", "AVAILABLE"));

        assertThat(workspace.agent().api().put("/api/v1/presence/" + workspace.supervisor().id(),
                Map.of("status", "OFFLINE")).status()).isEqualTo(403);
        TestApi.Response forced = workspace.supervisor().api().put("/api/v1/presence/" + workspace.agent().id(),
                Map.of("status", "OFFLINE", "reason", "left without signing out"));
        assertThat(forced.status()).isEqualTo(200);
        assertThat(forced.json().get("status").asString()).isEqualTo("OFFLINE");
        assertThat(workspace.agent().api().get("/api/v1/presence/me").json().get("reason").asString())
                .isEqualTo("left without signing out");
        assertThat(workspace.agent().api().put("/api/v1/presence/" + workspace.agent().id(),
                Map.of("status", "AVAILABLE")).status()).as("anyone sets their own").isEqualTo(200);

        JsonNode audit = workspace.admin().api().get("/api/v1/audit-log").json().get("items");
        assertThat(audit.findValuesAsString("action")).containsExactly("presence.changed");
        assertThat(audit.get(0).get("targetId").asString()).isEqualTo(workspace.agent().id().toString());
    }

    @Test
    void statusChangesReachTheLiveStreamOfTheWorkspaceOnly() throws Exception {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestWorkspaces.Workspace other = workspaces.create();
        List<String> supervisorStream = TestEventStream.listen(workspaces.baseUrl(), token(workspace.supervisor()));
        List<String> otherStream = TestEventStream.listen(workspaces.baseUrl(), token(other.admin()));

        workspace.agent().api().put("/api/v1/presence/me", Map.of("status", "AFTER_CALL_WORK", "reason", "wrap-up"));

        await().atMost(Duration.ofSeconds(5)).until(() -> supervisorStream.contains("event:agent_presence.changed"));
        String data = supervisorStream.get(supervisorStream.indexOf("event:agent_presence.changed") + 1);
        JsonNode event = TestApi.json().readTree(data.substring("data:".length()));
        assertThat(event.get("workspaceId").asString()).isEqualTo(workspace.id().toString());
        assertThat(event.get("userId").asString()).isEqualTo(workspace.agent().id().toString());
        assertThat(event.get("status").asString()).isEqualTo("AFTER_CALL_WORK");
        assertThat(event.get("reason").asString()).isEqualTo("wrap-up");
        assertThat(event.get("previousStatus").asString()).isEqualTo("OFFLINE");
        assertThat(event.get("since").asString()).isNotBlank();
        assertThat(otherStream).doesNotContain("event:agent_presence.changed");
    }

    @Test
    void availableAgentsListsTheLongestAvailableFirst() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        workspace.agent().api().put("/api/v1/presence/me", Map.of("status", "AVAILABLE"));
        workspace.supervisor().api().put("/api/v1/presence/me", Map.of("status", "AVAILABLE"));
        workspace.admin().api().put("/api/v1/presence/me", Map.of("status", "BUSY"));

        assertThat(presence.availableAgents(workspace.id()))
                .containsExactly(workspace.agent().id(), workspace.supervisor().id());
    }

    private static JsonNode find(JsonNode board, String userId) {
        for (JsonNode entry : board) {
            if (entry.get("userId").asString().equals(userId)) {
                return entry;
            }
        }
        throw new AssertionError("not on the board: " + userId);
    }

    private static String token(TestWorkspaces.StaffAccount account) {
        return account.api().post("/api/v1/tokens", Map.of("name", "stream")).json().get("token").asString();
    }
}
