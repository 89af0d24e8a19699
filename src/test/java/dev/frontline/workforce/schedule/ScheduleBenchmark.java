package dev.frontline.workforce.schedule;

import java.time.Duration;
import java.time.LocalDate;

/**
 * Solves the synthetic contact center of {@code benchmarks/run-schedule-benchmark.sh}: by default 200 agents over
 * two weeks in 15-minute intervals, with a time limit, and prints the time, score and coverage.
 * Arguments: [agents] [days] [time limit in seconds].
 */
public final class ScheduleBenchmark {

    public static void main(String[] args) {
        // the solver logs every step at debug level when no logging configuration is on the class path
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("ai.timefold")).setLevel(ch.qos.logback.classic.Level.INFO);
        int agents = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 14;
        Duration limit = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 120);
        ScheduleProblem problem = new SyntheticContactCenter(agents, LocalDate.of(2027, 1, 4), days, 0.85, 42).problem();
        long built = System.nanoTime();
        WorkSchedule schedule = problem.build();
        ShiftScheduler scheduler = new ShiftScheduler();
        long solving = System.nanoTime();
        WorkSchedule solved = scheduler.solve(schedule, limit);
        long done = System.nanoTime();
        ScheduleCoverage coverage = ScheduleCoverage.of(solved);
        long shifts = solved.getAssignments().stream().filter(ShiftAssignment::working).count();
        System.out.printf("agents=%d days=%d intervals=%d agentDays=%d options/agentDay=%.1f demands=%d%n", agents, days,
                problem.horizon().intervals(), schedule.getAssignments().size(),
                schedule.getAssignments().stream().mapToInt(a -> a.getOptions().size()).average().orElse(0), problem.demands().size());
        System.out.printf("build=%.1fs solve=%.1fs (limit %ds) score=%s shifts=%d%n", (solving - built) / 1e9, (done - solving) / 1e9,
                limit.toSeconds(), solved.getScore(), shifts);
        System.out.printf("coverage: %.2f%% of %d required agent-intervals staffed; %d of %d skill-intervals short%n",
                100 * coverage.coveredShare(), coverage.requiredAgentIntervals(), coverage.intervalsShort(), coverage.lines().size());
    }
}
