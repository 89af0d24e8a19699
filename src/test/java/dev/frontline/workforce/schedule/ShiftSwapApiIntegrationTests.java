package dev.frontline.workforce.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.frontline.identity.Staffing;
import dev.frontline.identity.internal.ApiTokens;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.UserId;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Two agents, work on Monday 4 January 2027 only: an agent the solver put on Monday offers that shift to the other
 * (taking theirs in return when they work too), who accepts; a supervisor approves and the published shifts change hands.
 */
@IntegrationTest
class ShiftSwapApiIntegrationTests {

    private static final String MONDAY = "2027-01-04";

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    Staffing staffing;

    @Autowired
    ApiTokens tokens;

    @Test
    void anAcceptedSwapChangesThePublishedScheduleOnceASupervisorApprovesIt() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi supervisor = workspace.supervisor().api();
        UUID ada = workspace.agent().id().value();
        UserId boId = staffing.addMember(workspace.id(), "bo-" + UUID.randomUUID() + "@test.local", "Bo", Role.AGENT, "correct horse battery bo");
        UUID bo = boId.value();
        Map<UUID, TestApi> agents = Map.of(ada, workspace.agent().api(),
                bo, new TestApi(workspaces.baseUrl(), tokens.issue(new Caller(workspace.id(), boId, Role.AGENT), "test").token()));

        JsonNode schedule = solvedAndPublished(supervisor, ada, bo);
        String scheduleId = schedule.get("schedule").get("id").asString();
        UUID worker = UUID.fromString(schedule.get("shifts").get(0).get("userId").asString());
        UUID colleague = worker.equals(ada) ? bo : ada;
        String offeredStart = schedule.get("shifts").get(0).get("start").asString();
        List<String> colleagueStarts = mondayStarts(agentsMonday(supervisor, scheduleId, colleague));
        JsonNode team = agents.get(colleague).get("/api/v1/workforce/team-schedule?from=" + MONDAY + "&days=1").json();
        assertThat(team).as("an agent sees the colleagues' published shifts, each with its schedule").anySatisfy(shift -> {
            assertThat(shift.get("userId").asString()).isEqualTo(worker.toString());
            assertThat(shift.get("scheduleId").asString()).isEqualTo(scheduleId);
            assertThat(shift.get("start").asString()).isEqualTo(offeredStart);
        });
        assertThat(workspaces.create().agent().api().get("/api/v1/workforce/team-schedule?from=" + MONDAY + "&days=1").json())
                .as("nothing of another workspace").isEmpty();

        TestApi.Response asked = agents.get(worker).post("/api/v1/workforce/shift-swaps",
                Map.of("scheduleId", scheduleId, "day", MONDAY, "partnerId", colleague.toString()));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        String swap = "/api/v1/workforce/shift-swaps/" + asked.json().get("id").asString();
        assertThat(agents.get(worker).post(swap + "/accept", Map.of()).status()).as("only the colleague accepts").isEqualTo(403);
        assertThat(supervisor.post(swap + "/approve", Map.of()).status()).as("not accepted yet").isEqualTo(422);
        assertThat(agents.get(colleague).get("/api/v1/workforce/shift-swaps").json()).hasSize(1);

        TestApi.Response accepted = agents.get(colleague).post(swap + "/accept", Map.of());
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(agents.get(colleague).post(swap + "/approve", Map.of()).status()).isEqualTo(403);
        TestApi.Response approved = supervisor.post(swap + "/approve", Map.of());
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");

        assertThat(mondayStarts(agents.get(colleague).get("/api/v1/workforce/my-schedule?from=" + MONDAY + "&days=1").json()))
                .containsExactly(offeredStart);
        assertThat(mondayStarts(agents.get(worker).get("/api/v1/workforce/my-schedule?from=" + MONDAY + "&days=1").json()))
                .isEqualTo(colleagueStarts);
        assertThat(supervisor.post(swap + "/decline", Map.of()).status()).as("decided already").isEqualTo(422);
    }

    private static JsonNode agentsMonday(TestApi supervisor, String scheduleId, UUID agent) {
        List<JsonNode> shifts = new ArrayList<>();
        supervisor.get("/api/v1/workforce/schedules/" + scheduleId).json().get("shifts").forEach(shift -> {
            if (shift.get("userId").asString().equals(agent.toString()) && shift.get("day").asString().equals(MONDAY)) {
                shifts.add(shift);
            }
        });
        return tools.jackson.databind.json.JsonMapper.builder().build().valueToTree(shifts);
    }

    private static List<String> mondayStarts(JsonNode shifts) {
        List<String> starts = new ArrayList<>();
        shifts.forEach(shift -> starts.add(shift.get("start").asString()));
        return starts;
    }

    /** No contract minimum; Monday 09:00-17:00 needs one agent and every other weekday hour none. */
    private JsonNode solvedAndPublished(TestApi supervisor, UUID ada, UUID bo) {
        List<Map<String, Object>> requirements = new ArrayList<>();
        requirements.add(Map.of("day", MONDAY, "from", "09:00", "to", "17:00", "agents", 1));
        requirements.add(Map.of("day", MONDAY, "from", "06:00", "to", "09:00", "agents", 0));
        requirements.add(Map.of("day", MONDAY, "from", "17:00", "to", "22:00", "agents", 0));
        for (int day = 5; day <= 10; day++) {
            requirements.add(Map.of("day", "2027-01-" + (day < 10 ? "0" : "") + day, "from", "06:00", "to", "22:00", "agents", 0));
        }
        Map<String, Object> request = new HashMap<>();
        request.put("firstDay", MONDAY);
        request.put("days", 7);
        request.put("timeLimitSeconds", 2);
        request.put("shiftTemplates", List.of(Map.of("name", "Day", "lengthMinutes", 510, "earliestStart", "08:00", "latestStart", "09:00")));
        request.put("requirements", requirements);
        request.put("agents", List.of(Map.of("userId", ada.toString(), "minHoursPerWeek", 0, "minDaysOffPerWeek", 0),
                Map.of("userId", bo.toString(), "minHoursPerWeek", 0, "minDaysOffPerWeek", 0)));
        TestApi.Response queued = supervisor.post("/api/v1/workforce/schedules", request);
        assertThat(queued.status()).as(queued.body()).isEqualTo(202);
        String id = queued.json().get("id").asString();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(() -> "SOLVED".equals(supervisor.get("/api/v1/workforce/schedules/" + id).json().get("schedule").get("status").asString()));
        assertThat(supervisor.post("/api/v1/workforce/schedules/" + id + "/publish", Map.of()).status()).isEqualTo(200);
        return supervisor.get("/api/v1/workforce/schedules/" + id).json();
    }
}
