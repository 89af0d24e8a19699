package dev.frontline.sla.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.frontline.channels.Channel;
import dev.frontline.identity.WorkspaceProfiles;
import dev.frontline.shared.Timestamps;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ServiceLevelReportIntegrationTests {

    /** A Monday long past, so that nothing else the tests do lands in it. */
    static final Instant DAY = Instant.parse("2026-11-02T00:00:00Z");
    static final String PERIOD = "from=2026-11-02T00:00:00Z&to=2026-11-03T00:00:00Z";

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    WorkspaceProfiles profiles;

    @Autowired
    JdbcClient jdbc;

    TestWorkspaces.Workspace workspace;
    TestApi supervisor;
    UUID queue;

    @BeforeEach
    void setUp() {
        workspace = workspaces.create();
        supervisor = workspace.supervisor().api();
        queue = UUID.fromString(workspace.admin().api().get("/api/v1/routing/queues").json().get(0).get("id").asString());
    }

    @Test
    void theIssuesWorkedExampleComesOutExactlyThroughTheApiInEachVariant() {
        // 1,000 answered (860 within 20 s), 60 abandoned (20 within 20 s), all between 09:00 and 09:30.
        List<Object[]> visits = new ArrayList<>();
        for (int i = 0; i < 1060; i++) {
            boolean answered = i < 1000;
            long waited = answered ? (i < 860 ? 5 + i % 16 : 21 + i % 100) : (i < 1020 ? 3 + i % 18 : 25 + i % 200);
            visits.add(visit(DAY.plusSeconds(9 * 3600 + i), waited, answered ? "ANSWERED" : "ABANDONED", "voice", null));
        }
        insert(visits);

        assertThat(total("MET_WITHIN_THRESHOLD").get("serviceLevelPercent").asDouble()).isEqualTo(83.0);
        assertThat(total("IGNORED").get("serviceLevelPercent").asDouble()).isEqualTo(86.0);
        JsonNode against = total("AGAINST");
        assertThat(against.get("serviceLevelPercent").asDouble()).isEqualTo(81.1);
        assertThat(against.get("offered").asLong()).isEqualTo(1060);
        assertThat(against.get("answeredWithin").asLong()).isEqualTo(860);
        assertThat(against.get("abandonedWithin").asLong()).isEqualTo(20);
        assertThat(against.get("abandonRatePercent").asDouble()).isEqualTo(5.7);

        // The workspace's own rule is the default (abandons within the threshold met) until an admin changes it.
        assertThat(report("").get("rule").get("abandons").asString()).isEqualTo("MET_WITHIN_THRESHOLD");
        assertThat(workspace.admin().api().put("/api/v1/sla/service-level/rule", Map.of("thresholdSeconds", 20,
                "abandons", "AGAINST", "shortAbandonSeconds", 0)).status()).isEqualTo(200);
        assertThat(report("").get("rows").get(0).get("serviceLevelPercent").asDouble()).isEqualTo(81.1);
        assertThat(supervisor.put("/api/v1/sla/service-level/rule", Map.of("thresholdSeconds", 20,
                "abandons", "IGNORED", "shortAbandonSeconds", 0)).status()).as("admins only").isEqualTo(403);
    }

    @Test
    void rowsSplitByIntervalInTheWorkspacesTimeZoneAndByGroup() {
        profiles.change(workspace.id(), null, "Asia/Shanghai", null, null);
        UUID agent = workspace.agent().id().value();
        // 23:10 and 23:40 in Shanghai on 2 November, then 00:20 on the 3rd.
        insert(List.of(visit(Instant.parse("2026-11-02T15:10:00Z"), 10, "ANSWERED", "chat", agent),
                visit(Instant.parse("2026-11-02T15:40:00Z"), 50, "ANSWERED", "chat", agent),
                visit(Instant.parse("2026-11-02T16:20:00Z"), 30, "ABANDONED", "email", null)));
        String period = "from=2026-11-02T12:00:00Z&to=2026-11-02T18:00:00Z";

        JsonNode days = supervisor.get("/api/v1/sla/reports/service-level?" + period + "&interval=day&abandons=AGAINST").json();
        assertThat(days.get("rows")).hasSize(2);
        assertThat(days.get("rows").get(0).get("intervalStart").asString()).isEqualTo("2026-11-01T16:00:00Z");
        assertThat(days.get("rows").get(0).get("serviceLevelPercent").asDouble()).isEqualTo(50.0);
        assertThat(days.get("rows").get(0).get("averageSpeedOfAnswerSeconds").asDouble()).isEqualTo(30.0);
        assertThat(days.get("rows").get(1).get("intervalStart").asString()).isEqualTo("2026-11-02T16:00:00Z");
        assertThat(days.get("rows").get(1).get("serviceLevelPercent").asDouble()).isEqualTo(0.0);

        JsonNode halfHours = supervisor.get("/api/v1/sla/reports/service-level?" + period + "&interval=30m").json().get("rows");
        assertThat(halfHours.valueStream().map(row -> row.get("intervalStart").asString()).toList())
                .containsExactly("2026-11-02T15:00:00Z", "2026-11-02T15:30:00Z", "2026-11-02T16:00:00Z");

        JsonNode byChannel = supervisor.get("/api/v1/sla/reports/service-level?" + period + "&groupBy=channel&interval=60m").json().get("rows");
        assertThat(byChannel.valueStream().map(row -> row.get("label").asString() + " " + row.get("offered").asLong()).toList())
                .containsExactly("chat 2", "email 1");

        JsonNode byAgent = supervisor.get("/api/v1/sla/reports/service-level?from=2026-11-02T12:00:00Z&to=2026-11-03T12:00:00Z&groupBy=agent&interval=day")
                .json().get("rows");
        assertThat(byAgent.valueStream().map(row -> row.get("label").asString() + " " + row.get("answered").asLong()).toList())
                .as("an abandoned contact has no agent").containsExactly("Agent " + workspace.agent().email().substring(6, 14) + " 2", "none 0");

        JsonNode byTeam = supervisor.get("/api/v1/sla/reports/service-level?" + period + "&groupBy=team").json().get("rows");
        assertThat(byTeam.valueStream().map(row -> row.get("label").asString() + " " + row.get("offered").asLong()).toList())
                .as("the default queue has no team").containsExactly("none 2", "none 1");

        JsonNode byQueue = supervisor.get("/api/v1/sla/reports/service-level?" + period + "&groupBy=queue").json().get("rows");
        assertThat(byQueue.get(0).get("group").asString()).isEqualTo(queue.toString());
        assertThat(byQueue.get(0).get("label").asString()).isEqualTo("Default");

        TestApi.Response csv = supervisor.get("/api/v1/sla/reports/service-level?" + period + "&groupBy=channel&format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("service-level.csv");
        assertThat(csv.body().split("\r\n")).containsExactly(
                "interval_start,group,label,offered,answered,answered_within,abandoned,abandoned_within,short_abandons,service_level_percent,asa_seconds,abandon_rate_percent",
                "2026-11-01T16:00:00Z,chat,chat,2,2,1,0,0,0,50.0,30.0,0.0",
                "2026-11-02T16:00:00Z,email,email,1,0,0,1,0,0,0.0,0.0,100.0");
    }

    @Test
    void queueVisitsAreRecordedWhenAConversationIsAnsweredAbandonedOrSetAside() {
        String answered = chat("visitor-answered");
        String abandoned = chat("visitor-abandoned");
        String setAside = chat("visitor-aside");
        for (String id : List.of(answered, abandoned, setAside)) {
            await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from routing_items where conversation_id = ?")
                    .param(UUID.fromString(id)).query(Long.class).single() == 1);
        }
        assertThat(supervisor.put("/api/v1/conversations/" + answered + "/assignment",
                Map.of("assigneeId", workspace.agent().id().toString())).status()).isLessThan(300);
        assertThat(supervisor.patch("/api/v1/conversations/" + abandoned, Map.of("status", "RESOLVED")).status()).isEqualTo(200);
        assertThat(supervisor.patch("/api/v1/conversations/" + setAside, Map.of("status", "PENDING")).status()).isEqualTo(200);

        JsonNode today = supervisor.get("/api/v1/sla/service-level/today").json();
        JsonNode defaultQueue = today.get("queues").valueStream().filter(row -> row.get("group").asString().equals(queue.toString()))
                .findFirst().orElseThrow();
        assertThat(defaultQueue.get("answered").asLong()).isEqualTo(1);
        assertThat(defaultQueue.get("abandoned").asLong()).isEqualTo(1);
        assertThat(defaultQueue.get("offered").asLong()).as("set aside is neither").isEqualTo(2);
        assertThat(defaultQueue.get("serviceLevelPercent").asDouble()).as("both within 20 s").isEqualTo(100.0);
        assertThat(today.get("channels").get(0).get("group").asString()).isEqualTo("chat");
        assertThat(jdbc.sql("select outcome, agent_id from routing_queue_visits where conversation_id = ?").param(UUID.fromString(answered))
                .query((rs, n) -> rs.getString(1) + " " + rs.getString(2)).single())
                .isEqualTo("ANSWERED " + workspace.agent().id().value());
    }

    @Test
    void responseTimesHaveMedianAndP90AndBreachesDrillDownToTheirConversation() {
        List<String> conversations = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            String id = workspaces.inbound(workspace, Channel.EMAIL, Map.of("from", Map.of("address", "rt" + i + "@example.com"),
                    "subject", i == 10 ? "=HYPERLINK(\"x\")" : "Order " + i, "text", "Hello"));
            conversations.add(id);
            // First responses of 1..10 minutes, ended at 10:00 on the report day; the 10-minute one missed its target.
            jdbc.sql("update sla_clocks set state = ?, elapsed_us = ?, stopped_at = ?, running_since = null, due_at = null, warn_at = null, breached_at = ? where conversation_id = ? and metric = 'FIRST_RESPONSE'")
                    .params(i == 10 ? "BREACHED" : "ACHIEVED", i * 60_000_000L, Timestamps.sql(DAY.plusSeconds(36_000)),
                            i == 10 ? Timestamps.sql(DAY.plusSeconds(30_000)) : null, UUID.fromString(id))
                    .update();
        }

        JsonNode rows = supervisor.get("/api/v1/sla/reports/response-times?" + PERIOD + "&groupBy=channel").json().get("rows");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("metric").asString()).isEqualTo("FIRST_RESPONSE");
        assertThat(rows.get(0).get("label").asString()).isEqualTo("email");
        assertThat(rows.get(0).get("count").asLong()).isEqualTo(10);
        assertThat(rows.get(0).get("breached").asLong()).isEqualTo(1);
        assertThat(rows.get(0).get("medianSeconds").asDouble()).isEqualTo(300.0);
        assertThat(rows.get(0).get("p90Seconds").asDouble()).isEqualTo(540.0);
        assertThat(rows.get(0).get("meanSeconds").asDouble()).isEqualTo(330.0);

        JsonNode breaches = supervisor.get("/api/v1/sla/reports/breaches?" + PERIOD).json();
        assertThat(breaches).hasSize(1);
        assertThat(breaches.get(0).get("conversationId").asString()).isEqualTo(conversations.get(9));
        assertThat(breaches.get(0).get("metric").asString()).isEqualTo("FIRST_RESPONSE");
        String csv = supervisor.get("/api/v1/sla/reports/breaches?" + PERIOD + "&format=csv").body();
        assertThat(csv).as("a subject is never a spreadsheet formula").contains(",\"'=HYPERLINK(\"\"x\"\")\",");

        TestWorkspaces.Workspace other = workspaces.create();
        assertThat(other.supervisor().api().get("/api/v1/sla/reports/breaches?" + PERIOD).json()).isEmpty();
        assertThat(other.supervisor().api().get("/api/v1/sla/reports/response-times?" + PERIOD).json().get("rows")).isEmpty();
    }

    @Test
    void responseTimesByTeamAndByAgentAreLabelledWithTheirNames() {
        String team = supervisor.post("/api/v1/teams", Map.of("name", "Billing")).json().get("id").asString();
        String taken = workspaces.inbound(workspace, Channel.EMAIL, Map.of("from", Map.of("address", "team@example.com"), "text", "Hi"));
        workspaces.inbound(workspace, Channel.EMAIL, Map.of("from", Map.of("address", "nobody@example.com"), "text", "Hi"));
        assertThat(supervisor.put("/api/v1/conversations/" + taken + "/assignment", Map.of("teamId", team,
                "assigneeId", workspace.agent().id().toString())).status()).isLessThan(300);
        jdbc.sql("update sla_clocks set state = 'ACHIEVED', elapsed_us = 60000000, stopped_at = ?, running_since = null, due_at = null, warn_at = null where workspace_id = ? and metric = 'FIRST_RESPONSE'")
                .params(Timestamps.sql(DAY.plusSeconds(36_000)), workspace.id().value()).update();

        JsonNode byTeam = supervisor.get("/api/v1/sla/reports/response-times?" + PERIOD + "&groupBy=team").json().get("rows");
        assertThat(byTeam.valueStream().map(row -> row.get("label").asString() + " " + row.get("count").asLong()).toList())
                .as("a conversation without a team comes last, as none").containsExactly("Billing 1", "none 1");
        assertThat(byTeam.get(0).get("group").asString()).isEqualTo(team);

        JsonNode byAgent = supervisor.get("/api/v1/sla/reports/response-times?" + PERIOD + "&groupBy=agent").json().get("rows");
        assertThat(byAgent.valueStream().map(row -> row.get("label").asString()).toList())
                .containsExactly("Agent " + workspace.agent().email().substring(6, 14), "none");
    }

    @Test
    void theAtRiskListHasRunningClocksPastTheirWarningSoonestDueFirst() {
        String later = workspaces.inbound(workspace, Channel.EMAIL, Map.of("from", Map.of("address", "late@example.com"), "text", "Hi"));
        String sooner = workspaces.inbound(workspace, Channel.EMAIL, Map.of("from", Map.of("address", "soon@example.com"), "text", "Hi"));
        workspaces.inbound(workspace, Channel.EMAIL, Map.of("from", Map.of("address", "calm@example.com"), "text", "Hi"));
        Instant now = Instant.now();
        warned(later, now.plusSeconds(1800));
        warned(sooner, now.plusSeconds(600));

        TestApi.Response response = supervisor.get("/api/v1/sla/at-risk");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode atRisk = response.json();
        assertThat(atRisk.valueStream().map(row -> row.get("conversationId").asString()).toList()).containsExactly(sooner, later);
        assertThat(atRisk.get(0).get("dueAt").asString()).isNotEmpty();
        assertThat(workspace.agent().api().get("/api/v1/sla/at-risk").status()).as("supervisors and admins only").isEqualTo(403);
    }

    @Test
    void badParametersAreProblems() {
        assertProblem("/api/v1/sla/reports/service-level?" + PERIOD + "&interval=7m", "interval");
        assertProblem("/api/v1/sla/reports/service-level?from=2026-11-03T00:00:00Z&to=2026-11-02T00:00:00Z", "from");
        assertProblem("/api/v1/sla/reports/service-level?from=2026-01-01T00:00:00Z&to=2026-06-01T00:00:00Z", "to");
        assertProblem("/api/v1/sla/reports/service-level?from=yesterday&to=2026-06-01T00:00:00Z", "from");
        assertProblem("/api/v1/sla/reports/service-level?" + PERIOD + "&groupBy=moon", "groupBy");
        assertProblem("/api/v1/sla/reports/service-level?" + PERIOD + "&abandons=SOMETIMES", "abandons");
        assertProblem("/api/v1/sla/reports/service-level?" + PERIOD + "&threshold=-1", "threshold");
        assertProblem("/api/v1/sla/reports/response-times?" + PERIOD + "&groupBy=queue", "groupBy");
        assertProblem("/api/v1/sla/reports/breaches?" + PERIOD + "&limit=0", "limit");
        assertProblem("/api/v1/sla/reports/breaches?" + PERIOD + "&format=xlsx", "format");
        assertThat(workspace.agent().api().get("/api/v1/sla/reports/service-level?" + PERIOD).status()).isEqualTo(403);
    }

    private void assertProblem(String path, String field) {
        TestApi.Response response = supervisor.get(path);
        assertThat(response.status()).as(path).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).as(path).contains("\"" + field + "\"");
    }

    private void warned(String conversation, Instant dueAt) {
        jdbc.sql("update sla_clocks set warned = true, warn_at = null, due_at = ? where conversation_id = ? and metric = 'FIRST_RESPONSE'")
                .params(Timestamps.sql(dueAt), UUID.fromString(conversation)).update();
    }

    private String chat(String visitor) {
        return workspaces.inbound(workspace, Channel.CHAT, Map.of("from", Map.of("address", visitor), "text", "Hello?"));
    }

    private JsonNode report(String query) {
        TestApi.Response response = supervisor.get("/api/v1/sla/reports/service-level?" + PERIOD + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private JsonNode total(String abandons) {
        JsonNode rows = report("&abandons=" + abandons + "&threshold=20").get("rows");
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }

    private Object[] visit(Instant enqueuedAt, long waitedSeconds, String outcome, String channel, UUID agent) {
        return new Object[] {UUID.randomUUID(), workspace.id().value(), UUID.randomUUID(), queue, channel,
                Timestamps.sql(enqueuedAt), Timestamps.sql(enqueuedAt.plusSeconds(waitedSeconds)), outcome, agent};
    }

    private void insert(List<Object[]> visits) {
        for (Object[] visit : visits) {
            jdbc.sql("insert into routing_queue_visits (id, workspace_id, conversation_id, queue_id, channel, enqueued_at, left_at, outcome, agent_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(visit).update();
        }
    }
}
