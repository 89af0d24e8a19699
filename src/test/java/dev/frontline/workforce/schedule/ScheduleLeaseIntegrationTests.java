package dev.frontline.workforce.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.frontline.shared.Ids;
import dev.frontline.shared.Timestamps;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two solver nodes (besides the application's own) share the schedule jobs through the database with a lease of
 * three seconds: a solve longer than the lease keeps its node, a node that stalled past its lease and lost the job
 * stops solving, and a job whose node crashed is solved by another node.
 */
@IntegrationTest
class ScheduleLeaseIntegrationTests {

    private static final Duration LEASE = Duration.ofSeconds(3);

    @Autowired
    TestWorkspaces workspaces;
    @Autowired
    ScheduleStore store;
    @Autowired
    ScheduleInputs inputs;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    Clock clock;
    @Autowired
    JdbcClient jdbc;

    TestWorkspaces.Workspace workspace;
    ScheduleSolving first;
    ScheduleSolving second;

    @BeforeEach
    void twoNodes() {
        workspace = workspaces.create();
        first = new ScheduleSolving(store, inputs, transactions, clock, LEASE);
        second = new ScheduleSolving(store, inputs, transactions, clock, LEASE);
    }

    @AfterEach
    void stopNodes() {
        first.stop();
        second.stop();
    }

    /**
     * One agent over a week. The solver stops after a fifth of the time limit without improvement, so a limit of 60
     * seconds solves for at least 12 seconds: four leases.
     */
    private ScheduleRequest request() {
        List<Map<String, Object>> requirements = new ArrayList<>();
        for (int day = 0; day < 5; day++) {
            requirements.add(Map.of("day", LocalDate.of(2027, 1, 4).plusDays(day).toString(), "from", "09:00", "to", "17:00", "agents", 1));
        }
        return ScheduleStore.JSON.convertValue(Map.of("firstDay", "2027-01-04", "days", 7, "timeLimitSeconds", 60,
                "shiftTemplates", List.of(Map.of("name", "Day", "lengthMinutes", 510, "earliestStart", "08:00", "latestStart", "10:00")),
                "requirements", requirements), ScheduleRequest.class);
    }

    /** Queues a job and claims it for {@code node} in the same transaction, so no other node can take it first. */
    private ScheduleStore.Job queueAndClaim(String node, Duration lease) {
        UUID id = Ids.newId();
        return new TransactionTemplate(transactions).execute(status -> {
            store.insert(id, workspace.id(), request(), workspace.supervisor().id().value(), clock.instant());
            return store.claim(id, node, clock.instant(), lease).orElseThrow();
        });
    }

    private String claimedBy(UUID id) {
        return jdbc.sql("select claimed_by from workforce_schedules where id = ?").param(id).query(String.class).single();
    }

    private ScheduleStatus status(UUID id) {
        return ScheduleStatus.valueOf(jdbc.sql("select status from workforce_schedules where id = ?").param(id).query(String.class).single());
    }

    private void expireLease(UUID id) {
        jdbc.sql("update workforce_schedules set claimed_until = ? where id = ?").params(Timestamps.sql(clock.instant().minusSeconds(1)), id).update();
    }

    @Test
    void aSolveLongerThanItsLeaseKeepsItsNodeBecauseTheNodeRenewsTheLease() {
        ScheduleStore.Job job = queueAndClaim(first.node(), LEASE);
        long started = System.nanoTime();
        assertThat(first.solveClaimed(job)).isTrue();

        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
            assertThat(store.claim(job.id(), second.node(), clock.instant(), LEASE)).as("the second node finds the lease renewed").isEmpty();
            return !first.solving();
        });
        Duration solving = Duration.ofNanos(System.nanoTime() - started);

        assertThat(solving).as("the solve outlived several leases").isGreaterThan(LEASE.multipliedBy(3));
        assertThat(status(job.id())).isEqualTo(ScheduleStatus.SOLVED);
        assertThat(claimedBy(job.id())).isEqualTo(first.node());
    }

    @Test
    void aNodeThatLostItsLeaseStopsSolvingAndTheNodeThatTookTheJobOverStoresIt() {
        ScheduleStore.Job job = queueAndClaim(first.node(), LEASE);
        assertThat(first.solveClaimed(job)).isTrue();

        // The first node stalls past its lease (a pause, a lost connection): the second node claims the job.
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            expireLease(job.id());
            return store.claim(job.id(), second.node(), clock.instant(), LEASE).map(second::solveClaimed).orElse(false);
        });
        long tookOver = System.nanoTime();

        await().atMost(Duration.ofSeconds(10)).until(() -> !first.solving());
        assertThat(Duration.ofNanos(System.nanoTime() - tookOver)).as("the first node stopped at its next renewal, long before its 12 s")
                .isLessThan(Duration.ofSeconds(8));
        assertThat(status(job.id())).isEqualTo(ScheduleStatus.SOLVING);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> status(job.id()) == ScheduleStatus.SOLVED);
        assertThat(claimedBy(job.id())).isEqualTo(second.node());
        assertThat(jdbc.sql("select count(*) from workforce_schedule_shifts where schedule_id = ?").param(job.id()).query(Integer.class).single())
                .as("one agent's week, stored once").isBetween(4, 5);
    }

    @Test
    void aJobWhoseNodeCrashedIsSolvedByAnotherNodeOnceTheLeaseRunsOut() {
        ScheduleStore.Job job = queueAndClaim("crashed-node", Duration.ofSeconds(1));

        // The application's own node polls for work and finds the lease run out.
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> status(job.id()) == ScheduleStatus.SOLVED);
        assertThat(claimedBy(job.id())).isNotEqualTo("crashed-node");
    }
}
