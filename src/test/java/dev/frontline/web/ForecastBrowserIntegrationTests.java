package dev.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import dev.frontline.workforce.MorningContacts;
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

/**
 * The forecast page in Chromium (frontend/e2e/forecast.mjs) over four weeks of weekday-morning contacts: the picked
 * method, the backtest of both, last week's actuals against their forecast, this week's forecast with agents, and a
 * special day added and removed, and Monday's plan replayed in the routing simulator.
 */
@IntegrationTest
class ForecastBrowserIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSupervisorForecastsAQueueAndSeesItAgainstLastWeeksActuals() throws Exception {
        TestWorkspaces.Workspace workspace = workspaces.create();
        UUID queue = UUID.fromString(workspace.admin().api().get("/api/v1/routing/queues").json().get(0).get("id").asString());
        ZoneId zone = ZoneId.of(workspace.supervisor().api().get("/api/v1/workforce/forecast?queueId=" + queue + "&historyWeeks=3")
                .json().get("zone").asString());
        MorningContacts.insert(jdbc, workspace, queue, zone, 4);

        Map<String, Object> arguments = new LinkedHashMap<>(BrowserScript.arguments(workspaces, workspace));
        arguments.put("tuesday", LocalDate.now(zone).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).plusDays(1).toString());
        BrowserScript.run("forecast.mjs", arguments);

        assertThat(Path.of("target", "screenshots", "forecast.png")).exists();
        assertThat(Path.of("target", "screenshots", "forecast-coming.png")).exists();
        assertThat(Path.of("target", "screenshots", "forecast-simulator.png")).exists();
    }
}
