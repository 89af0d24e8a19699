package dev.frontline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.channels.Inboxes;
import dev.frontline.contacts.Contacts;
import dev.frontline.identity.WorkspaceSetup;
import dev.frontline.support.IntegrationTest;
import dev.frontline.workforce.StarterWorkRules;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class DemoWorkspaceIntegrationTests {

    @Autowired
    WorkspaceSetup workspaces;

    @Autowired
    DemoStaff staff;

    @Autowired
    Inboxes inboxes;

    @Autowired
    Contacts contacts;

    @Autowired
    DemoConversations conversations;

    @Autowired
    dev.frontline.cannedresponses.CannedResponses cannedResponses;

    @Autowired
    DemoWorkflows demoWorkflows;

    @Autowired
    StarterWorkRules starterWorkRules;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment environment;

    @Test
    void theDemoWorkspaceHasStaffEveryChannelCustomersAndAMonthOfConversationsInThreeLanguages() {
        String admin = "admin@demo-" + UUID.randomUUID().toString().substring(0, 8) + ".test";
        DemoWorkspace demo = new DemoWorkspace(workspaces, staff, inboxes, contacts, conversations, cannedResponses, demoWorkflows, starterWorkRules, admin, "demo-password-1",
                environment);

        DemoWorkspace.Summary summary = demo.seed(admin, "demo-password-1");

        UUID ws = summary.workspace().value();
        assertThat(count("select count(*) from users where workspace_id = ?", ws)).isEqualTo(6);
        assertThat(jdbc.sql("select role, count(*) from users where workspace_id = ? group by role").param(ws)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list())
                .containsExactlyInAnyOrder(Map.entry("ADMIN", 1L), Map.entry("SUPERVISOR", 1L), Map.entry("AGENT", 4L));
        assertThat(count("select count(*) from teams where workspace_id = ?", ws)).isEqualTo(2);
        assertThat(jdbc.sql("select distinct channel from inboxes where workspace_id = ?").param(ws).query(String.class).list())
                .containsExactlyInAnyOrder("CHAT", "EMAIL", "SMS", "WHATSAPP", "MESSENGER", "INSTAGRAM", "VOICE", "API");
        assertThat(count("select count(*) from contacts where workspace_id = ?", ws)).isEqualTo(30);
        assertThat(count("select count(*) from conversations where workspace_id = ?", ws)).isEqualTo(100);
        assertThat(jdbc.sql("select distinct language from contacts where workspace_id = ?").param(ws).query(String.class).list())
                .containsExactlyInAnyOrder("en", "zh-CN", "zh-TW", "ko");
        Instant oldest = jdbc.sql("select min(created_at) from conversations where workspace_id = ?").param(ws)
                .query(java.time.OffsetDateTime.class).single().toInstant();
        assertThat(oldest).isBefore(Instant.now().minus(Duration.ofDays(20))).isAfter(Instant.now().minus(Duration.ofDays(31)));
        assertThat(count("select count(*) from messages where workspace_id = ? and body_text like '%退款%'", ws)).isPositive();
        assertThat(count("select count(*) from messages where workspace_id = ? and body_text like '%환불%'", ws)).isPositive();
        assertThat(count("select count(*) from conversations where workspace_id = ? and status = 'RESOLVED'", ws)).isPositive();
        assertThat(count("select count(*) from messages m join inboxes i on i.id = m.inbox_id where m.workspace_id = ?"
                + " and i.channel = 'VOICE' and m.metadata like '%durationSeconds%'", ws)).as("voice calls").isPositive();
        assertThat(jdbc.sql("select shortcut from canned_responses where workspace_id = ? and shared").param(ws)
                .query(String.class).list()).contains("hello", "zh-hello", "ko-hello");
        assertThat(jdbc.sql("select t.name from workforce_agent_work_rules r join workforce_contract_templates t on t.id = r.contract_template_id"
                + " where r.workspace_id = ?").param(ws).query(String.class).list())
                .as("demo agents' contracts").containsExactlyInAnyOrder("Full time 40h", "Full time 40h", "Part time 20h", "Student");
        assertThat(jdbc.sql("select language from workflows where workspace_id = ? and status = 'PUBLISHED'").param(ws)
                .query(String.class).list()).as("troubleshooting workflows").containsExactlyInAnyOrder("en", "zh-Hans", "ko");
        assertThat(jdbc.sql("select created_at, first_response_at, resolved_at from conversations"
                        + " where workspace_id = ? and first_response_at is not null").param(ws)
                .query((rs, n) -> new java.time.OffsetDateTime[] {rs.getObject(1, java.time.OffsetDateTime.class),
                        rs.getObject(2, java.time.OffsetDateTime.class), rs.getObject(3, java.time.OffsetDateTime.class)})
                .list())
                .isNotEmpty()
                .allSatisfy(times -> {
                    Duration firstResponse = Duration.between(times[0], times[1]);
                    assertThat(firstResponse).as("first response time").isBetween(Duration.ofMinutes(1), Duration.ofHours(4));
                    if (times[2] != null) {
                        assertThat(times[2]).isAfter(times[1]);
                    }
                });
    }

    private long count(String sql, UUID workspace) {
        return jdbc.sql(sql).param(workspace).query(Long.class).single();
    }
}
