package dev.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.frontline.channels.Channel;
import dev.frontline.shared.Timestamps;
import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The supervisor's service-level screen in Chromium (frontend/e2e/service-level.mjs): today's compliance per queue
 * and channel, the at-risk list in due order updating live, the report with its variant selector, grouping, a bad
 * period, a CSV download and the drill-down from a breach to its conversation.
 */
@IntegrationTest
class ServiceLevelBrowserIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSupervisorWatchesTodayAndTheAtRiskListAndDrillsIntoABreachFromTheReport() throws Exception {
        TestWorkspaces.Workspace workspace = workspaces.create();
        // Two chats through the real queue: one answered (assigned), one abandoned (resolved while waiting).
        String answered = chat(workspace, "visitor-sl-1");
        String abandoned = chat(workspace, "visitor-sl-2");
        for (String id : new String[] {answered, abandoned}) {
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from routing_items where conversation_id = ?")
                    .param(UUID.fromString(id)).query(Long.class).single() == 1);
        }
        assertThat(workspace.supervisor().api().put("/api/v1/conversations/" + answered + "/assignment",
                Map.of("assigneeId", workspace.agent().id().toString())).status()).isLessThan(300);
        assertThat(workspace.supervisor().api().patch("/api/v1/conversations/" + abandoned, Map.of("status", "RESOLVED")).status())
                .isEqualTo(200);

        // Clocks past their warning (as the sweep leaves them), and one breached an hour ago.
        Instant now = Instant.now();
        String soon = email(workspace, "screen@example.com", "Broken screen");
        String later = email(workspace, "refund@example.com", "Refund for order 1042");
        String breached = email(workspace, "invoice@example.com", "Late invoice");
        jdbc.sql("update sla_clocks set warned = true, warn_at = null, due_at = ? where conversation_id = ? and metric = 'FIRST_RESPONSE'")
                .params(Timestamps.sql(now.plusSeconds(480)), UUID.fromString(soon)).update();
        jdbc.sql("update sla_clocks set warned = true, warn_at = null, due_at = ? where conversation_id = ? and metric = 'FIRST_RESPONSE'")
                .params(Timestamps.sql(now.plusSeconds(1500)), UUID.fromString(later)).update();
        jdbc.sql("update sla_clocks set warned = true, warn_at = null, due_at = null, breached_at = ? where conversation_id = ? and metric = 'FIRST_RESPONSE'")
                // Breached just now: the report's default period is today, and an hour ago is yesterday after midnight.
                .params(Timestamps.sql(now), UUID.fromString(breached)).update();

        Map<String, Object> arguments = new java.util.LinkedHashMap<>(BrowserScript.arguments(workspaces, workspace));
        arguments.put("soon", soon);
        arguments.put("breached", breached);
        BrowserScript.run("service-level.mjs", arguments);

        assertThat(Path.of("target", "screenshots", "service-level-live.png")).exists();
        assertThat(Path.of("target", "screenshots", "service-level-report.png")).exists();
    }

    private String chat(TestWorkspaces.Workspace workspace, String visitor) {
        return workspaces.inbound(workspace, Channel.CHAT, Map.of("from", Map.of("address", visitor), "text", "Hello?"));
    }

    private String email(TestWorkspaces.Workspace workspace, String from, String subject) {
        return workspaces.inbound(workspace, Channel.EMAIL, Map.of("from", Map.of("address", from), "subject", subject, "text", "Hi"));
    }
}
