package dev.frontline.workforce.adherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.frontline.shared.Timestamps;
import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A published shift of last week against the agent's logged states: they started 10 minutes late and worked
 * through their breaks and lunch. Presence is logged as it happens, so last week's states are written into the
 * state log the way {@code PresenceLog} writes them. The work report page shows the same in Chromium
 * (frontend/e2e/adherence.mjs).
 */
@IntegrationTest
class AdherenceIntegrationTests {

    private static final String MONDAY = "2026-11-23";

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    private static JsonNode publishedWeek(TestApi supervisor) {
        List<Map<String, Object>> requirements = new ArrayList<>();
        for (int day = 23; day <= 27; day++) {
            requirements.add(Map.of("day", "2026-11-" + day, "from", "09:00", "to", "17:00", "agents", 1));
        }
        Map<String, Object> request = new HashMap<>();
        request.put("firstDay", MONDAY);
        request.put("days", 7);
        request.put("timeLimitSeconds", 2);
        request.put("shiftTemplates", List.of(Map.of("name", "Day", "lengthMinutes", 510, "earliestStart", "08:00", "latestStart", "10:00")));
        request.put("requirements", requirements);
        TestApi.Response queued = supervisor.post("/api/v1/workforce/schedules", request);
        assertThat(queued.status()).as(queued.body()).isEqualTo(202);
        String id = queued.json().get("id").asString();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(() -> supervisor.get("/api/v1/workforce/schedules/" + id).json().get("schedule").get("status").asString(), "SOLVED"::equals);
        assertThat(supervisor.post("/api/v1/workforce/schedules/" + id + "/publish", Map.of()).status()).isEqualTo(200);
        return supervisor.get("/api/v1/workforce/schedules/" + id).json().get("shifts").get(0);
    }

    private void logged(TestWorkspaces.Workspace workspace, Instant at, String status) {
        jdbc.sql("insert into workforce_agent_states (workspace_id, user_id, started_at, status) values (?, ?, ?, ?)")
                .params(workspace.id().value(), workspace.agent().id().value(), Timestamps.sql(at), status).update();
    }

    /** Publishes last week's schedule; the agent logs in ten minutes late on their first shift and works through it. */
    private JsonNode lateAndWithoutBreaks(TestWorkspaces.Workspace workspace) {
        TestApi supervisor = workspace.supervisor().api();
        JsonNode shift = publishedWeek(supervisor);
        ZoneId zone = ZoneId.of(supervisor.get("/api/v1/workforce/adherence?day=" + shift.get("day").asString()).json().get("zone").asString());
        logged(workspace, LocalDateTime.parse(shift.get("start").asString()).atZone(zone).toInstant().plus(Duration.ofMinutes(10)), "AVAILABLE");
        logged(workspace, LocalDateTime.parse(shift.get("end").asString()).atZone(zone).toInstant(), "OFFLINE");
        return shift;
    }

    @Test
    void aLateStartAndSkippedBreaksShowAsExceptionsAndLowerAdherence() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi supervisor = workspace.supervisor().api();
        JsonNode shift = lateAndWithoutBreaks(workspace);
        String day = shift.get("day").asString();
        ZoneId zone = ZoneId.of(supervisor.get("/api/v1/workforce/adherence?day=" + day).json().get("zone").asString());
        Instant start = LocalDateTime.parse(shift.get("start").asString()).atZone(zone).toInstant();
        Instant end = LocalDateTime.parse(shift.get("end").asString()).atZone(zone).toInstant();

        JsonNode report = supervisor.get("/api/v1/workforce/adherence?day=" + day).json();

        JsonNode agent = report.get("agents").get(0);
        assertThat(report.get("agents")).hasSize(1);
        assertThat(agent.get("userId").asString()).isEqualTo(workspace.agent().id().value().toString());
        long shiftSeconds = Duration.between(start, end).toSeconds();
        long activitySeconds = 0;
        for (JsonNode activity : shift.get("activities")) {
            activitySeconds += Duration.between(LocalDateTime.parse(activity.get("start").asString()),
                    LocalDateTime.parse(activity.get("end").asString())).toSeconds();
        }
        assertThat(agent.get("scheduledSeconds").asLong()).isEqualTo(shiftSeconds);
        assertThat(agent.get("adherentSeconds").asLong()).as("working time minus the late start")
                .isEqualTo(shiftSeconds - activitySeconds - 600);
        assertThat(agent.get("adherence").asDouble()).isEqualTo((double) (shiftSeconds - activitySeconds - 600) / shiftSeconds);
        assertThat(agent.get("conformance").asDouble()).as("logged in through the breaks")
                .isEqualTo((double) (shiftSeconds - 600) / (shiftSeconds - activitySeconds));
        List<String> exceptions = new ArrayList<>();
        agent.get("exceptions").forEach(e -> exceptions.add(e.get("scheduled").asString() + " " + e.get("actual").asString()));
        List<String> expected = new ArrayList<>(List.of("WORK OFFLINE"));
        shift.get("activities").forEach(a -> expected.add(a.get("kind").asString() + " AVAILABLE"));
        assertThat(exceptions).isEqualTo(expected);
        assertThat(report.get("total").get("adherence").asDouble()).isEqualTo(agent.get("adherence").asDouble());

        assertThat(supervisor.get("/api/v1/workforce/adherence?day=" + day + "&minimumExceptionMinutes=11").json()
                .get("agents").get(0).get("exceptions").get(0).get("scheduled").asString())
                .as("the 10 minutes late are under an 11-minute minimum").isNotEqualTo("WORK");
        assertThat(workspace.agent().api().get("/api/v1/workforce/adherence?day=" + day).status()).isEqualTo(403);
        assertThat(supervisor.get("/api/v1/workforce/adherence?day=" + day + "&minimumExceptionMinutes=500").status()).isEqualTo(400);
        assertThat(workspaces.create().supervisor().api().get("/api/v1/workforce/adherence?day=" + day).json().get("agents"))
                .as("another workspace").isEmpty();
    }

    @Test
    void theWorkReportPageShowsAdherenceAndTheExceptions() throws Exception {
        BrowserScript.assumeChromium();
        TestWorkspaces.Workspace workspace = workspaces.create();
        JsonNode shift = lateAndWithoutBreaks(workspace);
        String day = shift.get("day").asString();
        JsonNode agent = workspace.supervisor().api().get("/api/v1/workforce/adherence?day=" + day).json().get("agents").get(0);

        Map<String, Object> arguments = new LinkedHashMap<>(BrowserScript.arguments(workspaces, workspace));
        arguments.put("day", day);
        arguments.put("agentName", agent.get("displayName").asString());
        arguments.put("adherence", Math.round(agent.get("adherence").asDouble() * 100) + "%");
        arguments.put("exceptions", agent.get("exceptions").size());
        BrowserScript.run("adherence.mjs", arguments);

        assertThat(Path.of("target", "screenshots", "adherence.png")).exists();
    }
}
