package dev.frontline.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class StaffingApiIntegrationTests {

    private static final String STAFFING = "/api/v1/workforce/staffing";

    @Autowired
    TestWorkspaces workspaces;

    /** The guide's worked example: 60 calls per 15 minutes, AHT 240 s, answered within 20 s. */
    private static Map<String, Object> guideExample(Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>(Map.of("contacts", 60, "intervalSeconds", 900, "averageHandleSeconds", 240,
                "answerWithinSeconds", 20));
        body.putAll(extra);
        return body;
    }

    @Test
    void aSupervisorEvaluatesTwentyAgentsOnTheGuidesExample() {
        TestApi api = workspaces.create().supervisor().api();

        TestApi.Response response = api.post(STAFFING, guideExample(Map.of("agents", 20)));

        assertThat(response.status()).isEqualTo(200);
        JsonNode answer = response.json();
        assertThat(answer.get("agents").asInt()).isEqualTo(20);
        assertThat(answer.get("serviceLevel").asDouble()).isCloseTo(0.8165, within(0.00005));
        assertThat(answer.get("probabilityOfWaiting").asDouble()).isCloseTo(0.2561, within(0.00005));
        assertThat(answer.get("averageSpeedOfAnswer").asDouble()).isCloseTo(15.4, within(0.05));
        assertThat(answer.get("occupancy").asDouble()).isEqualTo(0.8);
        assertThat(answer.has("abandonment")).as("no patience, no abandonment").isFalse();
    }

    @Test
    void anAdminFindsTheFewestAgentsForATargetWithPatienceConcurrencyAndShrinkage() {
        TestApi api = workspaces.create().admin().api();

        JsonNode plain = api.post(STAFFING, guideExample(Map.of("targetServiceLevel", 0.8))).json();
        JsonNode planned = api.post(STAFFING, guideExample(Map.of("targetServiceLevel", 0.8, "patienceSeconds", 180,
                "shrinkage", 0.3, "maxOccupancy", 0.85))).json();

        assertThat(plain.get("agents").asInt()).isEqualTo(20);
        assertThat(planned.get("agentsOnLine").asInt()).isLessThanOrEqualTo(20);
        assertThat(planned.get("agents").asInt()).isEqualTo((int) Math.ceil(planned.get("agentsOnLine").asInt() / 0.7));
        assertThat(planned.get("serviceLevel").asDouble()).isGreaterThanOrEqualTo(0.8);
        assertThat(planned.get("occupancy").asDouble()).isLessThanOrEqualTo(0.85);
        assertThat(planned.get("abandonment").asDouble()).isBetween(0.0, 0.05);
    }

    /**
     * A plan checked against the routing simulator (a different method: a discrete-event run of the real routing
     * decisions) on the queue Erlang A models: one voice queue, constant staffing, exponential handle times and
     * patience, a week of 240 calls an hour at 240 s (16 Erlangs) on 16 agents, patience 120 s.
     */
    @Test
    void erlangAAgreesWithTheRoutingSimulatorOnAWeekOfOneQueue() {
        TestApi api = workspaces.create().supervisor().api();
        int hours = 7 * 24;

        JsonNode predicted = api.post(STAFFING, Map.of("contacts", 240, "intervalSeconds", 3600, "averageHandleSeconds", 240,
                "answerWithinSeconds", 20, "agents", 16, "patienceSeconds", 120)).json();
        JsonNode simulated = api.post("/api/v1/routing/simulations", Map.of("intervalMinutes", 60, "thresholdSeconds", 20, "seed", 7,
                "queues", List.of(Map.of("name", "Support", "channel", "voice", "skill", "support", "minProficiency", 1,
                        "agentSelection", "LONGEST_IDLE", "arrivals", Collections.nCopies(hours, 240), "meanHandleSeconds", 240,
                        "meanPatienceSeconds", 120)),
                "agentGroups", List.of(Map.of("name", "Support", "skills", Map.of("support", 3),
                        "staffed", Collections.nCopies(hours, 16))))).json().get("day");

        assertThat(simulated.get("serviceLevel").asDouble()).isCloseTo(predicted.get("serviceLevel").asDouble(), within(0.02));
        assertThat(simulated.get("abandonmentRate").asDouble()).isCloseTo(predicted.get("abandonment").asDouble(), within(0.01));
        assertThat(simulated.get("averageSpeedOfAnswerSeconds").asDouble())
                .isCloseTo(predicted.get("averageSpeedOfAnswer").asDouble(), within(3.0));
    }

    @Test
    void agentsMayNotUseTheCalculator() {
        TestApi.Response response = workspaces.create().agent().api().post(STAFFING, guideExample(Map.of("agents", 20)));

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void badInputIsAProblemNamingTheField() {
        TestApi api = workspaces.create().supervisor().api();

        TestApi.Response negative = api.post(STAFFING, guideExample(Map.of("contacts", -5, "agents", 20)));
        TestApi.Response noInterval = api.post(STAFFING, guideExample(Map.of("intervalSeconds", 0, "agents", 20)));
        TestApi.Response certain = api.post(STAFFING, guideExample(Map.of("targetServiceLevel", 1)));
        TestApi.Response neither = api.post(STAFFING, guideExample(Map.of()));
        TestApi.Response unreachable = api.post(STAFFING, guideExample(Map.of("contacts", 1e9, "targetServiceLevel", 0.8)));
        TestApi.Response notJson = api.send("POST", STAFFING, "{\"contacts\": ", "application/json");

        assertField(negative, "contacts");
        assertField(noInterval, "intervalSeconds");
        assertField(certain, "targetServiceLevel");
        assertField(neither, "agents");
        assertThat(unreachable.status()).isEqualTo(422);
        assertThat(unreachable.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unreachable.json().get("detail").asString()).contains("cannot be reached");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.header("Content-Type")).startsWith("application/problem+json");
    }

    private static void assertField(TestApi.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }
}
