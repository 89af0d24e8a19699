package dev.frontline.workforce.schedule;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.Solver;
import ai.timefold.solver.core.api.solver.SolverConfigOverride;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import ai.timefold.solver.core.config.solver.SolverConfig;
import java.time.Duration;

/**
 * Solves schedules: builds the solver factory once (it compiles the constraints) and runs each solve on the
 * calling thread until the time limit, or sooner when the best score has not improved for a fifth of it.
 */
public final class ShiftScheduler {

    private final SolverFactory<WorkSchedule> solverFactory;
    private final SolutionManager<WorkSchedule, HardMediumSoftScore> solutionManager;

    public ShiftScheduler() {
        SolverConfig config = new SolverConfig()
                .withSolutionClass(WorkSchedule.class)
                .withEntityClasses(ShiftAssignment.class)
                .withConstraintProviderClass(ScheduleConstraints.class)
                .withTerminationSpentLimit(Duration.ofMinutes(10));
        this.solverFactory = SolverFactory.create(config);
        this.solutionManager = SolutionManager.create(solverFactory);
    }

    public WorkSchedule solve(WorkSchedule problem, Duration timeLimit) {
        return solver(timeLimit).solve(problem);
    }

    /** A solver with this time limit, for a caller that may stop it early from another thread ({@link Solver#terminateEarly()}). */
    public Solver<WorkSchedule> solver(Duration timeLimit) {
        TerminationConfig termination = new TerminationConfig().withSpentLimit(timeLimit).withUnimprovedSpentLimit(timeLimit.dividedBy(5));
        return solverFactory.buildSolver(new SolverConfigOverride().withTerminationConfig(termination));
    }

    /** Scores a schedule as it stands, for example after a supervisor's hand edit. */
    public HardMediumSoftScore score(WorkSchedule schedule) {
        return solutionManager.update(schedule);
    }
}
