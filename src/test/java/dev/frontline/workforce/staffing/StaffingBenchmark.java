package dev.frontline.workforce.staffing;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Staffing at about 1,000 agents: 3,240 contacts per 15 minutes at 250 s (900 Erlangs), 80% within 20 s. Evaluating
 * 1,000 agents, and finding the fewest, with Erlang C and with Erlang A (patience 120 s). Run with
 * {@code benchmarks/run-staffing-benchmark.sh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgs = "-Xmx512m")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StaffingBenchmark {

    private final StaffingQuestion erlangC = question(null);
    private final StaffingQuestion erlangA = question(120.0);

    private static StaffingQuestion question(Double patienceSeconds) {
        return new StaffingRequest(3240.0, 900.0, 250.0, 20.0, null, 0.8, null, null, patienceSeconds, null, null).validate();
    }

    @Benchmark
    public StaffingResult erlangCEvaluatesAThousandAgents() {
        return StaffingCalculator.answer(erlangC, 1000);
    }

    @Benchmark
    public StaffingResult erlangCFindsTheFewestAgents() {
        return StaffingCalculator.fewestAgents(erlangC, erlangC.target());
    }

    @Benchmark
    public StaffingResult erlangAEvaluatesAThousandAgents() {
        return StaffingCalculator.answer(erlangA, 1000);
    }

    @Benchmark
    public StaffingResult erlangAFindsTheFewestAgents() {
        return StaffingCalculator.fewestAgents(erlangA, erlangA.target());
    }
}
