package dev.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import dev.frontline.workforce.MorningContacts;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The forecast page in Chromium (frontend/e2e/forecast.mjs) over four weeks of weekday-morning contacts: the picked
 * method, the backtest of both, last week's actuals against their forecast and this week's forecast with agents.
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

        BrowserScript.run("forecast.mjs", BrowserScript.arguments(workspaces, workspace));

        assertThat(Path.of("target", "screenshots", "forecast.png")).exists();
        assertThat(Path.of("target", "screenshots", "forecast-coming.png")).exists();
    }
}
