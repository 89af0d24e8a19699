package dev.frontline.routing.internal;

import dev.frontline.conversations.ConversationId;
import dev.frontline.routing.ChannelKind;
import dev.frontline.routing.RoutingProfile;
import dev.frontline.routing.RoutingQueue;
import dev.frontline.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The routing decisions over one workspace's queues and agents held in memory, for the simulator and the
 * benchmark: the same rules as {@link Distributor} ({@link WorkOrder} for which item first,
 * {@link AgentOrder} for which agent first, {@link EligibilityPolicy} for who may take what), with indexes
 * so that a decision stays far below a millisecond with 10,000 agents and 100,000 waiting items.
 * <ul>
 * <li>Waiting items, per queue and kind of channel, sorted by their work-order key. The key already holds
 *     the priority aging (it never changes while an item waits), so sorted sets are the whole priority
 *     structure; ties go to the earlier arrival (the database breaks them by conversation id). For agents
 *     who serve the queue only after an expansion step they are also kept in bands of one language and
 *     equal credit (priority level, VIP): such an agent skips languages they do not speak, and as key order is
 *     arrival order within a band, stops scanning a band at the first item too young for them.</li>
 * <li>Ready agents (available, with a free place on that kind and in total), per queue and kind, sorted
 *     the way {@link AgentOrder} ranks them for that queue, ties longest idle first. An agent is listed
 *     under every queue they could serve once all expansion steps have passed
 *     ({@link EligibilityPolicy#mayEventuallyServe}), apart by the wait they need first (none, the
 *     expansion step, the overflow step), so a fresh item never scans agents who may not take it yet;
 *     {@link EligibilityPolicy#mayTake} decides while scanning (language, the item's wait).</li>
 * </ul>
 * After each decision no waiting item has an agent on the board who may take it (expansion steps aside:
 * an item that gains agents by waiting must be {@link #retry retried} when the step passes). So when an
 * agent frees a place, the best item they may take ({@link #nextFor}) is the one the database path would
 * offer them too: no other agent is ahead of them for it. Sticky routing and the refusal cooldown read
 * the offer history, which the board does not keep; they are not modelled. Not thread-safe: one owner at a time.
 */
public final class RoutingBoard {

    /** Waiting items looked at per queue, kind and band when an agent asks for work; the database path looks at 50 in all. */
    static final int ITEMS_LOOKED_AT = Distributor.CANDIDATES;

    private static final ChannelKind[] KIND_BY_ORDINAL = ChannelKind.values();
    private static final int KINDS = KIND_BY_ORDINAL.length;

    private final Map<UUID, Lane> lanes = new HashMap<>();
    private final List<Lane> laneOrder = new ArrayList<>();
    private final Map<UserId, Agent> agents = new HashMap<>();
    private final Map<ConversationId, Waiting> waiting = new HashMap<>();
    private long arrivals;
    private long agentsAdded;

    /** A decision: this agent takes this item (the database path would offer it to them). */
    public record Match(UserId agent, RoutingItem item, Duration waited) {
    }

    public RoutingBoard(Collection<RoutingQueue> queues) {
        Map<UUID, RoutingQueue> byId = new HashMap<>();
        queues.forEach(queue -> byId.put(queue.id(), queue));
        for (RoutingQueue queue : queues) {
            UUID overflowId = queue.expansion().overflowQueueId();
            Lane lane = new Lane(queue, overflowId == null ? null : byId.get(overflowId));
            lanes.put(queue.id(), lane);
            laneOrder.add(lane);
        }
    }

    /** Adds an agent, not yet available; {@code teams} are the teams they belong to. */
    public void addAgent(RoutingProfile profile, List<UUID> teams) {
        Agent agent = new Agent(profile, List.copyOf(teams), agentsAdded++);
        List<Serving> serving = new ArrayList<>();
        for (Lane lane : laneOrder) {
            if (EligibilityPolicy.mayEventuallyServe(profile, agent.teams, lane.queue, lane.overflow)) {
                serving.add(new Serving(lane, waitBeforeServing(agent, lane)));
            }
        }
        serving.sort(Comparator.comparingLong(Serving::waitMillis));
        serving.forEach(s -> {
            agent.lanes.add(s.lane());
            agent.waitMillis.add(s.waitMillis());
        });
        agents.put(profile.userId(), agent);
    }

    /** Presence: only available agents are given work; the change itself decides nothing (see {@link #nextFor}). */
    public void setAvailable(UserId agentId, boolean available) {
        Agent agent = agent(agentId);
        if (agent.available != available) {
            detach(agent);
            agent.available = available;
            attach(agent);
        }
    }

    /** An item enters its queue: the first agent who may take it, in the queue's agent order, takes it; else it waits. */
    public Optional<Match> arrive(RoutingItem item, Instant now) {
        Lane lane = lane(item.queueId());
        Waiting entry = new Waiting(item, arrivals++);
        Optional<Match> match = agentFor(lane, entry, now);
        if (match.isEmpty()) {
            lane.waiting[kind(item)].add(entry);
            waiting.put(item.conversationId(), entry);
        }
        return match;
    }

    /** Looks for an agent again for a waiting item whose wait passed an expansion step; empty if it still waits (or is gone). */
    public Optional<Match> retry(ConversationId conversation, Instant now) {
        Waiting entry = waiting.get(conversation);
        return entry == null ? Optional.empty() : agentFor(lane(entry.item.queueId()), entry, now);
    }

    /** The customer left: the item leaves its queue; false if it was not waiting (already taken). */
    public boolean abandon(ConversationId conversation) {
        Waiting entry = waiting.get(conversation);
        if (entry == null) {
            return false;
        }
        unqueue(entry);
        return true;
    }

    private void unqueue(Waiting entry) {
        if (waiting.remove(entry.item.conversationId()) != null) {
            lane(entry.item.queueId()).waiting[kind(entry.item)].remove(entry);
        }
    }

    /** The agent finished a conversation on this kind of channel: one place is free again. */
    public void release(UserId agentId, ChannelKind kind) {
        attach(freePlace(agentId, kind));
    }

    /**
     * The agent finished a conversation on this kind of channel and takes the best waiting item they may
     * take now, if any: the "newly free agent" decision. As {@link #release} then {@link #nextFor}, but an
     * agent who takes work at once never enters the ready indexes.
     */
    public Optional<Match> finish(UserId agentId, ChannelKind kind, Instant now) {
        Agent agent = freePlace(agentId, kind);
        Optional<Match> match = take(agent, now);
        if (match.isEmpty()) {
            attach(agent);
        }
        return match;
    }

    /** One place of this kind less in use, the agent out of the ready indexes (the caller puts them back or gives them work). */
    private Agent freePlace(UserId agentId, ChannelKind kind) {
        Agent agent = agent(agentId);
        if (agent.load[kind.ordinal()] == 0) {
            throw new IllegalStateException("Agent " + agentId + " holds no " + kind);
        }
        detach(agent);
        agent.load[kind.ordinal()]--;
        return agent;
    }

    /**
     * The best waiting item this available agent may take now, in work order across every queue they
     * serve, and they take it; empty when none fits or they have no free place.
     */
    public Optional<Match> nextFor(UserId agentId, Instant now) {
        return take(agent(agentId), now);
    }

    private Optional<Match> take(Agent agent, Instant now) {
        Waiting best = agent.available ? bestFor(agent, now) : null;
        if (best == null) {
            return Optional.empty();
        }
        unqueue(best);
        return Optional.of(assign(agent, lane(best.item.queueId()), best, now));
    }

    private @Nullable Waiting bestFor(Agent agent, Instant now) {
        Waiting best = null;
        for (int l = 0; l < agent.lanes.size(); l++) {
            Lane lane = agent.lanes.get(l);
            long enqueuedBy = now.toEpochMilli() - agent.waitMillis.get(l);
            for (int kind = 0; kind < KINDS; kind++) {
                if (!EligibilityPolicy.hasRoom(agent.profile, agent.load, KIND_BY_ORDINAL[kind])) {
                    continue;
                }
                WaitingItems items = lane.waiting[kind];
                if (agent.waitMillis.get(l) == 0) {
                    best = firstEligible(items.all, best, Long.MAX_VALUE, agent, lane, now);
                    continue;
                }
                for (int b = 0; b < items.bands.size(); b++) {
                    if (EligibilityPolicy.speaks(agent.profile, items.languages.get(b))) {
                        best = firstEligible(items.bands.get(b), best, enqueuedBy, agent, lane, now);
                    }
                }
            }
        }
        return best;
    }

    public int waitingCount() {
        return waiting.size();
    }

    /** What the agent holds per {@link ChannelKind} ordinal (a copy). */
    public int[] load(UserId agentId) {
        return agent(agentId).load.clone();
    }

    /**
     * The first item of {@code items} this agent may take if it comes before {@code best}, else {@code best}.
     * In a band keys follow enqueue times, so past {@code enqueuedBy} no item has waited long enough.
     */
    private static @Nullable Waiting firstEligible(NavigableSet<Waiting> items, @Nullable Waiting best, long enqueuedBy,
                                                   Agent agent, Lane lane, Instant now) {
        int looked = 0;
        for (Waiting candidate : items) {
            if (best != null && Waiting.ORDER.compare(candidate, best) >= 0
                    || candidate.item.enqueuedAt().toEpochMilli() > enqueuedBy || looked++ == ITEMS_LOOKED_AT) {
                return best;
            }
            if (mayTake(agent, lane, candidate, now)) {
                return candidate;
            }
        }
        return best;
    }

    /**
     * How long an item must have waited before this agent may take it in this lane: 0 if they qualify for
     * the queue itself, else the expansion or overflow step that lets them in (asked of the policy).
     */
    private static long waitBeforeServing(Agent agent, Lane lane) {
        RoutingQueue.Expansion steps = lane.queue.expansion();
        long wait = Long.MAX_VALUE;
        for (Integer seconds : new Integer[] {0, steps.afterSeconds(), steps.overflowAfterSeconds()}) {
            if (seconds != null && seconds * 1000L < wait && EligibilityPolicy.qualifiesAfter(agent.profile, agent.teams, lane.queue,
                    lane.overflow, (String) null, Duration.ofSeconds(seconds))) {
                wait = seconds * 1000L;
            }
        }
        return wait;
    }

    private record Serving(Lane lane, long waitMillis) {
    }

    /**
     * The first agent in the queue's order who may take the item. Ready agents are kept apart by the wait
     * they need for this queue (none, the expansion step, the overflow step), so agents who may not take a
     * fresh item are never scanned for it; the first eligible agent of each group the item has waited
     * long enough for is a candidate, and the queue's order picks among them.
     */
    private Optional<Match> agentFor(Lane lane, Waiting entry, Instant now) {
        long waited = now.toEpochMilli() - entry.item.enqueuedAt().toEpochMilli();
        Agent best = null;
        for (int tier = 0; tier < lane.tierWaits.length && lane.tierWaits[tier] <= waited; tier++) {
            for (Agent agent : lane.ready[kind(entry.item)][tier]) {
                if (best != null && lane.order.compare(agent, best) >= 0) {
                    break;
                }
                if (mayTake(agent, lane, entry, now)) {
                    best = agent;
                    break;
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        unqueue(entry);
        return Optional.of(assign(best, lane, entry, now));
    }

    private static boolean mayTake(Agent agent, Lane lane, Waiting entry, Instant now) {
        return EligibilityPolicy.mayTake(agent.profile, agent.teams, agent.load, lane.queue, lane.overflow, entry.item,
                Duration.between(entry.item.enqueuedAt(), now));
    }

    private Match assign(Agent agent, Lane lane, Waiting entry, Instant now) {
        detach(agent);
        agent.load[kind(entry.item)]++;
        agent.lastOffered = now;
        agent.lastOfferedFromQueue.put(lane.queue.id(), now);
        attach(agent);
        return new Match(agent.profile.userId(), entry.item, Duration.between(entry.item.enqueuedAt(), now));
    }

    /**
     * Takes the agent out of the ready indexes before anything their order depends on changes (a sorted set
     * finds an element by its order). A full agent is in none, so taking one more item costs nothing here.
     */
    private static void detach(Agent agent) {
        for (NavigableSet<Agent> ready : agent.readyIn) {
            ready.remove(agent);
        }
        agent.readyIn.clear();
    }

    private static void attach(Agent agent) {
        if (!agent.available) {
            return;
        }
        for (int kind = 0; kind < KINDS; kind++) {
            if (EligibilityPolicy.hasRoom(agent.profile, agent.load, KIND_BY_ORDINAL[kind])) {
                for (int l = 0; l < agent.lanes.size(); l++) {
                    Lane lane = agent.lanes.get(l);
                    NavigableSet<Agent> ready = lane.ready[kind][lane.tierOf(agent.waitMillis.get(l))];
                    ready.add(agent);
                    agent.readyIn.add(ready);
                }
            }
        }
    }

    private Agent agent(UserId id) {
        Agent agent = agents.get(id);
        if (agent == null) {
            throw new IllegalArgumentException("No agent " + id + " on the board");
        }
        return agent;
    }

    private Lane lane(UUID queueId) {
        Lane lane = lanes.get(queueId);
        if (lane == null) {
            throw new IllegalArgumentException("No queue " + queueId + " on the board");
        }
        return lane;
    }

    private static int kind(RoutingItem item) {
        return ChannelKind.of(item.channel()).ordinal();
    }

    /**
     * One queue: its waiting items per kind of channel, and its ready agents per kind of channel and per
     * wait they need before they may serve it ({@link #tierWaits}, ascending, starting at 0).
     */
    private static final class Lane {

        final RoutingQueue queue;
        final @Nullable RoutingQueue overflow;
        final Comparator<Agent> order;
        final long[] tierWaits;
        final WaitingItems[] waiting;
        final NavigableSet<Agent>[][] ready;

        @SuppressWarnings("unchecked")
        Lane(RoutingQueue queue, @Nullable RoutingQueue overflow) {
            this.queue = queue;
            this.overflow = overflow;
            Comparator<Agent> bySelection = AgentOrder.bySelection(queue, agent -> agent.profile, agent -> agent.load,
                    agent -> agent.lastOfferedFromQueue.get(queue.id()));
            order = bySelection == null ? Agent.LONGEST_IDLE : bySelection.thenComparing(Agent.LONGEST_IDLE);
            RoutingQueue.Expansion steps = queue.expansion();
            tierWaits = Stream.of(0, steps.afterSeconds(), steps.overflowAfterSeconds())
                    .filter(Objects::nonNull).mapToLong(seconds -> seconds * 1000L).distinct().sorted().toArray();
            waiting = new WaitingItems[KINDS];
            ready = new NavigableSet[KINDS][tierWaits.length];
            for (int kind = 0; kind < KINDS; kind++) {
                waiting[kind] = new WaitingItems();
                for (int tier = 0; tier < tierWaits.length; tier++) {
                    ready[kind][tier] = new TreeSet<>(order);
                }
            }
        }

        int tierOf(long waitMillis) {
            return Arrays.binarySearch(tierWaits, waitMillis);
        }
    }

    /**
     * The waiting items of one queue and kind, in bands by language and work-order credit (priority level and
     * VIP): an agent skips the bands in languages they do not speak, and within a band the key order is the
     * arrival order, so a scan for an agent who needs items to have waited some time ends exactly where they
     * stop having waited that long.
     */
    private static final class WaitingItems {

        final List<Long> credits = new ArrayList<>();
        final List<@Nullable String> languages = new ArrayList<>();
        final List<NavigableSet<Waiting>> bands = new ArrayList<>();
        /** All of them in one order too, for agents who need no wait here (most scans end at the first item). */
        final NavigableSet<Waiting> all = new TreeSet<>(Waiting.ORDER);

        void add(Waiting entry) {
            all.add(entry);
            int band = band(entry);
            if (band < 0) {
                credits.add(credit(entry));
                languages.add(entry.item.language());
                bands.add(new TreeSet<>(Waiting.ORDER));
                band = bands.size() - 1;
            }
            bands.get(band).add(entry);
        }

        void remove(Waiting entry) {
            all.remove(entry);
            int band = band(entry);
            if (band >= 0) {
                bands.get(band).remove(entry);
            }
        }

        private int band(Waiting entry) {
            long credit = credit(entry);
            for (int band = 0; band < bands.size(); band++) {
                if (credits.get(band) == credit && Objects.equals(languages.get(band), entry.item.language())) {
                    return band;
                }
            }
            return -1;
        }

        private static long credit(Waiting entry) {
            return entry.item.enqueuedAt().toEpochMilli() - entry.item.sortKey();
        }
    }

    private static final class Agent {

        /** Never offered first, then the oldest last offer; ties in the order agents were added. */
        static final Comparator<Agent> LONGEST_IDLE = Comparator
                .comparing((Agent agent) -> agent.lastOffered, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(agent -> agent.position);

        final RoutingProfile profile;
        final List<UUID> teams;
        final long position;
        final int[] load = new int[KINDS];
        /** The queues the agent may serve, those they need no expansion step for first. */
        final List<Lane> lanes = new ArrayList<>();
        /** Per lane: how long an item must have waited before this agent may take it. */
        final List<Long> waitMillis = new ArrayList<>();
        /** The ready indexes the agent is in now. */
        final List<NavigableSet<Agent>> readyIn = new ArrayList<>();
        final Map<UUID, Instant> lastOfferedFromQueue = new HashMap<>();
        @Nullable Instant lastOffered;
        boolean available;

        Agent(RoutingProfile profile, List<UUID> teams, long position) {
            this.profile = profile;
            this.teams = teams;
            this.position = position;
        }
    }

    private record Waiting(RoutingItem item, long arrival) {

        static final Comparator<Waiting> ORDER = Comparator.comparingLong((Waiting waiting) -> waiting.item.sortKey())
                .thenComparingLong(Waiting::arrival);
    }
}
