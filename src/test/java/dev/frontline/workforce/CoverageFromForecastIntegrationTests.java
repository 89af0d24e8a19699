package dev.frontline.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.shared.queueing.Erlang;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A schedule whose required coverage comes from the forecast. Synthetic history ({@link MorningRush}): eight weeks of
 * weekday mornings, all answered (so no patience is known and staffing is Erlang C). The requirement of each quarter
 * hour is Erlang C of its forecast.
 */
@IntegrationTest
class CoverageFromForecastIntegrationTests {

    private static final double HANDLE_SECONDS = 600;
    private static final double TARGET = 0.8;
    private static final double WITHIN_SECONDS = 20;
    private static final double MAX_ASA_SECONDS = 15;

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    JdbcClient jdbc;

    TestWorkspaces.Workspace workspace;
    TestApi supervisor;
    UUID queue;
    ZoneId zone;
    LocalDate nextMonday;

    @BeforeEach
    void eightWeeksOfMornings() {
        workspace = workspaces.create();
        supervisor = workspace.supervisor().api();
        queue = UUID.fromString(workspace.admin().api().get("/api/v1/routing/queues").json().get(0).get("id").asString());
        zone = ZoneId.of(supervisor.get("/api/v1/workforce/forecast?queueId=" + queue + "&historyWeeks=3").json().get("zone").asString());
        LocalDate thisMonday = LocalDate.now(zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        nextMonday = thisMonday.plusWeeks(1);
        MorningRush.insert(jdbc, workspace, queue, zone, thisMonday);
    }

    private Map<String, Object> request(LocalDate firstDay) {
        Map<String, Object> request = new HashMap<>();
        request.put("firstDay", firstDay.toString());
        request.put("days", 7);
        request.put("timeLimitSeconds", 1);
        request.put("shiftTemplates", List.of(Map.of("name", "Day", "lengthMinutes", 510, "earliestStart", "08:00", "latestStart", "10:00")));
        request.put("coverageFromForecast", List.of(Map.of("queueId", queue.toString(), "targetServiceLevel", TARGET,
                "answerWithinSeconds", WITHIN_SECONDS, "averageHandleSeconds", HANDLE_SECONDS)));
        return request;
    }

    /** The fewest agents whose Erlang C service level meets the target, straight from the formula. */
    private static int erlangC(double contacts) {
        if (contacts == 0) {
            return 0;
        }
        double erlangs = contacts * HANDLE_SECONDS / (15 * 60);
        int agents = (int) Math.floor(erlangs) + 1;
        while (Erlang.serviceLevel(erlangs, agents, WITHIN_SECONDS, HANDLE_SECONDS) < TARGET) {
            agents++;
        }
        return agents;
    }

    @Test
    void eachQuarterHourRequiresErlangCOfItsForecastAndTheScheduleShowsRequiredAgainstScheduled() {
        TestApi.Response queued = supervisor.post("/api/v1/workforce/schedules", request(nextMonday));
        assertThat(queued.status()).as(queued.body()).isEqualTo(202);
        String id = queued.json().get("id").asString();

        JsonNode forecast = supervisor.get("/api/v1/workforce/forecast?queueId=" + queue + "&intervalMinutes=15&historyWeeks=8&horizonWeeks=2").json();
        Map<LocalDateTime, Integer> required = new HashMap<>();
        for (JsonNode line : supervisor.get("/api/v1/workforce/schedules/" + id + "/coverage").json()) {
            assertThat(line.get("skill").asString()).isEqualTo("*");
            required.merge(LocalDateTime.parse(line.get("start").asString()), line.get("required").asInt(), Integer::sum);
        }
        int checked = 0;
        int peak = 0;
        for (JsonNode point : forecast.get("coming")) {
            LocalDateTime start = LocalDateTime.ofInstant(Instant.parse(point.get("start").asString()), zone);
            if (start.toLocalDate().isBefore(nextMonday)) {
                continue;
            }
            int expected = erlangC(point.get("forecast").asDouble());
            assertThat(required.getOrDefault(start, 0))
                    .as("%s: %.2f contacts", start, point.get("forecast").asDouble()).isEqualTo(expected);
            peak = Math.max(peak, expected);
            checked++;
        }
        assertThat(checked).isEqualTo(7 * 96);
        assertThat(peak).as("11 contacts of 10 minutes in a quarter hour: 7.3 Erlangs").isBetween(9, 12);
    }

    /** The fewest agents whose Erlang C average speed of answer is at most the maximum, straight from the formula. */
    private static int erlangCForSpeedOfAnswer(double contacts) {
        if (contacts == 0) {
            return 0;
        }
        double erlangs = contacts * HANDLE_SECONDS / (15 * 60);
        int agents = (int) Math.floor(erlangs) + 1;
        while (Erlang.averageSpeedOfAnswer(erlangs, agents, HANDLE_SECONDS) > MAX_ASA_SECONDS) {
            agents++;
        }
        return agents;
    }

    @Test
    void withAMaximumAverageSpeedOfAnswerEachQuarterHourRequiresTheFewestAgentsMeetingIt() {
        Map<String, Object> request = request(nextMonday);
        request.put("coverageFromForecast", List.of(Map.of("queueId", queue.toString(), "maxAverageSpeedOfAnswer", MAX_ASA_SECONDS,
                "averageHandleSeconds", HANDLE_SECONDS)));
        TestApi.Response preview = supervisor.post("/api/v1/workforce/schedules/coverage-from-forecast", request);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        Map<LocalDateTime, Integer> required = new HashMap<>();
        for (JsonNode requirement : preview.json().get(0).get("used").get("requirements")) {
            required.put(LocalDate.parse(requirement.get("day").asString()).atTime(java.time.LocalTime.parse(requirement.get("from").asString())),
                    requirement.get("agents").asInt());
        }
        JsonNode forecast = supervisor.get("/api/v1/workforce/forecast?queueId=" + queue + "&intervalMinutes=15&historyWeeks=8&horizonWeeks=2").json();
        int checked = 0;
        int differsFromServiceLevel = 0;
        for (JsonNode point : forecast.get("coming")) {
            LocalDateTime start = LocalDateTime.ofInstant(Instant.parse(point.get("start").asString()), zone);
            if (start.toLocalDate().isBefore(nextMonday)) {
                continue;
            }
            double contacts = point.get("forecast").asDouble();
            int expected = erlangCForSpeedOfAnswer(contacts);
            assertThat(required.getOrDefault(start, 0)).as("%s: %.2f contacts", start, contacts).isEqualTo(expected);
            if (expected != erlangC(contacts)) {
                differsFromServiceLevel++;
            }
            checked++;
        }
        assertThat(checked).isEqualTo(7 * 96);
        assertThat(differsFromServiceLevel).as("the speed of answer target is not the service level one in disguise").isPositive();

        request.put("coverageFromForecast", List.of(Map.of("queueId", queue.toString(), "averageHandleSeconds", HANDLE_SECONDS)));
        TestApi.Response noTarget = supervisor.post("/api/v1/workforce/schedules/coverage-from-forecast", request);
        assertThat(noTarget.status()).as(noTarget.body()).isEqualTo(400);
        assertThat(noTarget.body()).contains("maxAverageSpeedOfAnswer");
    }

    @Test
    void aSupervisorSeesTheForecastsCoverageBeforeQueueingAndAScheduleBeyondTheForecastIsRefused() {
        TestApi.Response preview = supervisor.post("/api/v1/workforce/schedules/coverage-from-forecast", request(nextMonday));
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        JsonNode used = preview.json().get(0).get("used");
        assertThat(used.get("method").asString()).isIn("SAME_INTERVAL_AVERAGE", "HOLT_WINTERS");
        assertThat(used.get("handleTimeSource").asString()).isEqualTo("GIVEN");
        JsonNode mondayHalfPastTen = null;
        for (JsonNode requirement : used.get("requirements")) {
            if (requirement.get("day").asString().equals(nextMonday.toString()) && requirement.get("from").asString().startsWith("10:45")) {
                mondayHalfPastTen = requirement;
            }
        }
        assertThat(mondayHalfPastTen).as("10:45-11:00 brings 11 contacts").isNotNull();
        assertThat(mondayHalfPastTen.get("agents").asInt()).isBetween(9, 12);
        assertThat(supervisor.get("/api/v1/workforce/schedules").json()).as("nothing queued").isEmpty();

        TestApi.Response tooFar = supervisor.post("/api/v1/workforce/schedules", request(nextMonday.plusWeeks(4)));
        assertThat(tooFar.status()).as(tooFar.body()).isEqualTo(400);
        assertThat(tooFar.body()).contains("coverageFromForecast");
        assertThat(workspace.agent().api().post("/api/v1/workforce/schedules/coverage-from-forecast", request(nextMonday)).status()).isEqualTo(403);
    }
}
