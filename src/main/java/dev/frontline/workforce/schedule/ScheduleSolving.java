package dev.frontline.workforce.schedule;

import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Solves queued schedules, one at a time per node, on a thread of its own so the application's scheduler stays
 * free. Jobs live in the database: a node claims one with a lease a little longer than its time limit, so a job
 * whose node died is picked up again by another once the lease runs out.
 */
@Component
class ScheduleSolving {

    private static final Logger log = LoggerFactory.getLogger(ScheduleSolving.class);
    private static final Duration LEASE_MARGIN = Duration.ofMinutes(2);

    private final ScheduleStore store;
    private final ScheduleInputs inputs;
    private final ShiftScheduler scheduler = new ShiftScheduler();
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String node = "node-" + UUID.randomUUID();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(Thread.ofPlatform().name("schedule-solver").daemon().factory());
    private final AtomicBoolean busy = new AtomicBoolean();

    ScheduleSolving(ScheduleStore store, ScheduleInputs inputs, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.inputs = inputs;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    ShiftScheduler scheduler() {
        return scheduler;
    }

    @Scheduled(fixedDelayString = "${frontline.workforce.schedule-poll:PT2S}", initialDelayString = "PT5S")
    void pollForWork() {
        if (!busy.compareAndSet(false, true)) {
            return;
        }
        Optional<ScheduleStore.Job> job;
        try {
            job = store.claim(node, clock.instant(), Duration.ofSeconds(ScheduleRequest.MAX_TIME_LIMIT_SECONDS).plus(LEASE_MARGIN));
        } catch (RuntimeException failure) {
            busy.set(false);
            throw failure;
        }
        if (job.isEmpty()) {
            busy.set(false);
            return;
        }
        worker.execute(() -> {
            try {
                solve(job.get());
            } finally {
                busy.set(false);
            }
        });
    }

    private void solve(ScheduleStore.Job job) {
        try {
            Caller requester = new Caller(job.workspace(), new UserId(job.requestedBy()), Role.SUPERVISOR);
            ScheduleProblem problem = inputs.problem(requester, job.request());
            WorkSchedule solved = scheduler.solve(problem.build(), Duration.ofSeconds(job.request().timeLimit()));
            double coverage = ScheduleCoverage.of(solved).coveredShare();
            String score = String.valueOf(solved.getScore());
            transaction.executeWithoutResult(status ->
                    store.complete(job.id(), node, job.workspace(), ScheduleInputs.shifts(solved, false), score, coverage, clock.instant()));
            log.info("Schedule {} solved: {} coverage {}", job.id(), score, coverage);
        } catch (RuntimeException failure) {
            log.warn("Schedule {} failed", job.id(), failure);
            store.fail(job.id(), node, String.valueOf(failure.getMessage()), clock.instant());
        }
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        worker.shutdownNow();
    }
}
