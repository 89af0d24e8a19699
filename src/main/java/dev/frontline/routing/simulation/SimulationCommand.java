package dev.frontline.routing.simulation;

import dev.frontline.shared.queueing.Erlang;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulator from the command line ({@code benchmarks/run-simulation.sh}): reads a scenario (the JSON of
 * {@code POST /api/v1/routing/simulations}) and prints the result per interval, or with a range of seeds one
 * line per run and the runs pooled. A single queue with constant staffing and no abandonment is an M/M/N
 * queue, so then Erlang C's figures are printed beside it. Each run also prints the expected-wait method's error.
 */
public final class SimulationCommand {

    private SimulationCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1 && args.length != 3) {
            System.err.println("usage: SimulationCommand <scenario.json> [first-seed last-seed]");
            System.exit(2);
        }
        Scenario scenario = JsonMapper.builder().build().readValue(Files.readString(Path.of(args[0])), Scenario.class);
        if (args.length == 1) {
            printIntervals(Simulator.run(scenario));
            printErlangC(scenario);
            return;
        }
        long offered = 0;
        long within = 0;
        long answered = 0;
        double waited = 0;
        for (long seed = Long.parseLong(args[1]); seed <= Long.parseLong(args[2]); seed++) {
            long started = System.nanoTime();
            SimulationReport report = Simulator.run(new Scenario(scenario.intervalMinutes(), scenario.thresholdSeconds(), seed,
                    scenario.queues(), scenario.agentGroups()));
            SimulationReport.Interval day = report.day();
            System.out.printf("seed %3d: offered %7d  SL %.4f  ASA %6.1f s  abandoned %5.1f%%  occupancy %.3f  (%d ms)%n", seed,
                    day.offered(), day.serviceLevel(), day.averageSpeedOfAnswerSeconds(), 100 * day.abandonmentRate(),
                    day.occupancy(), (System.nanoTime() - started) / 1_000_000);
            printWaitError(report);
            offered += day.offered();
            within += day.answeredWithinThreshold();
            answered += day.answered();
            waited += day.averageSpeedOfAnswerSeconds() * day.answered();
        }
        System.out.printf("pooled:   offered %7d  SL %.4f  ASA %6.1f s%n", offered, (double) within / offered, waited / answered);
        printErlangC(scenario);
    }

    private static void printIntervals(SimulationReport report) {
        System.out.println("interval start  staffed  offered  answered  abandoned    SL     ASA s  aband.  occupancy");
        for (SimulationReport.Interval i : report.intervals()) {
            System.out.printf("%8d %5d %8d %8d %9d %10d  %.3f %7.1f  %5.1f%%  %.3f%n", i.index(), i.startMinute(), i.staffed(),
                    i.offered(), i.answered(), i.abandoned(), i.serviceLevel(), i.averageSpeedOfAnswerSeconds(),
                    100 * i.abandonmentRate(), i.occupancy());
        }
        SimulationReport.Interval day = report.day();
        System.out.printf("day: offered %d, SL(%d s) %.4f, ASA %.1f s, abandoned %.1f%%, occupancy %.3f, unanswered %d%n",
                day.offered(), report.thresholdSeconds(), day.serviceLevel(), day.averageSpeedOfAnswerSeconds(),
                100 * day.abandonmentRate(), day.occupancy(), day.unanswered());
        printWaitError(report);
    }

    private static void printWaitError(SimulationReport report) {
        SimulationReport.WaitEstimateError all = report.expectedWaitError();
        SimulationReport.WaitEstimateError queued = report.queuedExpectedWaitError();
        System.out.printf("          expected-wait error, %d answered (%d without an estimate): mean |error| %.1f s, mean error %+.1f s,"
                        + " p50 |error| %.1f s, p90 |error| %.1f s; the %d told to wait: mean |error| %.1f s, mean error %+.1f s,"
                        + " p50 |error| %.1f s, p90 |error| %.1f s%n", all.predicted(), all.unpredicted(),
                all.meanAbsoluteErrorSeconds(), all.meanErrorSeconds(), all.p50AbsoluteErrorSeconds(), all.p90AbsoluteErrorSeconds(),
                queued.predicted(), queued.meanAbsoluteErrorSeconds(), queued.meanErrorSeconds(), queued.p50AbsoluteErrorSeconds(),
                queued.p90AbsoluteErrorSeconds());
    }

    private static void printErlangC(Scenario scenario) {
        if (scenario.queues().size() != 1 || scenario.agentGroups().size() != 1 || scenario.queues().getFirst().meanPatienceSeconds() != null) {
            return;
        }
        Scenario.Queue queue = scenario.queues().getFirst();
        if (new HashSet<>(queue.arrivals()).size() != 1 || new HashSet<>(scenario.agentGroups().getFirst().staffed()).size() != 1) {
            return;
        }
        double erlangs = queue.arrivals().getFirst() * queue.meanHandleSeconds() / (scenario.intervalMinutes() * 60.0);
        int agents = scenario.agentGroups().getFirst().staffed().getFirst();
        System.out.printf("Erlang C: A = %.2f Erlangs, N = %d: P(wait) %.4f, SL(%d s) %.4f, ASA %.1f s, occupancy %.3f%n", erlangs,
                agents, Erlang.probabilityOfWaiting(erlangs, agents), scenario.thresholdSeconds(),
                Erlang.serviceLevel(erlangs, agents, scenario.thresholdSeconds(), queue.meanHandleSeconds()),
                Erlang.averageSpeedOfAnswer(erlangs, agents, queue.meanHandleSeconds()), erlangs / agents);
    }
}
