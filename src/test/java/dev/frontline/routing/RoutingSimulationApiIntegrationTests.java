package dev.frontline.routing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class RoutingSimulationApiIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    private static Map<String, Object> day(List<Integer> staffed) {
        return Map.of("intervalMinutes", 30, "thresholdSeconds", 20, "seed", 42,
                "queues", List.of(Map.of("name", "Support", "channel", "voice", "skill", "support", "minProficiency", 1,
                        "agentSelection", "LONGEST_IDLE", "arrivals", List.of(30, 60, 60, 30), "meanHandleSeconds", 240,
                        "meanPatienceSeconds", 120)),
                "agentGroups", List.of(Map.of("name", "Support", "skills", Map.of("support", 3), "staffed", staffed)));
    }

    @Test
    void aSupervisorSimulatesADayAndGetsServiceLevelSpeedOfAnswerAbandonmentAndOccupancyPerInterval() {
        TestWorkspaces.Workspace workspace = workspaces.create();

        TestApi.Response response = workspace.supervisor().api().post("/api/v1/routing/simulations", day(List.of(5, 10, 10, 5)));

        assertThat(response.status()).isEqualTo(200);
        JsonNode intervals = response.json().get("intervals");
        assertThat(intervals).hasSize(4);
        assertThat(intervals.get(1).get("startMinute").asInt()).isEqualTo(30);
        assertThat(intervals.get(1).get("staffed").asInt()).isEqualTo(10);
        for (JsonNode interval : intervals) {
            assertThat(interval.get("offered").asLong()).isPositive();
            assertThat(interval.get("serviceLevel").asDouble()).isBetween(0.0, 1.0);
            assertThat(interval.get("occupancy").asDouble()).isBetween(0.0, 1.0);
            assertThat(interval.has("averageSpeedOfAnswerSeconds")).isTrue();
            assertThat(interval.has("abandonmentRate")).isTrue();
        }
        JsonNode day = response.json().get("day");
        assertThat(day.get("answered").asLong() + day.get("abandoned").asLong() + day.get("unanswered").asLong())
                .isEqualTo(day.get("offered").asLong());
        assertThat(response.json().get("queues").get(0).get("name").asString()).isEqualTo("Support");
        assertThat(workspace.admin().api().post("/api/v1/routing/simulations", day(List.of(5, 10, 10, 5))).body())
                .as("the same seed, the same day").isEqualTo(response.body());
    }

    @Test
    void fewerStaffGiveALowerServiceLevelAndMoreAbandons() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi api = workspace.supervisor().api();

        JsonNode staffed = api.post("/api/v1/routing/simulations", day(List.of(5, 10, 10, 5))).json().get("day");
        JsonNode short_ = api.post("/api/v1/routing/simulations", day(List.of(2, 4, 4, 2))).json().get("day");

        assertThat(short_.get("serviceLevel").asDouble()).isLessThan(staffed.get("serviceLevel").asDouble());
        assertThat(short_.get("abandonmentRate").asDouble()).isGreaterThan(staffed.get("abandonmentRate").asDouble());
    }

    @Test
    void agentsMayNotSimulate() {
        TestWorkspaces.Workspace workspace = workspaces.create();

        TestApi.Response response = workspace.agent().api().post("/api/v1/routing/simulations", day(List.of(5, 10, 10, 5)));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aScenarioOutsideTheLimitsIsAProblemNamingTheField() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi api = workspace.supervisor().api();

        TestApi.Response mismatched = api.post("/api/v1/routing/simulations", day(List.of(5, 10)));
        Map<String, Object> tooBig = new java.util.HashMap<>(day(List.of(5, 10, 10, 5)));
        tooBig.put("queues", List.of(Map.of("name", "Support", "channel", "voice", "minProficiency", 1, "agentSelection", "LONGEST_IDLE",
                "arrivals", Collections.nCopies(4, 100_000), "meanHandleSeconds", 240)));
        TestApi.Response tooMany = api.post("/api/v1/routing/simulations", tooBig);
        TestApi.Response notJson = api.send("POST", "/api/v1/routing/simulations", "{\"queues\": [", "application/json");

        assertThat(mismatched.status()).isEqualTo(400);
        assertThat(mismatched.header("Content-Type")).startsWith("application/problem+json");
        assertThat(mismatched.json().get("errors").get(0).get("field").asString()).isEqualTo("agentGroups[0].staffed");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("errors").get(0).get("message").asString()).contains("250000");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.header("Content-Type")).startsWith("application/problem+json");
    }
}
