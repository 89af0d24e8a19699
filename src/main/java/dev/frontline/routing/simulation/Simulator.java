package dev.frontline.routing.simulation;

import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.Priority;
import dev.frontline.routing.ChannelKind;
import dev.frontline.routing.RoutingProfile;
import dev.frontline.routing.RoutingQueue;
import dev.frontline.routing.RoutingProperties;
import dev.frontline.routing.internal.RoutingBoard;
import dev.frontline.routing.internal.RoutingItem;
import dev.frontline.routing.internal.WaitEstimate;
import dev.frontline.routing.internal.WorkOrder;
import dev.frontline.shared.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A discrete-event simulation of a {@link Scenario}: customers arrive (Poisson, at each interval's rate),
 * wait, abandon when their patience runs out, and are handled for an exponential time by the agent the
 * real routing decisions choose ({@link RoutingBoard}: the same work order, agent order, eligibility and
 * expansion steps as the live engine, including the call rule: an agent on a call takes no chat unless their group
 * allows chats during calls). Agents log in and out at interval boundaries to match the staffing
 * (one leaving finishes what they hold). Offers are taken as accepted at once: the simulator measures
 * queueing, not how fast agents click. One run is single-threaded and holds nothing after it returns.
 */
public final class Simulator {

    private static final long DAY_MILLIS = Duration.ofHours(24).toMillis();
    private static final Instant DAY_START = Instant.parse("2026-01-05T00:00:00Z");

    private final Scenario scenario;
    private final RoutingProperties properties;
    private final Random random;
    private final long intervalMillis;
    private final int intervals;
    private final RoutingBoard board;
    private final List<RoutingQueue> queues = new ArrayList<>();
    private final List<List<UserId>> groupAgents = new ArrayList<>();
    private final Map<UserId, RoutingProfile.Capacity> capacities = new HashMap<>();
    private final Map<UserId, Boolean> loggedIn = new HashMap<>();
    private final Map<ConversationId, Contact> contacts = new HashMap<>();
    private final PriorityQueue<Event> events = new PriorityQueue<>();
    private final Tally[] byInterval;
    private final Tally[] byQueue;
    private final double[] placesInUse;
    private final int[] staffed;
    /** Per queue: contacts waiting in it now (the live estimate's position is this plus one). */
    private final int[] waitingIn;
    /** Per group, per queue: whether the group's agents may serve the queue (skill and proficiency). */
    private final boolean[][] groupServes;
    /** Per channel kind: handles ended in the last 24 simulated hours, as {end, duration}, oldest first. */
    private final List<ArrayDeque<long[]>> recentHandles = new ArrayList<>();
    private final long[] recentHandleMillis = new long[ChannelKind.values().length];
    private final List<Long> waitErrors = new ArrayList<>();
    /** The errors of the contacts told they would wait (arrived beyond the free places). */
    private final List<Long> queuedWaitErrors = new ArrayList<>();
    private long unpredicted;
    private long sequence;

    private Simulator(Scenario scenario, RoutingProperties properties) {
        this.scenario = scenario;
        this.properties = properties;
        this.random = new Random(scenario.seed());
        this.intervalMillis = scenario.intervalMinutes() * 60_000L;
        this.intervals = scenario.intervals();
        Map<String, UUID> queueIds = new HashMap<>();
        scenario.queues().forEach(queue -> queueIds.put(queue.name(), id("queue", queue.name())));
        for (Scenario.Queue queue : scenario.queues()) {
            Scenario.Expansion steps = queue.expansion();
            RoutingQueue.Expansion expansion = steps == null ? RoutingQueue.Expansion.NONE
                    : new RoutingQueue.Expansion(steps.afterSeconds(), steps.minProficiency(), steps.overflowAfterSeconds(),
                    steps.overflowQueue() == null ? null : queueIds.get(steps.overflowQueue()));
            queues.add(new RoutingQueue(queueIds.get(queue.name()), queue.name(), null, null, queue.skill(), queue.minProficiency(),
                    null, false, true, 0, queue.agentSelection(), expansion));
        }
        this.board = new RoutingBoard(queues);
        this.groupServes = new boolean[scenario.agentGroups().size()][queues.size()];
        for (Scenario.AgentGroup group : scenario.agentGroups()) {
            for (int q = 0; q < queues.size(); q++) {
                RoutingQueue queue = queues.get(q);
                groupServes[groupAgents.size()][q] = queue.requiredSkill() == null || (group.skills() != null
                        && group.skills().getOrDefault(queue.requiredSkill(), 0) >= queue.minProficiency());
            }
            int pool = group.staffed().stream().mapToInt(Integer::intValue).max().orElse(0);
            Scenario.Capacity c = group.capacity();
            RoutingProfile.Capacity capacity = c == null ? RoutingProfile.Capacity.DEFAULT
                    : new RoutingProfile.Capacity(c.chat(), c.email(), c.messaging(), c.voice(), c.total());
            List<UserId> agents = new ArrayList<>();
            for (int i = 0; i < pool; i++) {
                UserId agent = new UserId(id("agent", group.name() + "#" + i));
                board.addAgent(new RoutingProfile(agent, group.skills() == null ? Map.of() : group.skills(), Set.of(), capacity,
                        false, Boolean.TRUE.equals(group.chatDuringCalls())), List.of());
                capacities.put(agent, capacity);
                loggedIn.put(agent, false);
                agents.add(agent);
            }
            groupAgents.add(agents);
        }
        this.byInterval = Tally.array(intervals);
        this.byQueue = Tally.array(queues.size());
        this.placesInUse = new double[intervals];
        this.staffed = new int[intervals];
        this.waitingIn = new int[queues.size()];
        for (int k = 0; k < ChannelKind.values().length; k++) {
            recentHandles.add(new ArrayDeque<>());
        }
    }

    /** Runs the scenario to the end (every customer answered, gone, or left waiting with nobody staffed), with default settings. */
    public static SimulationReport run(Scenario scenario) {
        return run(scenario, RoutingProperties.DEFAULTS);
    }

    /** As {@link #run(Scenario)}, with the installation's routing settings (work order steps, default handle time). */
    public static SimulationReport run(Scenario scenario, RoutingProperties properties) {
        ScenarioLimits.check(scenario);
        return new Simulator(scenario, properties).simulate();
    }

    private SimulationReport simulate() {
        for (int i = 0; i < intervals; i++) {
            schedule(new Event(i * intervalMillis, sequence++, EventType.STAFFING, null, null, i, 0));
        }
        for (int q = 0; q < queues.size(); q++) {
            scheduleArrival(q, 0);
        }
        while (!events.isEmpty()) {
            Event event = events.poll();
            Instant now = at(event.at);
            switch (event.type) {
                case STAFFING -> staff(event.index, now);
                case ARRIVAL -> arrive(event.index, event.at, now);
                case RETRY -> board.retry(event.conversation, now).ifPresent(match -> answer(match, event.at));
                case ABANDON -> abandon(event.conversation);
                case COMPLETE -> complete(event.agent, event.index, now, event.at, event.handleMillis);
            }
        }
        contacts.values().forEach(contact -> {
            byInterval[contact.interval].unanswered++;
            byQueue[contact.queue].unanswered++;
        });
        return report();
    }

    private void arrive(int queueIndex, long atMillis, Instant now) {
        scheduleArrival(queueIndex, atMillis);
        Scenario.Queue queue = scenario.queues().get(queueIndex);
        RoutingItem item = new RoutingItem(new ConversationId(new UUID(random.nextLong(), random.nextLong())),
                queues.get(queueIndex).id(), queue.channel(), null, Priority.NORMAL, null, RoutingItem.State.WAITING, now,
                WorkOrder.sortKey(now, Priority.NORMAL, null, properties), null);
        int interval = intervalOf(atMillis);
        long handle = Math.max(1, Math.round(exponential(queue.meanHandleSeconds()) * 1000));
        ChannelKind kind = ChannelKind.of(queue.channel());
        Contact contact = new Contact(queueIndex, interval, atMillis, handle, kind, predictedWait(queueIndex, kind, atMillis));
        waitingIn[queueIndex]++;
        byInterval[interval].offered++;
        byQueue[queueIndex].offered++;
        contacts.put(item.conversationId(), contact);
        board.arrive(item, now).ifPresentOrElse(match -> answer(match, atMillis), () -> {
            if (queue.meanPatienceSeconds() != null) {
                long patience = Math.round(exponential(queue.meanPatienceSeconds()) * 1000);
                schedule(new Event(atMillis + patience, sequence++, EventType.ABANDON, item.conversationId(), null, 0, 0));
            }
            RoutingQueue.Expansion steps = queues.get(queueIndex).expansion();
            for (Integer seconds : new Integer[] {steps.afterSeconds(), steps.overflowAfterSeconds()}) {
                if (seconds != null) {
                    schedule(new Event(atMillis + seconds * 1000L, sequence++, EventType.RETRY, item.conversationId(), null, 0, 0));
                }
            }
        });
    }

    private void answer(RoutingBoard.Match match, long atMillis) {
        Contact contact = contacts.remove(match.item().conversationId());
        waitingIn[contact.queue]--;
        long waited = atMillis - contact.arrivedAt;
        if (contact.predictedMillis < 0) {
            unpredicted++;
        } else {
            waitErrors.add(contact.predictedMillis - waited);
            if (contact.predictedMillis > 0) {
                queuedWaitErrors.add(contact.predictedMillis - waited);
            }
        }
        for (Tally tally : new Tally[] {byInterval[contact.interval], byQueue[contact.queue]}) {
            tally.answered++;
            tally.waitedMillis += waited;
            if (waited <= scenario.thresholdSeconds() * 1000L) {
                tally.answeredWithinThreshold++;
            }
        }
        RoutingProfile.Capacity capacity = capacities.get(match.agent());
        double share = 1.0 / Math.max(1, Math.min(capacity.of(contact.kind), capacity.total()));
        countPlacesInUse(atMillis, atMillis + contact.handleMillis, share);
        schedule(new Event(atMillis + contact.handleMillis, sequence++, EventType.COMPLETE, null, match.agent(), contact.kind.ordinal(),
                contact.handleMillis));
    }

    private void abandon(ConversationId conversation) {
        if (board.abandon(conversation)) {
            Contact contact = contacts.remove(conversation);
            waitingIn[contact.queue]--;
            byInterval[contact.interval].abandoned++;
            byQueue[contact.queue].abandoned++;
        }
    }

    private void complete(UserId agent, int kind, Instant now, long atMillis, long handleMillis) {
        recentHandles.get(kind).addLast(new long[] {atMillis, handleMillis});
        recentHandleMillis[kind] += handleMillis;
        if (!loggedIn.get(agent)) {
            board.release(agent, ChannelKind.values()[kind]);
        } else if (board.finish(agent, ChannelKind.values()[kind], now).map(match -> {
            answer(match, atMillis);
            return match;
        }).isPresent()) {
            takeWork(agent, now, atMillis);
        }
    }

    /**
     * What the live API would tell this arrival ({@link WaitEstimate}, as {@code QueueStates} uses it): the agents
     * logged in who may serve the queue give the free places and all places; the handle time is the mean of the
     * channel kind's handles ended in the last 24 hours (else the default handle time); offers are accepted at once
     * here, so the accept time is zero. -1 when nobody who may serve the queue is logged in (the API says nothing).
     */
    private long predictedWait(int queueIndex, ChannelKind kind, long atMillis) {
        long free = 0;
        long slots = 0;
        for (int g = 0; g < groupAgents.size(); g++) {
            if (!groupServes[g][queueIndex]) {
                continue;
            }
            for (UserId agent : groupAgents.get(g)) {
                if (loggedIn.get(agent)) {
                    RoutingProfile.Capacity capacity = capacities.get(agent);
                    slots += capacity.of(kind);
                    free += WaitEstimate.freePlaces(capacity, board.load(agent), kind);
                }
            }
        }
        return WaitEstimate.expectedWait(waitingIn[queueIndex] + 1L, free, slots, Duration.ZERO, meanRecentHandle(kind, atMillis))
                .map(Duration::toMillis).orElse(-1L);
    }

    private Duration meanRecentHandle(ChannelKind kind, long atMillis) {
        ArrayDeque<long[]> handles = recentHandles.get(kind.ordinal());
        while (!handles.isEmpty() && handles.peekFirst()[0] <= atMillis - DAY_MILLIS) {
            recentHandleMillis[kind.ordinal()] -= handles.pollFirst()[1];
        }
        return handles.isEmpty() ? properties.defaultHandleTimeOrDefault()
                : Duration.ofMillis(recentHandleMillis[kind.ordinal()] / handles.size());
    }

    private void takeWork(UserId agent, Instant now, long atMillis) {
        for (var match = board.nextFor(agent, now); match.isPresent(); match = board.nextFor(agent, now)) {
            answer(match.get(), atMillis);
        }
    }

    /** Logs agents in or out so each group has its staffed count; idle agents leave first. */
    private void staff(int interval, Instant now) {
        for (int g = 0; g < groupAgents.size(); g++) {
            int wanted = scenario.agentGroups().get(g).staffed().get(interval);
            staffed[interval] += wanted;
            List<UserId> agents = groupAgents.get(g);
            long in = agents.stream().filter(loggedIn::get).count();
            List<UserId> joining = new ArrayList<>();
            for (UserId agent : agents) {
                if (in < wanted && !loggedIn.get(agent)) {
                    loggedIn.put(agent, true);
                    board.setAvailable(agent, true);
                    joining.add(agent);
                    in++;
                }
            }
            for (boolean idleOnly : new boolean[] {true, false}) {
                for (int i = agents.size() - 1; i >= 0 && in > wanted; i--) {
                    UserId agent = agents.get(i);
                    if (loggedIn.get(agent) && (!idleOnly || Arrays.stream(board.load(agent)).sum() == 0)) {
                        loggedIn.put(agent, false);
                        board.setAvailable(agent, false);
                        in--;
                    }
                }
            }
            joining.forEach(agent -> takeWork(agent, now, interval * intervalMillis));
        }
    }

    private void scheduleArrival(int queueIndex, long fromMillis) {
        List<Double> arrivals = scenario.queues().get(queueIndex).arrivals();
        double work = exponential(1);
        double t = fromMillis;
        for (int i = intervalOf(fromMillis); i < intervals; i++) {
            double end = (i + 1) * (double) intervalMillis;
            double rate = arrivals.get(i) / intervalMillis;
            if (rate > 0 && t + work / rate < end) {
                long at = (long) Math.ceil(t + work / rate);
                schedule(new Event(Math.max(at, fromMillis), sequence++, EventType.ARRIVAL, null, null, queueIndex, 0));
                return;
            }
            work -= rate * (end - t);
            t = end;
        }
    }

    private void countPlacesInUse(long from, long to, double share) {
        for (int i = intervalOf(from); i < intervals && i * intervalMillis < to; i++) {
            long overlap = Math.min(to, (i + 1) * intervalMillis) - Math.max(from, i * intervalMillis);
            placesInUse[i] += share * overlap;
        }
    }

    private SimulationReport report() {
        List<SimulationReport.Interval> rows = new ArrayList<>();
        Tally day = new Tally();
        double dayPlaces = 0;
        long dayStaffedMillis = 0;
        for (int i = 0; i < intervals; i++) {
            Tally t = byInterval[i];
            day.add(t);
            dayPlaces += placesInUse[i];
            dayStaffedMillis += staffed[i] * intervalMillis;
            rows.add(t.interval(i, (int) (i * intervalMillis / 60_000), staffed[i],
                    staffed[i] == 0 ? 0 : placesInUse[i] / (staffed[i] * (double) intervalMillis)));
        }
        List<SimulationReport.QueueTotal> totals = new ArrayList<>();
        for (int q = 0; q < queues.size(); q++) {
            Tally t = byQueue[q];
            totals.add(new SimulationReport.QueueTotal(queues.get(q).name(), t.offered, t.answered, t.answeredWithinThreshold,
                    t.abandoned, t.serviceLevel(), t.averageSpeedOfAnswerSeconds(), t.abandonmentRate()));
        }
        double dayOccupancy = dayStaffedMillis == 0 ? 0 : dayPlaces / dayStaffedMillis;
        return new SimulationReport(scenario.thresholdSeconds(), rows,
                day.interval(0, 0, Arrays.stream(staffed).max().orElse(0), dayOccupancy), totals,
                SimulationReport.WaitEstimateError.of(waitErrors, unpredicted), SimulationReport.WaitEstimateError.of(queuedWaitErrors, 0));
    }

    private double exponential(double mean) {
        return -Math.log(1 - random.nextDouble()) * mean;
    }

    private int intervalOf(long atMillis) {
        return (int) Math.min(intervals - 1, atMillis / intervalMillis);
    }

    private void schedule(Event event) {
        events.add(event);
    }

    private static Instant at(long millis) {
        return DAY_START.plusMillis(millis);
    }

    private static UUID id(String kind, String name) {
        return UUID.nameUUIDFromBytes((kind + ":" + name).getBytes(StandardCharsets.UTF_8));
    }

    private enum EventType { STAFFING, COMPLETE, ABANDON, RETRY, ARRIVAL }

    /** Same instant: staffing changes first, then completions free places before arrivals look for them. */
    /** {@code handleMillis}: for COMPLETE, how long the handle that ends took. */
    private record Event(long at, long sequence, EventType type, @Nullable ConversationId conversation,
                         @Nullable UserId agent, int index, long handleMillis) implements Comparable<Event> {

        @Override
        public int compareTo(Event other) {
            int byTime = Long.compare(at, other.at);
            if (byTime != 0) {
                return byTime;
            }
            int byType = type.compareTo(other.type);
            return byType != 0 ? byType : Long.compare(sequence, other.sequence);
        }
    }

    /** {@code predictedMillis}: the expected wait the live API would have given on arrival; -1 for none. */
    private record Contact(int queue, int interval, long arrivedAt, long handleMillis, ChannelKind kind, long predictedMillis) {
    }

    private static final class Tally {

        long offered;
        long answered;
        long answeredWithinThreshold;
        long abandoned;
        long unanswered;
        long waitedMillis;

        static Tally[] array(int size) {
            Tally[] tallies = new Tally[size];
            for (int i = 0; i < size; i++) {
                tallies[i] = new Tally();
            }
            return tallies;
        }

        void add(Tally other) {
            offered += other.offered;
            answered += other.answered;
            answeredWithinThreshold += other.answeredWithinThreshold;
            abandoned += other.abandoned;
            unanswered += other.unanswered;
            waitedMillis += other.waitedMillis;
        }

        double serviceLevel() {
            return offered == 0 ? 0 : (double) answeredWithinThreshold / offered;
        }

        double averageSpeedOfAnswerSeconds() {
            return answered == 0 ? 0 : waitedMillis / 1000.0 / answered;
        }

        double abandonmentRate() {
            return offered == 0 ? 0 : (double) abandoned / offered;
        }

        SimulationReport.Interval interval(int index, int startMinute, int staffedAgents, double occupancy) {
            return new SimulationReport.Interval(index, startMinute, staffedAgents, offered, answered, answeredWithinThreshold,
                    abandoned, unanswered, serviceLevel(), averageSpeedOfAnswerSeconds(), abandonmentRate(), occupancy);
        }
    }
}
