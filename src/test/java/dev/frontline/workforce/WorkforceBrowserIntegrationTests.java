package dev.frontline.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.frontline.channels.Channel;
import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The intraday and agent work report pages in Chromium (frontend/e2e/workforce-intraday.mjs): a queue running at twice
 * its forecast today, and an agent who was available and resolved a chat.
 */
@IntegrationTest
class WorkforceBrowserIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSupervisorSeesTodayReforecastWithActionsAndTheAgentsWorkReport() throws Exception {
        BrowserScript.assumeChromium();
        TestWorkspaces.Workspace workspace = workspaces.create();
        UUID queue = UUID.fromString(workspace.admin().api().get("/api/v1/routing/queues").json().get(0).get("id").asString());
        ZoneId zone = ZoneId.of(workspace.supervisor().api().get("/api/v1/workforce/forecast?queueId=" + queue + "&historyWeeks=3")
                .json().get("zone").asString());
        LocalDateTime now = LocalDateTime.now(zone);
        int under = (now.getHour() * 60 + now.getMinute()) / 30;
        // The page's interval table shows the peak (two hours from now) and the half hour after it.
        assumeTrue(under >= 4 && under + 5 < 48, "two hours before now and two and a half after lie within today");
        LocalDateTime today = now.truncatedTo(ChronoUnit.DAYS);
        for (int day = 1; day <= 28; day++) {
            QueueVisits.halfHour(jdbc, workspace, queue, today.minusDays(day), under - 4, 10, zone);
            QueueVisits.halfHour(jdbc, workspace, queue, today.minusDays(day), under + 4, 10, zone);
        }
        QueueVisits.halfHour(jdbc, workspace, queue, today, under - 4, 20, zone);
        LocalDateTime peak = today.plusMinutes(30L * (under + 4));
        PublishedShifts.on(jdbc, workspace, today)
                .shift(workspaces.addAgent(workspace, "Wendy Working").id().value(), peak.minusMinutes(30), peak.plusMinutes(60))
                .shift(workspaces.addAgent(workspace, "Tom Trainee").id().value(), peak.minusMinutes(30), peak.plusMinutes(60),
                        new PublishedShifts.Away("MEETING", peak, peak.plusMinutes(30), "Product training"));

        workspace.agent().api().put("/api/v1/presence/me", Map.of("status", "AVAILABLE"));
        String conversation = workspaces.inbound(workspace, Channel.CHAT, Map.of("from", Map.of("address", "visitor-1"), "text", "Hi"));
        workspace.supervisor().api().put("/api/v1/conversations/" + conversation + "/assignment",
                Map.of("assigneeId", workspace.agent().id().value()));
        workspace.agent().api().patch("/api/v1/conversations/" + conversation, Map.of("status", "RESOLVED"));

        Map<String, Object> arguments = new LinkedHashMap<>(BrowserScript.arguments(workspaces, workspace));
        arguments.put("agentName", "Agent " + workspace.agent().email().substring("agent-".length(), "agent-".length() + 8));
        BrowserScript.run("workforce-intraday.mjs", arguments);

        assertThat(Path.of("target", "screenshots", "intraday.png")).exists();
        assertThat(Path.of("target", "screenshots", "work-report.png")).exists();
    }
}
