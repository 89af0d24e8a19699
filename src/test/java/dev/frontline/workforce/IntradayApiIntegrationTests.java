package dev.frontline.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Intraday on a day running at twice its forecast: for four weeks, every day had ten chats in the half hour two hours
 * before now and ten in the half hour two hours from now; today the earlier half hour brought twenty.
 */
@IntegrationTest
class IntradayApiIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    TestWorkspaces.Workspace workspace;
    TestApi supervisor;
    UUID queue;
    int past;
    int ahead;

    @BeforeEach
    void aDayRunningAtTwiceItsForecast() {
        workspace = workspaces.create();
        supervisor = workspace.supervisor().api();
        queue = UUID.fromString(workspace.admin().api().get("/api/v1/routing/queues").json().get(0).get("id").asString());
        ZoneId zone = ZoneId.of(supervisor.get("/api/v1/workforce/forecast?queueId=" + queue + "&historyWeeks=3").json().get("zone").asString());
        LocalDateTime now = LocalDateTime.now(zone);
        int under = (now.getHour() * 60 + now.getMinute()) / 30;
        assumeTrue(under >= 4 && under + 4 < 48, "two hours either side of now lie within today");
        past = under - 4;
        ahead = under + 4;
        LocalDateTime today = now.truncatedTo(ChronoUnit.DAYS);
        for (int day = 1; day <= 28; day++) {
            QueueVisits.halfHour(jdbc, workspace, queue, today.minusDays(day), past, 10, zone);
            QueueVisits.halfHour(jdbc, workspace, queue, today.minusDays(day), ahead, 10, zone);
        }
        QueueVisits.halfHour(jdbc, workspace, queue, today, past, 20, zone);
    }

    @Test
    void theRestOfTheDayIsReforecastAndActionsAreSuggestedWithTheirServiceLevel() {
        workspace.agent().api().put("/api/v1/presence/me", Map.of("status", "AVAILABLE"));
        supervisor.put("/api/v1/presence/me", Map.of("status", "TRAINING", "reason", "Coaching"));

        TestApi.Response response = supervisor.get("/api/v1/workforce/intraday?queueId=" + queue
                + "&historyWeeks=4&averageHandleSeconds=600&targetServiceLevel=0.8&answerWithinSeconds=20");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode today = response.json();
        assertThat(today.get("ratio").asDouble()).isCloseTo(2.0, within(0.3));
        JsonNode intervals = today.get("intervals");
        assertThat(intervals).hasSize(48);
        assertThat(intervals.get(past).get("actual").asInt()).isEqualTo(20);
        assertThat(intervals.get(past).get("reforecast").isNull()).as("over").isTrue();
        assertThat(intervals.get(ahead).get("forecast").asDouble()).isCloseTo(10.0, within(1.0));
        assertThat(intervals.get(ahead).get("reforecast").asDouble()).isCloseTo(20.0, within(3.0));
        assertThat(intervals.get(ahead).get("agentsNeeded").asInt()).as("20 chats of 600 s in 30 min: 6.7 Erlangs").isBetween(8, 12);

        assertThat(today.get("staff").get("onLine").asInt()).isEqualTo(1);
        assertThat(today.get("staff").get("inTrainingOrMeeting").asInt()).isEqualTo(1);
        JsonNode peak = today.get("peak");
        assertThat(Instant.parse(peak.get("start").asString())).isEqualTo(Instant.parse(intervals.get(ahead).get("start").asString()));
        assertThat(peak.get("now").get("serviceLevel").asDouble()).isLessThan(0.8);
        List<String> actions = new ArrayList<>();
        peak.get("suggestions").forEach(suggestion -> actions.add(suggestion.get("action").asString()));
        assertThat(actions).containsExactly("CANCEL_TRAINING", "OFFER_OVERTIME");
        JsonNode training = peak.get("suggestions").get(0);
        JsonNode overtime = peak.get("suggestions").get(1);
        assertThat(training.get("addedAgents").asInt()).isEqualTo(1);
        assertThat(training.get("projection").get("serviceLevel").asDouble()).isGreaterThanOrEqualTo(peak.get("now").get("serviceLevel").asDouble());
        assertThat(overtime.get("addedAgents").asInt()).isEqualTo(peak.get("agentsNeeded").asInt() - 1);
        assertThat(overtime.get("meetsTarget").asBoolean()).isTrue();
        assertThat(overtime.get("projection").get("serviceLevel").asDouble()).isGreaterThanOrEqualTo(0.8);
        assertThat(training.get("agents")).as("who would leave training").hasSize(1);
        assertThat(training.get("agents").get(0).get("userId").asString()).isEqualTo(workspace.supervisor().id().value().toString());
        assertThat(overtime.get("agents")).isEmpty();
    }

    @Test
    void onlyAgentsWithTheQueuesSkillCountForItsServiceLevel() {
        TestApi admin = workspace.admin().api();
        assertThat(admin.put("/api/v1/routing/queues/" + queue, Map.of("name", "Default", "isDefault", true, "requiredSkill", "billing",
                "minProficiency", 3)).status()).isEqualTo(200);
        workspace.agent().api().put("/api/v1/presence/me", Map.of("status", "AVAILABLE"));
        supervisor.put("/api/v1/presence/me", Map.of("status", "TRAINING", "reason", "Coaching"));
        String today = "/api/v1/workforce/intraday?queueId=" + queue + "&historyWeeks=4&averageHandleSeconds=600&targetServiceLevel=0.8";

        JsonNode withoutSkill = supervisor.get(today).json().get("staff");
        assertThat(withoutSkill.get("onLine").asInt()).as("the agent lacks billing").isZero();
        assertThat(withoutSkill.get("inTrainingOrMeeting").asInt()).as("the supervisor too").isZero();

        assertThat(admin.put("/api/v1/routing/profiles/" + workspace.agent().id().value(), Map.of("skills", Map.of("billing", 4),
                "capacity", Map.of("chat", 3, "email", 5, "messaging", 5, "voice", 1, "total", 6))).status()).isEqualTo(200);
        JsonNode withSkill = supervisor.get(today).json();
        assertThat(withSkill.get("staff").get("onLine").asInt()).isEqualTo(1);
        assertThat(withSkill.get("peak").get("now").get("agents").asInt()).isEqualTo(1);
    }

    @Test
    void intradayIsForSupervisorsOfTheQueuesWorkspace() {
        assertThat(workspace.agent().api().get("/api/v1/workforce/intraday?queueId=" + queue).status()).isEqualTo(403);
        assertThat(workspaces.create().supervisor().api().get("/api/v1/workforce/intraday?queueId=" + queue).status()).isEqualTo(404);
        TestApi.Response badTarget = supervisor.get("/api/v1/workforce/intraday?queueId=" + queue + "&averageHandleSeconds=600&targetServiceLevel=2");
        assertThat(badTarget.status()).isEqualTo(400);
        assertThat(badTarget.json().get("errors").get(0).get("field").asString()).isEqualTo("targetServiceLevel");
    }
}
