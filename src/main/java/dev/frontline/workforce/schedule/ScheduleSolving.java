package dev.frontline.workforce.schedule;

import ai.timefold.solver.core.api.solver.Solver;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Solves queued schedules, one at a time per node, on a thread of its own so the application's scheduler stays
 * free. Jobs live in the database: a node claims one with a lease ({@code frontline.workforce.schedule-lease}) and
 * renews it every third of the lease while it solves, so a job whose node died is picked up again by another once
 * the lease runs out, however long its time limit. A node that finds its lease taken (it stalled longer than the
 * lease and another node claimed the job) stops solving at once; its result could not be stored anyway.
 */
@Component
class ScheduleSolving {

    private static final Logger log = LoggerFactory.getLogger(ScheduleSolving.class);

    private final ScheduleStore store;
    private final ScheduleInputs inputs;
    private final ShiftScheduler scheduler = new ShiftScheduler();
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration lease;
    private final String node = "node-" + UUID.randomUUID();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("schedule-solver").daemon().factory());
    private final ScheduledExecutorService heartbeats =
            Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("schedule-lease").daemon().factory());
    private final AtomicBoolean busy = new AtomicBoolean();

    ScheduleSolving(ScheduleStore store, ScheduleInputs inputs, PlatformTransactionManager transactions, Clock clock,
                    @Value("${frontline.workforce.schedule-lease:PT1M}") Duration lease) {
        this.store = store;
        this.inputs = inputs;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.lease = lease;
    }

    ShiftScheduler scheduler() {
        return scheduler;
    }

    String node() {
        return node;
    }

    /** Whether this node is solving a job now. */
    boolean solving() {
        return busy.get();
    }

    @Scheduled(fixedDelayString = "${frontline.workforce.schedule-poll:PT2S}", initialDelayString = "PT5S")
    void pollForWork() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        Optional<ScheduleStore.Job> job;
        try {
            job = store.claim(node, clock.instant(), lease);
        } catch (RuntimeException failure) {
            busy.set(false);
            throw failure;
        }
        job.ifPresentOrElse(this::startSolving, () -> busy.set(false));
    }

    /** Solves a job this node has claimed already; false when it is busy with another. */
    boolean solveClaimed(ScheduleStore.Job job) {
        if (!busy.compareAndSet(false, true)) {
            return false;
        }
        startSolving(job);
        return true;
    }

    Duration lease() {
        return lease;
    }

    private void startSolving(ScheduleStore.Job job) {
        worker.execute(() -> {
            try {
                solve(job);
            } finally {
                busy.set(false);
            }
        });
    }

    private void solve(ScheduleStore.Job job) {
        Solver<WorkSchedule> solver = scheduler.solver(Duration.ofSeconds(job.request().timeLimit()));
        LeaseKeeper keeper = new LeaseKeeper(job.id(), solver);
        long every = Math.max(1, lease.toMillis() / 3);
        ScheduledFuture<?> heartbeat = heartbeats.scheduleWithFixedDelay(keeper::renew, every, every, TimeUnit.MILLISECONDS);
        try {
            Caller requester = new Caller(job.workspace(), new UserId(job.requestedBy()), Role.SUPERVISOR);
            ScheduleProblem problem = inputs.problem(requester, job.request());
            @Nullable WorkSchedule solved = keeper.lost() ? null : solver.solve(problem.build());
            heartbeat.cancel(false);
            if (solved == null || keeper.lost()) {
                log.info("Schedule {}: lease lost to another node, solving stopped", job.id());
                return;
            }
            double coverage = ScheduleCoverage.of(solved).coveredShare();
            String score = String.valueOf(solved.getScore());
            boolean stored = Boolean.TRUE.equals(transaction.execute(status ->
                    store.complete(job.id(), node, job.workspace(), ScheduleInputs.shifts(solved, false), score, coverage, clock.instant())));
            log.info("Schedule {} solved: {} coverage {}{}", job.id(), score, coverage, stored ? "" : " (not stored: lease lost)");
        } catch (RuntimeException failure) {
            log.warn("Schedule {} failed", job.id(), failure);
            store.fail(job.id(), node, String.valueOf(failure.getMessage()), clock.instant());
        } finally {
            heartbeat.cancel(false);
        }
    }

    /**
     * Renews the lease of the job being solved; on losing it, stops the solver. Losing it before the solver starts
     * keeps it from starting (a solver resets an early termination when it starts).
     */
    private final class LeaseKeeper {

        private final UUID job;
        private final Solver<WorkSchedule> solver;
        private final AtomicBoolean lost = new AtomicBoolean();

        LeaseKeeper(UUID job, Solver<WorkSchedule> solver) {
            this.job = job;
            this.solver = solver;
        }

        boolean lost() {
            return lost.get();
        }

        void renew() {
            try {
                if (!store.renew(job, node, clock.instant(), lease)) {
                    lost.set(true);
                    solver.terminateEarly();
                }
            } catch (RuntimeException failure) {
                // The database may be back before the lease runs out; if not, the next renewal finds the lease lost.
                log.warn("Schedule {}: lease renewal failed", job, failure);
            }
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        heartbeats.shutdownNow();
        worker.shutdownNow();
    }
}
