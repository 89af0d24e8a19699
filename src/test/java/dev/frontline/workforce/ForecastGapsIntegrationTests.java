package dev.frontline.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The forecast's handle times, patience, holidays, channels, concurrency and occupancy cap: four past weeks of
 * {@link MorningContacts} (chat) in the default queue, plus contacts written per test.
 */
@IntegrationTest
class ForecastGapsIntegrationTests {

    private static final int MONDAY_TEN = 20;
    private static final int DAY = 48;

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    TestWorkspaces.Workspace workspace;
    TestApi supervisor;
    UUID queue;
    ZoneId zone;
    LocalDateTime thisWeek;

    @BeforeEach
    void fourWeeksOfMorningContacts() {
        workspace = workspaces.create();
        supervisor = workspace.supervisor().api();
        queue = UUID.fromString(workspace.admin().api().get("/api/v1/routing/queues").json().get(0).get("id").asString());
        zone = ZoneId.of(supervisor.get("/api/v1/workforce/forecast?queueId=" + queue + "&historyWeeks=3").json().get("zone").asString());
        MorningContacts.insert(jdbc, workspace, queue, zone, 4);
        thisWeek = LocalDateTime.now(zone).truncatedTo(ChronoUnit.DAYS).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private JsonNode forecast(String parameters) {
        TestApi.Response response = supervisor.get("/api/v1/workforce/forecast?queueId=" + queue + "&historyWeeks=4&" + parameters);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    @Test
    void aHolidayOfTheBusinessCalendarClosesItsDayUnlessAPlannerAdjustedIt() {
        LocalDate nextTuesday = thisWeek.toLocalDate().plusDays(8);
        assertThat(workspace.admin().api().post("/api/v1/business-hours/holidays",
                Map.of("name", "Founders' Day", "firstDay", nextTuesday.toString(), "lastDay", nextTuesday.toString())).status()).isEqualTo(201);

        JsonNode coming = forecast("horizonWeeks=2").get("coming");

        assertThat(coming.get(8 * DAY + MONDAY_TEN).get("forecast").asDouble()).isZero();
        assertThat(coming.get(8 * DAY + MONDAY_TEN).get("holiday").asString()).isEqualTo("Founders' Day");
        assertThat(coming.get(8 * DAY + MONDAY_TEN).get("adjustment").asDouble()).isZero();
        assertThat(coming.get(7 * DAY + MONDAY_TEN).get("forecast").asDouble()).as("next Monday").isCloseTo(6.0, within(0.5));

        supervisor.put("/api/v1/workforce/queues/" + queue + "/forecast-adjustments/" + nextTuesday, Map.of("factor", 1, "note", "We work"));
        JsonNode adjusted = forecast("horizonWeeks=2").get("coming").get(8 * DAY + MONDAY_TEN);
        assertThat(adjusted.get("forecast").asDouble()).as("the planner's hand overrides the calendar").isCloseTo(6.0, within(0.5));
        assertThat(adjusted.get("holiday").isNull()).isTrue();
    }

    @Test
    void eachChannelIsForecastOnItsOwn() {
        assertThat(forecast("horizonWeeks=1&channel=email").get("coming").get(MONDAY_TEN).get("forecast").asDouble()).isZero();
        assertThat(forecast("horizonWeeks=1&channel=chat").get("coming").get(MONDAY_TEN).get("forecast").asDouble()).isCloseTo(6.0, within(0.5));
        assertThat(forecast("horizonWeeks=1&channel=email").get("channel").asString()).isEqualTo("email");
    }

    @Test
    void handleTimesComeFromTheContactsAgentsResolvedAndStaffTheForecast() {
        for (int week = 1; week <= 4; week++) {
            for (int contact = 0; contact < 4; contact++) {
                Instant enqueued = thisWeek.minusWeeks(week).withHour(10).plusMinutes(5L * contact).atZone(zone).toInstant();
                UUID conversation = QueueVisits.visit(jdbc, workspace, queue, "chat", enqueued, 10, "ANSWERED");
                QueueVisits.resolved(jdbc, workspace, conversation, enqueued.plusSeconds(10), contact % 2 == 0 ? 200 : 400);
            }
        }

        JsonNode forecast = forecast("horizonWeeks=1&targetServiceLevel=0.8&answerWithinSeconds=20");

        assertThat(forecast.get("handleTimeSource").asString()).isEqualTo("HISTORY");
        assertThat(forecast.get("timedContacts").asInt()).isEqualTo(16);
        assertThat(forecast.get("averageHandleSeconds").asDouble()).isCloseTo(300.0, within(1e-6));
        assertThat(forecast.get("coming").get(MONDAY_TEN).get("handleSeconds").asDouble()).isCloseTo(300.0, within(1e-6));
        assertThat(forecast.get("coming").get(MONDAY_TEN).get("agents").asInt()).isPositive();
        assertThat(forecast("horizonWeeks=1&targetServiceLevel=0.8&averageHandleSeconds=600").get("handleTimeSource").asString()).isEqualTo("GIVEN");
    }

    @Test
    void patienceFromAbandonmentsSwitchesStaffingToErlangA() {
        for (int contact = 0; contact < 12; contact++) {
            Instant enqueued = thisWeek.minusWeeks(1).plusDays(1).withHour(11).plusMinutes(contact).atZone(zone).toInstant();
            QueueVisits.visit(jdbc, workspace, queue, "chat", enqueued, 60, "ABANDONED");
        }
        // 4 weeks × 5 days × 6 answered after 15 s, 12 abandoned after 60 s: (120 × 15 + 12 × 60) / 12 seconds of patience.
        double expected = (120 * 15 + 12 * 60) / 12.0;

        JsonNode withPatience = forecast("horizonWeeks=1&targetServiceLevel=0.8&averageHandleSeconds=600");
        JsonNode erlangC = forecast("horizonWeeks=1&targetServiceLevel=0.8&averageHandleSeconds=600&channel=chat&patienceSeconds=1000000");

        assertThat(withPatience.get("patienceSource").asString()).isEqualTo("HISTORY");
        assertThat(withPatience.get("patienceSeconds").asDouble()).isCloseTo(expected, within(1e-6));
        assertThat(withPatience.get("coming").get(MONDAY_TEN).get("agents").asInt())
                .as("impatient customers leave, so fewer agents reach the target")
                .isLessThanOrEqualTo(erlangC.get("coming").get(MONDAY_TEN).get("agents").asInt());
        assertThat(erlangC.get("patienceSource").asString()).isEqualTo("GIVEN");
    }

    @Test
    void chatConcurrencyAndAnOccupancyCapChangeTheAgentsNeeded() {
        String staffing = "horizonWeeks=1&targetServiceLevel=0.8&averageHandleSeconds=600";
        int plain = forecast(staffing).get("coming").get(MONDAY_TEN).get("agents").asInt();
        int concurrent = forecast(staffing + "&concurrency=2.5").get("coming").get(MONDAY_TEN).get("agents").asInt();
        int capped = forecast(staffing + "&maxOccupancy=0.5").get("coming").get(MONDAY_TEN).get("agents").asInt();

        assertThat(concurrent).isLessThan(plain);
        assertThat(capped).as("2 Erlangs at most 50% occupied").isGreaterThanOrEqualTo(Math.max(plain, 4));
        assertThat(supervisor.get("/api/v1/workforce/forecast?queueId=" + queue + "&historyWeeks=4&targetServiceLevel=0.8")
                .json().get("errors").get(0).get("field").asString()).as("no handle times in the history").isEqualTo("averageHandleSeconds");
    }
}
