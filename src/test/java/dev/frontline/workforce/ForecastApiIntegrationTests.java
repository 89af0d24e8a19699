package dev.frontline.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The forecast from a queue's own history: four past weeks of {@link MorningContacts} in the default queue. */
@IntegrationTest
class ForecastApiIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    TestWorkspaces.Workspace workspace;
    TestApi supervisor;
    UUID queue;

    @BeforeEach
    void fourWeeksOfMorningContacts() {
        workspace = workspaces.create();
        supervisor = workspace.supervisor().api();
        queue = UUID.fromString(workspace.admin().api().get("/api/v1/routing/queues").json().get(0).get("id").asString());
        ZoneId zone = ZoneId.of(supervisor.get("/api/v1/workforce/forecast?queueId=" + queue + "&historyWeeks=3").json().get("zone").asString());
        MorningContacts.insert(jdbc, workspace, queue, zone, 4);
    }

    @Test
    void aSupervisorGetsTheBacktestedForecastAndTheAgentsEachIntervalNeeds() {
        TestApi.Response response = supervisor.get("/api/v1/workforce/forecast?queueId=" + queue
                + "&intervalMinutes=30&historyWeeks=4&horizonWeeks=1&averageHandleSeconds=600&targetServiceLevel=0.8&answerWithinSeconds=20");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode forecast = response.json();
        assertThat(forecast.get("backtest")).hasSize(2);
        assertThat(forecast.get("method").asString()).isIn("SAME_INTERVAL_AVERAGE", "HOLT_WINTERS");
        JsonNode lastWeek = forecast.get("lastWeek");
        JsonNode coming = forecast.get("coming");
        assertThat(lastWeek).hasSize(7 * 48);
        assertThat(coming).hasSize(7 * 48);
        int mondayTen = 20;
        int mondayThree = 6;
        assertThat(lastWeek.get(mondayTen).get("actual").asDouble()).isEqualTo(6.0);
        assertThat(lastWeek.get(5 * 48 + 20).get("actual").asDouble()).as("Saturday").isZero();
        assertThat(coming.get(mondayTen).get("forecast").asDouble()).isCloseTo(6.0, within(0.5));
        assertThat(coming.get(mondayThree).get("forecast").asDouble()).isLessThan(0.5);
        assertThat(coming.get(mondayTen).get("agents").asInt()).as("6 contacts of 600 s in 30 min: 2 Erlangs").isBetween(3, 6);
        assertThat(coming.get(mondayTen).get("agents").asInt()).isGreaterThan(coming.get(mondayThree).get("agents").asInt());
        Instant mondayTenStart = Instant.parse(coming.get(mondayTen).get("start").asString());
        assertThat(mondayTenStart.atZone(ZoneId.of(forecast.get("zone").asString())).getHour()).isEqualTo(10);
    }

    @Test
    void aPlannersAdjustmentMultipliesItsDayAndIsStoredOncePerDay() {
        String adjustments = "/api/v1/workforce/queues/" + queue + "/forecast-adjustments";
        String forecastUrl = "/api/v1/workforce/forecast?queueId=" + queue + "&historyWeeks=4&horizonWeeks=1";
        JsonNode before = supervisor.get(forecastUrl).json();
        String tuesday = before.get("coming").get(48).get("start").asString();
        ZoneId zone = ZoneId.of(before.get("zone").asString());
        String day = Instant.parse(tuesday).atZone(zone).toLocalDate().toString();

        assertThat(supervisor.put(adjustments + "/" + day, Map.of("factor", 0.5, "note", "Half day")).status()).isEqualTo(200);
        assertThat(supervisor.put(adjustments + "/" + day, Map.of("factor", 2, "note", " Launch ")).status()).isEqualTo(200);
        JsonNode after = supervisor.get(forecastUrl).json();

        JsonNode listed = supervisor.get(adjustments).json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("factor").asDouble()).isEqualTo(2.0);
        assertThat(listed.get(0).get("note").asString()).isEqualTo("Launch");
        int tuesdayTen = 48 + 20;
        assertThat(after.get("coming").get(tuesdayTen).get("forecast").asDouble())
                .isCloseTo(2 * before.get("coming").get(tuesdayTen).get("forecast").asDouble(), within(1e-9));
        assertThat(after.get("coming").get(tuesdayTen).get("adjustment").asDouble()).isEqualTo(2.0);
        assertThat(after.get("coming").get(20).get("forecast").asDouble()).as("Monday untouched")
                .isEqualTo(before.get("coming").get(20).get("forecast").asDouble());
        assertThat(supervisor.put(adjustments + "/" + day, Map.of("factor", -1)).json().get("errors").get(0).get("field").asString())
                .isEqualTo("factor");
        assertThat(workspaces.create().supervisor().api().put("/api/v1/workforce/queues/" + queue + "/forecast-adjustments/" + day,
                Map.of("factor", 3)).status()).as("another workspace's queue").isEqualTo(404);
        assertThat(supervisor.delete(adjustments + "/" + day).status()).isEqualTo(204);
        assertThat(supervisor.get(adjustments).json()).isEmpty();
        assertThat(supervisor.delete(adjustments + "/" + day).status()).isEqualTo(404);
    }

    @Test
    void anotherWorkspacesQueueIsNotFoundAndAgentsMayNotForecast() {
        TestApi stranger = workspaces.create().supervisor().api();

        assertThat(stranger.get("/api/v1/workforce/forecast?queueId=" + queue).status()).isEqualTo(404);
        assertThat(workspace.agent().api().get("/api/v1/workforce/forecast?queueId=" + queue).status()).isEqualTo(403);
    }

    @Test
    void badParametersAreProblemsNamingTheField() {
        TestApi.Response interval = supervisor.get("/api/v1/workforce/forecast?queueId=" + queue + "&intervalMinutes=20");
        TestApi.Response staffingHalf = supervisor.get("/api/v1/workforce/forecast?queueId=" + queue + "&targetServiceLevel=0.8");

        assertThat(interval.status()).isEqualTo(400);
        assertThat(interval.header("Content-Type")).startsWith("application/problem+json");
        assertThat(interval.json().get("errors").get(0).get("field").asString()).isEqualTo("intervalMinutes");
        assertThat(staffingHalf.json().get("errors").get(0).get("field").asString()).isEqualTo("averageHandleSeconds");
    }
}
