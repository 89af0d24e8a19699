package dev.frontline.workforce.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A supervisor schedules the workspace's one agent for the week of Monday 4 January 2027: solved in the background,
 * edited by hand, published; the agent sees only published shifts and asks for time off.
 */
@IntegrationTest
class ScheduleApiIntegrationTests {

    private static final String MONDAY = "2027-01-04";
    private static final String WEDNESDAY = "2027-01-06";

    @Autowired
    TestWorkspaces workspaces;

    TestWorkspaces.Workspace workspace;
    TestApi supervisor;
    TestApi agent;

    @BeforeEach
    void workspaceWithOneAgent() {
        workspace = workspaces.create();
        supervisor = workspace.supervisor().api();
        agent = workspace.agent().api();
    }

    /** Weekdays 09:00-17:00 need one agent; a day shift of 8.5 hours starts between 08:00 and 10:00. */
    private static Map<String, Object> weekRequest() {
        List<Map<String, Object>> requirements = new ArrayList<>();
        for (int day = 4; day <= 8; day++) {
            requirements.add(Map.of("day", "2027-01-0" + day, "from", "09:00", "to", "17:00", "agents", 1));
        }
        Map<String, Object> request = new HashMap<>();
        request.put("firstDay", MONDAY);
        request.put("days", 7);
        request.put("timeLimitSeconds", 2);
        request.put("shiftTemplates", List.of(Map.of("name", "Day", "lengthMinutes", 510, "earliestStart", "08:00", "latestStart", "10:00")));
        request.put("requirements", requirements);
        return request;
    }

    private JsonNode generateAndWait(Map<String, Object> request) {
        TestApi.Response queued = supervisor.post("/api/v1/workforce/schedules", request);
        assertThat(queued.status()).as(queued.body()).isEqualTo(202);
        assertThat(queued.json().get("status").asString()).isEqualTo("QUEUED");
        String id = queued.json().get("id").asString();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(() -> List.of("SOLVED", "FAILED").contains(supervisor.get("/api/v1/workforce/schedules/" + id).json().get("schedule").get("status").asString()));
        return supervisor.get("/api/v1/workforce/schedules/" + id).json();
    }

    @Test
    void aGeneratedScheduleCoversTheWeekWithinTheContractAndAgentsSeeItOnlyOncePublished() {
        JsonNode detail = generateAndWait(weekRequest());
        JsonNode schedule = detail.get("schedule");
        String id = schedule.get("id").asString();

        assertThat(schedule.get("status").asString()).as(schedule.toString()).isEqualTo("SOLVED");
        assertThat(schedule.get("hardViolations").asInt()).isZero();
        JsonNode shifts = detail.get("shifts");
        assertThat(shifts.size()).as("full time: 32-40 paid hours of 8 in at most 5 shifts").isBetween(4, 5);
        for (JsonNode shift : shifts) {
            assertThat(shift.get("userId").asString()).isEqualTo(workspace.agent().id().value().toString());
            assertThat(shift.get("start").asString()).isBetween(shift.get("day").asString() + "T08:00", shift.get("day").asString() + "T10:00");
            assertThat(shift.get("activities").findValuesAsString("kind")).containsExactly("BREAK", "LUNCH", "BREAK");
        }
        JsonNode coverage = supervisor.get("/api/v1/workforce/schedules/" + id + "/coverage").json();
        assertThat(coverage).hasSize(5 * 32);
        assertThat(coverage.get(0).get("skill").asString()).isEqualTo("*");

        assertThat(agent.get("/api/v1/workforce/schedules/" + id).status()).isEqualTo(403);
        assertThat(agent.get("/api/v1/workforce/my-schedule?from=" + MONDAY + "&days=7").json()).isEmpty();
        TestApi.Response published = supervisor.post("/api/v1/workforce/schedules/" + id + "/publish", Map.of());
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("publishedAt").isNull()).isFalse();

        JsonNode mine = agent.get("/api/v1/workforce/my-schedule?from=" + MONDAY + "&days=7").json();
        assertThat(mine).hasSize(shifts.size());
        assertThat(workspaces.create().supervisor().api().get("/api/v1/workforce/schedules/" + id).status()).as("another workspace").isEqualTo(404);
    }

    @Test
    void approvedTimeOffKeepsTheAgentOffAndADecisionIsFinal() {
        TestApi.Response requested = agent.post("/api/v1/workforce/time-off", Map.of("firstDay", WEDNESDAY, "reason", "Dentist"));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String request = requested.json().get("id").asString();
        assertThat(requested.json().get("status").asString()).isEqualTo("REQUESTED");
        assertThat(agent.post("/api/v1/workforce/time-off/" + request + "/approve", Map.of()).status()).isEqualTo(403);

        TestApi.Response approved = supervisor.post("/api/v1/workforce/time-off/" + request + "/approve", Map.of());
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");
        TestApi.Response again = supervisor.post("/api/v1/workforce/time-off/" + request + "/decline", Map.of());
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(agent.get("/api/v1/workforce/time-off").json()).hasSize(1);

        JsonNode detail = generateAndWait(weekRequest());
        assertThat(detail.get("schedule").get("hardViolations").asInt()).isZero();
        assertThat(detail.get("shifts").findValuesAsString("day")).doesNotContain(WEDNESDAY).isNotEmpty();

        String id = detail.get("schedule").get("id").asString();
        TestApi.Response onTimeOff = supervisor.put("/api/v1/workforce/schedules/" + id + "/shifts/" + workspace.agent().id().value() + "/" + WEDNESDAY,
                Map.of("template", "Day", "start", "09:00"));
        assertThat(onTimeOff.status()).as(onTimeOff.body()).isEqualTo(422);
    }

    @Test
    void aSupervisorMovesAShiftByHandWithinTheRules() {
        JsonNode detail = generateAndWait(weekRequest());
        String id = detail.get("schedule").get("id").asString();
        String day = detail.get("shifts").get(0).get("day").asString();
        String shifts = "/api/v1/workforce/schedules/" + id + "/shifts/" + workspace.agent().id().value() + "/";

        TestApi.Response moved = supervisor.put(shifts + day, Map.of("template", "Day", "start", "10:00", "lunchStart", "14:00"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        JsonNode shift = moved.json().get("shifts").get(0);
        assertThat(shift.get("start").asString()).isEqualTo(day + "T10:00:00");
        assertThat(shift.get("end").asString()).isEqualTo(day + "T18:30:00");
        assertThat(shift.get("edited").asBoolean()).isTrue();
        assertThat(shift.get("activities").get(1).get("start").asString()).isEqualTo(day + "T14:00:00");

        TestApi.Response badLunch = supervisor.put(shifts + day, Map.of("template", "Day", "start", "10:00", "lunchStart", "10:30"));
        assertThat(badLunch.status()).isEqualTo(400);
        assertThat(badLunch.header("Content-Type")).startsWith("application/problem+json");
        assertThat(supervisor.put(shifts + day, Map.of("template", "Night", "start", "10:00")).status()).isEqualTo(400);
    }

    @Test
    void anIncompleteRequestIsAProblem() {
        Map<String, Object> request = weekRequest();
        request.remove("firstDay");
        TestApi.Response response = supervisor.post("/api/v1/workforce/schedules", request);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(agent.post("/api/v1/workforce/schedules", weekRequest()).status()).isEqualTo(403);
    }

    @Test
    void aShiftTemplatesBreakRuleSetGivesItsShiftsThoseBreaks() {
        Map<String, Object> noLunch = Map.of("name", "No lunch", "tiers", List.of(Map.of("fromLengthMinutes", 0, "breaks", 2, "breakMinutes", 15,
                "lunchMinutes", 0, "lunchEarliestAfter", 0, "lunchLatestAfter", 0)));
        TestApi.Response set = supervisor.post("/api/v1/workforce/break-rule-sets", noLunch);
        assertThat(set.status()).as(set.body()).isIn(200, 201);
        Map<String, Object> request = weekRequest();
        request.put("shiftTemplates", List.of(Map.of("name", "Day", "lengthMinutes", 510, "earliestStart", "08:00", "latestStart", "10:00",
                "breakRuleSetId", set.json().get("id").asString())));

        JsonNode detail = generateAndWait(request);

        assertThat(detail.get("schedule").get("status").asString()).isEqualTo("SOLVED");
        assertThat(detail.get("shifts")).isNotEmpty().allSatisfy(shift ->
                assertThat(shift.get("activities").findValuesAsString("kind")).containsExactly("BREAK", "BREAK"));

        String othersSet = workspaces.create().supervisor().api().post("/api/v1/workforce/break-rule-sets", noLunch).json().get("id").asString();
        request.put("shiftTemplates", List.of(Map.of("name", "Day", "lengthMinutes", 510, "earliestStart", "08:00", "breakRuleSetId", othersSet)));
        TestApi.Response refused = supervisor.post("/api/v1/workforce/schedules", request);
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("shiftTemplates.breakRuleSetId");
    }
}
