package dev.frontline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.Timestamps;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class StaffSessionsIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    StaffSessions sessions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void rowsOfSessionsIdleFarBeyondTheTimeoutAreDeletedAndOpenOnesStay() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        Caller agent = new Caller(workspace.id(), workspace.agent().id(), Role.AGENT);
        UUID recent = sessions.start(agent, "Recent", "10.0.0.1");
        UUID endedRecently = sessions.start(agent, "Ended recently", "10.0.0.2");
        sessions.end(workspace.id(), workspace.agent().id(), endedRecently);
        UUID abandoned = sessions.start(agent, "Abandoned", "10.0.0.3");
        UUID endedLongAgo = sessions.start(agent, "Ended long ago", "10.0.0.4");
        Instant longAgo = Instant.now().minus(Duration.ofDays(3));
        for (UUID old : new UUID[] {abandoned, endedLongAgo}) {
            jdbc.sql("update staff_sessions set created_at = ?, last_seen_at = ? where id = ?")
                    .params(Timestamps.sql(longAgo), Timestamps.sql(longAgo), old).update();
        }
        sessions.end(workspace.id(), workspace.agent().id(), endedLongAgo);

        assertThat(sessions.forgetExpired()).isGreaterThanOrEqualTo(2);

        assertThat(jdbc.sql("select id from staff_sessions where user_id = ?").param(workspace.agent().id().value())
                .query(UUID.class).list()).containsExactlyInAnyOrder(recent, endedRecently);
        assertThat(sessions.touch(recent)).as("an open session still works").isPresent();
    }
}
