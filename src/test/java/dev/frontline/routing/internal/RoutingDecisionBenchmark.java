package dev.frontline.routing.internal;

import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.Priority;
import dev.frontline.routing.AgentSelection;
import dev.frontline.routing.ChannelKind;
import dev.frontline.routing.RoutingProfile;
import dev.frontline.routing.RoutingQueue;
import dev.frontline.shared.UserId;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Routing decisions at contact-center scale: 10,000 agents with three of 20 skills each (proficiency 1-5,
 * some languages), 40 queues over those skills (every agent selection, half with expansion steps and an
 * overflow queue), four kinds of channel, and 100,000 waiting items; every agent is full, as in a busy hour.
 * Each operation is one decision on {@link RoutingBoard}, kept at that steady state:
 * <ul>
 * <li>{@code agentFreesAPlace}: an agent finishes one conversation and is given the best item they may take ({@link RoutingBoard#finish})
 *     (the "newly free agent" decision), then one new item arrives so 100,000 keep waiting;</li>
 * <li>{@code itemArrives}: an item arrives and is matched to an agent or waits (the "arrival" decision); it is
 *     then taken out again so the queue does not grow.</li>
 * <li>{@code itemArrivesWhileAgentsAreFree}: the arrival decision when it does find an agent ({@link QuietHour}).</li>
 * </ul>
 * Run with {@code benchmarks/run-routing-benchmark.sh}; never part of the test suite.
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@BenchmarkMode({Mode.SampleTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RoutingDecisionBenchmark {

    static final int AGENTS = 10_000;
    static final int WAITING = 100_000;
    private static final int SKILLS = 20;
    private static final int QUEUES = 40;
    private static final List<String> CHANNELS = List.of("chat", "email", "voice", "whatsapp");
    private static final List<String> LANGUAGES = List.of("en", "zh", "ko", "es");
    private static final Duration STEP = Duration.ofMinutes(5);
    private static final Duration VIP = Duration.ofMinutes(2);

    private final Random random = new Random(2026);
    private final List<RoutingQueue> queues = new ArrayList<>();
    /** What agents hold, as (agent, kind) pairs, to pick one that finishes. */
    private final List<Held> held = new ArrayList<>();
    private RoutingBoard board;
    private Instant now = Instant.parse("2026-12-02T09:00:00Z");

    private record Held(UserId agent, ChannelKind kind) {
    }

    /**
     * Counts assignments, so the throughput run reports assignments per second besides operations, and the
     * CPU time the benchmark thread used per operation: on a shared machine the wall clock also counts the
     * time other processes had the core.
     */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Assignments {

        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        public long assignments;
        private long operations;
        private long cpuNanosAtStart;

        @Setup(Level.Iteration)
        public void reset() {
            assignments = 0;
            operations = 0;
            cpuNanosAtStart = THREADS.getCurrentThreadCpuTime();
        }

        void operation() {
            operations++;
        }

        @TearDown(Level.Iteration)
        public void printCpuTime() {
            long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuNanosAtStart;
            System.out.printf("  [cpu %.2f us/op, %d ops, %d assignments, %.0f assignments per CPU second]%n",
                    cpuNanos / 1000.0 / Math.max(1, operations), operations, assignments, assignments / (cpuNanos / 1e9));
        }
    }

    @Setup(Level.Trial)
    public void fillTheBoard() {
        fillTheBoard(true);
    }

    /** {@code busy}: items go to the 40 served queues and agents fill up; else to an unserved backlog queue. */
    void fillTheBoard(boolean busy) {
        for (int q = 0; q < QUEUES; q++) {
            RoutingQueue.Expansion expansion = q % 2 == 0 ? RoutingQueue.Expansion.NONE
                    : new RoutingQueue.Expansion(30, 1, 120, new UUID(0, (q + 1) % QUEUES));
            queues.add(new RoutingQueue(new UUID(0, q), "Queue " + q, null, null, "skill-" + (q % SKILLS), 1 + q % 3, null,
                    false, true, 0, AgentSelection.values()[q % AgentSelection.values().length], expansion));
        }
        queues.add(new RoutingQueue(new UUID(0, QUEUES), "Backlog", null, null, "skill-nobody-has", 1, null, false, true, 0,
                AgentSelection.LONGEST_IDLE, RoutingQueue.Expansion.NONE));
        board = new RoutingBoard(queues);
        for (int a = 0; a < AGENTS; a++) {
            Map<String, Integer> skills = new HashMap<>();
            while (skills.size() < 3) {
                skills.put("skill-" + random.nextInt(SKILLS), 1 + random.nextInt(5));
            }
            Set<String> languages = new LinkedHashSet<>();
            if (random.nextBoolean()) {
                languages.add(LANGUAGES.get(random.nextInt(LANGUAGES.size())));
                languages.add(LANGUAGES.get(random.nextInt(LANGUAGES.size())));
            }
            UserId agent = new UserId(new UUID(1, a));
            board.addAgent(new RoutingProfile(agent, skills, languages, RoutingProfile.Capacity.DEFAULT), List.of());
            board.setAvailable(agent, true);
        }
        while (board.waitingCount() < WAITING) {
            if (busy) {
                arrive();
            } else {
                board.arrive(newItem(QUEUES), tick());
            }
        }
    }

    @Benchmark
    public boolean agentFreesAPlace(Assignments counter) {
        counter.operation();
        int index = random.nextInt(held.size());
        Held finished = held.get(index);
        held.set(index, held.getLast());
        held.removeLast();
        Optional<RoutingBoard.Match> match = board.finish(finished.agent(), finished.kind(), tick());
        match.ifPresent(this::hold);
        counter.assignments += match.isPresent() ? 1 : 0;
        if (arrive().isPresent()) {
            counter.assignments++;
        }
        return match.isPresent();
    }

    @Benchmark
    public boolean itemArrives(Assignments counter) {
        counter.operation();
        RoutingItem item = newItem();
        Optional<RoutingBoard.Match> match = board.arrive(item, tick());
        if (match.isPresent()) {
            counter.assignments++;
            board.release(match.get().agent(), ChannelKind.of(item.channel()));
        } else {
            board.abandon(item.conversationId());
        }
        return match.isPresent();
    }

    /**
     * A quiet hour: all 10,000 agents available with nothing held, and the 100,000 waiting items in queues
     * nobody is skilled for (a backlog). Each arrival in a served queue is matched to the first agent in the
     * queue's order who may take it; the agent then finishes at once, so the state stays the same.
     */
    @State(Scope.Thread)
    public static class QuietHour {

        final RoutingDecisionBenchmark board = new RoutingDecisionBenchmark();

        @Setup(Level.Trial)
        public void fill() {
            board.fillTheBoard(false);
        }
    }

    @Benchmark
    public boolean itemArrivesWhileAgentsAreFree(QuietHour quiet, Assignments counter) {
        counter.operation();
        RoutingDecisionBenchmark state = quiet.board;
        RoutingItem item = state.newItem(state.random.nextInt(QUEUES));
        Optional<RoutingBoard.Match> match = state.board.arrive(item, state.tick());
        if (match.isPresent()) {
            counter.assignments++;
            state.board.release(match.get().agent(), ChannelKind.of(item.channel()));
        } else {
            state.board.abandon(item.conversationId());
        }
        return match.isPresent();
    }

    private Optional<RoutingBoard.Match> arrive() {
        Optional<RoutingBoard.Match> match = board.arrive(newItem(), tick());
        match.ifPresent(this::hold);
        return match;
    }

    private void hold(RoutingBoard.Match match) {
        held.add(new Held(match.agent(), ChannelKind.of(match.item().channel())));
    }

    private RoutingItem newItem() {
        return newItem(random.nextInt(QUEUES));
    }

    private RoutingItem newItem(int queueIndex) {
        RoutingQueue queue = queues.get(queueIndex);
        Priority priority = Priority.values()[random.nextInt(Priority.values().length)];
        String tier = random.nextInt(10) == 0 ? "vip" : null;
        return new RoutingItem(new ConversationId(new UUID(random.nextLong(), random.nextLong())), queue.id(),
                CHANNELS.get(random.nextInt(CHANNELS.size())),
                random.nextInt(5) == 0 ? LANGUAGES.get(random.nextInt(LANGUAGES.size())) : null, priority, tier,
                RoutingItem.State.WAITING, now, WorkOrder.sortKey(now, priority, tier, STEP, VIP), null);
    }

    /** Simulated time moves a millisecond per decision, so waits grow and expansion steps pass. */
    private Instant tick() {
        now = now.plusMillis(1);
        return now;
    }
}
