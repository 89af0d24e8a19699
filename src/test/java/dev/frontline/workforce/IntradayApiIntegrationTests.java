package dev.frontline.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
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
}
