package dev.frontline.workforce;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Required coverage from the forecast on the Schedules page in Chromium (frontend/e2e/schedule-forecast.mjs). */
@IntegrationTest
class ScheduleFromForecastBrowserIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSupervisorSchedulesNextWeekFromTheForecastsRequiredAgents() throws Exception {
        BrowserScript.assumeChromium();
        TestWorkspaces.Workspace workspace = workspaces.create();
        UUID queue = UUID.fromString(workspace.admin().api().get("/api/v1/routing/queues").json().get(0).get("id").asString());
        ZoneId zone = ZoneId.of(workspace.supervisor().api().get("/api/v1/workforce/forecast?queueId=" + queue + "&historyWeeks=3")
                .json().get("zone").asString());
        LocalDate thisMonday = LocalDate.now(zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        MorningRush.insert(jdbc, workspace, queue, zone, thisMonday);

        Map<String, Object> arguments = new LinkedHashMap<>(BrowserScript.arguments(workspaces, workspace));
        arguments.put("nextMonday", thisMonday.plusWeeks(1).toString());
        BrowserScript.run("schedule-forecast.mjs", arguments);

        assertThat(Path.of("target", "screenshots", "schedule-forecast-preview.png")).exists();
        assertThat(Path.of("target", "screenshots", "schedule-forecast.png")).exists();
    }
}
