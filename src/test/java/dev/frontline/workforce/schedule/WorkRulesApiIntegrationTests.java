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
 * Stored work rules: a supervisor keeps break rule sets and contract templates and assigns agents to them; an agent
 * sees their own rules, sets preferences and asks for availability that a supervisor approves; schedules follow them.
 */
@IntegrationTest
class WorkRulesApiIntegrationTests {

    private static final String MONDAY = "2027-01-04";
    /** Under 6 hours one break; from 6 hours three 15-minute breaks and a 45-minute lunch. */
    private static final List<Map<String, Object>> LONG_LUNCH_TIERS = List.of(
            Map.of("fromLengthMinutes", 0, "breaks", 1, "breakMinutes", 15, "lunchMinutes", 0, "lunchEarliestAfter", 0, "lunchLatestAfter", 0),
            Map.of("fromLengthMinutes", 360, "breaks", 3, "breakMinutes", 15, "lunchMinutes", 45, "lunchEarliestAfter", 180, "lunchLatestAfter", 300));

    @Autowired
    TestWorkspaces workspaces;

    TestWorkspaces.Workspace workspace;
    TestApi supervisor;
    TestApi agent;
    String agentId;

    @BeforeEach
    void workspaceWithOneAgent() {
        workspace = workspaces.create();
        supervisor = workspace.supervisor().api();
        agent = workspace.agent().api();
        agentId = workspace.agent().id().value().toString();
    }

    private String created(TestApi.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static Map<String, Object> terms(int minHours, int maxHours, int maxDays) {
        Map<String, Object> terms = new HashMap<>();
        terms.put("minHoursPerWeek", minHours);
        terms.put("maxHoursPerWeek", maxHours);
        terms.put("maxDaysPerWeek", maxDays);
        terms.put("minDaysOffPerWeek", 7 - maxDays);
        terms.put("minRestHours", 11);
        return terms;
    }

    @Test
    void aSupervisorKeepsTemplatesAndAssignsAgentsWithOverrides() {
        String breaks = created(supervisor.post("/api/v1/workforce/break-rule-sets", Map.of("name", "Long lunch", "tiers", LONG_LUNCH_TIERS)));
        Map<String, Object> partTime = new HashMap<>(Map.of("name", "Part time 20h", "terms", terms(16, 20, 4), "breakRuleSetId", breaks));
        String template = created(supervisor.post("/api/v1/workforce/contract-templates", partTime));
        assertThat(supervisor.post("/api/v1/workforce/contract-templates", partTime).status()).as("names are unique").isEqualTo(409);

        TestApi.Response assigned = supervisor.put("/api/v1/workforce/work-rules/" + agentId,
                Map.of("contractTemplateId", template, "overrides", Map.of("maxHoursPerWeek", 24)));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        JsonNode rules = assigned.json();
        assertThat(rules.get("contractTemplateName").asString()).isEqualTo("Part time 20h");
        assertThat(rules.get("breakRuleSetName").asString()).isEqualTo("Long lunch");
        assertThat(rules.get("effectiveTerms").get("maxHoursPerWeek").asInt()).isEqualTo(24);
        assertThat(rules.get("effectiveTerms").get("minHoursPerWeek").asInt()).isEqualTo(16);

        partTime.put("terms", terms(18, 22, 4));
        assertThat(supervisor.put("/api/v1/workforce/contract-templates/" + template, partTime).status()).isEqualTo(200);
        JsonNode listed = supervisor.get("/api/v1/workforce/work-rules").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("effectiveTerms").get("minHoursPerWeek").asInt()).as("the template's change reaches its agents").isEqualTo(18);

        TestApi.Response contradictory = supervisor.put("/api/v1/workforce/work-rules/" + agentId,
                Map.of("contractTemplateId", template, "overrides", Map.of("maxHoursPerWeek", 10)));
        assertThat(contradictory.status()).isEqualTo(400);
        assertThat(contradictory.header("Content-Type")).startsWith("application/problem+json");
        assertThat(supervisor.post("/api/v1/workforce/break-rule-sets", Map.of("name", "Odd", "tiers",
                List.of(Map.of("fromLengthMinutes", 0, "breaks", 1, "breakMinutes", 10, "lunchMinutes", 0, "lunchEarliestAfter", 0, "lunchLatestAfter", 0))))
                .status()).as("breaks off the quarter-hour grid").isEqualTo(400);

        TestApi.Response elsewhere = workspaces.create().supervisor().api().put("/api/v1/workforce/contract-templates/" + template, partTime);
        assertThat(elsewhere.status()).as("another workspace").isEqualTo(404);
        assertThat(workspaces.create().supervisor().api().put("/api/v1/workforce/work-rules/" + agentId, Map.of()).status()).isEqualTo(404);

        assertThat(supervisor.delete("/api/v1/workforce/contract-templates/" + template).status()).isEqualTo(204);
        assertThat(supervisor.get("/api/v1/workforce/work-rules/" + agentId).json().get("contractTemplateId").isNull()).isTrue();
    }

    @Test
    void anAgentSetsTheirPreferencesAtOnceButTheirAvailabilityWaitsForApproval() {
        TestApi.Response preferences = agent.put("/api/v1/workforce/my-work-rules/preferences",
                Map.of("desiredDays", List.of("TUESDAY"), "undesiredDays", List.of("SATURDAY"), "preferredStart", "08:00"));
        assertThat(preferences.status()).as(preferences.body()).isEqualTo(200);
        assertThat(preferences.json().get("preferences").get("preferredStart").asString()).startsWith("08:00");

        Map<String, Object> weekdays = Map.of("weekly", Map.of("TUESDAY", Map.of("from", "08:00", "to", "18:00")),
                "exceptions", List.of(Map.of("day", "2027-01-12")));
        TestApi.Response asked = agent.put("/api/v1/workforce/my-work-rules/availability", weekdays);
        assertThat(asked.status()).as(asked.body()).isEqualTo(200);
        assertThat(asked.json().get("availability").get("weekly").isNull()).as("still any time").isTrue();
        assertThat(asked.json().get("pendingAvailability").get("weekly").has("TUESDAY")).isTrue();
        assertThat(agent.put("/api/v1/workforce/my-work-rules/availability", Map.of("weekly", Map.of("MONDAY", Map.of("from", "18:00", "to", "08:00"))))
                .status()).as("a window runs forward").isEqualTo(400);

        TestApi.Response approved = supervisor.post("/api/v1/workforce/work-rules/" + agentId + "/availability/approve", Map.of());
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(agent.get("/api/v1/workforce/my-work-rules").json().get("availability").get("exceptions").get(0).get("day").asString())
                .isEqualTo("2027-01-12");
        assertThat(approved.json().get("pendingAvailability").isNull()).isTrue();
        assertThat(supervisor.post("/api/v1/workforce/work-rules/" + agentId + "/availability/decline", Map.of()).status())
                .as("nothing waits any more").isEqualTo(422);
    }

    @Test
    void anAgentCannotEditOthersRulesNorContracts() {
        String other = workspaces.addAgent(workspace, "Bo").id().value().toString();

        assertThat(agent.get("/api/v1/workforce/work-rules").status()).isEqualTo(403);
        assertThat(agent.get("/api/v1/workforce/work-rules/" + other).status()).isEqualTo(403);
        assertThat(agent.put("/api/v1/workforce/work-rules/" + other, Map.of()).status()).isEqualTo(403);
        assertThat(agent.put("/api/v1/workforce/work-rules/" + agentId, Map.of("overrides", Map.of("maxHoursPerWeek", 10))).status())
                .as("not even their own contract").isEqualTo(403);
        assertThat(agent.post("/api/v1/workforce/contract-templates", Map.of("name", "Mine", "terms", terms(0, 10, 2))).status()).isEqualTo(403);
        assertThat(agent.post("/api/v1/workforce/break-rule-sets", Map.of("name", "Mine", "tiers", LONG_LUNCH_TIERS)).status()).isEqualTo(403);
        assertThat(agent.post("/api/v1/workforce/work-rules/" + agentId + "/availability/approve", Map.of()).status()).isEqualTo(403);
        assertThat(agent.get("/api/v1/workforce/my-work-rules").json().get("userId").asString()).isEqualTo(agentId);
    }

    /** Weekdays 09:00-17:00 need one agent; an 8.5-hour day shift starts between 08:00 and 10:00. */
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
        String id = queued.json().get("id").asString();
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(300))
                .until(() -> List.of("SOLVED", "FAILED").contains(supervisor.get("/api/v1/workforce/schedules/" + id).json().get("schedule").get("status").asString()));
        return supervisor.get("/api/v1/workforce/schedules/" + id).json();
    }

    @Test
    void aScheduleFollowsTheStoredAvailabilityAndTheContractsBreakRulesUnlessTheRequestOverridesThem() {
        String breaks = created(supervisor.post("/api/v1/workforce/break-rule-sets", Map.of("name", "Long lunch", "tiers", LONG_LUNCH_TIERS)));
        String template = created(supervisor.post("/api/v1/workforce/contract-templates",
                Map.of("name", "Full time 40h", "terms", terms(32, 40, 5), "breakRuleSetId", breaks)));
        Map<String, Object> allButMonday = new HashMap<>();
        for (String day : List.of("TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            allButMonday.put(day, Map.of("from", "06:00", "to", "22:00"));
        }
        TestApi.Response assigned = supervisor.put("/api/v1/workforce/work-rules/" + agentId,
                Map.of("contractTemplateId", template, "availability", Map.of("weekly", allButMonday)));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);

        JsonNode detail = generateAndWait(weekRequest());
        assertThat(detail.get("schedule").get("status").asString()).as(detail.toString()).isEqualTo("SOLVED");
        assertThat(detail.get("schedule").get("hardViolations").asInt()).isZero();
        JsonNode shifts = detail.get("shifts");
        assertThat(shifts.findValuesAsString("day")).isNotEmpty().doesNotContain(MONDAY);
        for (JsonNode shift : shifts) {
            assertThat(shift.get("activities").findValuesAsString("kind")).as("the contract's break rules").containsExactly("BREAK", "BREAK", "LUNCH", "BREAK");
        }

        Map<String, Object> whatIf = weekRequest();
        whatIf.put("agents", List.of(Map.of("userId", agentId, "minHoursPerWeek", 0, "availability", Map.of("MONDAY", Map.of("from", "08:00", "to", "18:00")))));
        JsonNode mondayOnly = generateAndWait(whatIf);
        assertThat(mondayOnly.get("schedule").get("hardViolations").asInt()).isZero();
        assertThat(mondayOnly.get("shifts").findValuesAsString("day")).as("the request's availability replaces the stored one").containsExactly(MONDAY);
    }
}
