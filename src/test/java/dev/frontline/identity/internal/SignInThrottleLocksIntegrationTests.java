package dev.frontline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.shared.Timestamps;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SignInThrottleLocksIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theLocksListHoldsOnlyTheWorkspacesMembersLockedNow() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestWorkspaces.Workspace other = workspaces.create();
        Instant now = Instant.now();
        Instant until = now.plus(Duration.ofMinutes(15));
        lock(workspace.agent().email().toUpperCase(), true, until);
        lock(workspace.supervisor().email(), false, until);
        lock(workspace.admin().email(), true, now.minusSeconds(5));
        lock(other.agent().email(), true, until);

        assertThat(throttle.lockedMembers(workspace.id()))
                .as("only locked rows whose lock lasts, of this workspace's members")
                .extracting(SignInThrottle.LockedMember::userId)
                .containsExactly(workspace.agent().id().value());
        assertThat(throttle.lockedMembers(workspace.id()).getFirst().lockedUntil())
                .isCloseTo(until, org.assertj.core.api.Assertions.within(Duration.ofMillis(1)));
    }

    private void lock(String email, boolean locked, Instant until) {
        jdbc.sql("""
                insert into sign_in_throttles (throttle_key, failures, last_failure_at, blocked_until, locked)
                values (?, 10, ?, ?, ?)""")
                .params(SignInThrottle.Key.account(email).stored(), Timestamps.sql(Instant.now()), Timestamps.sql(until), locked)
                .update();
    }
}
