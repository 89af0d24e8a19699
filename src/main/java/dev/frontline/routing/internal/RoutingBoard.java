package dev.frontline.routing.internal;

import dev.frontline.conversations.ConversationId;
import dev.frontline.routing.AgentSelection;
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
 * <li>Ready agents (available, with a free place on some kind and in total), per queue and per room class
 *     (the set of kinds they have a free place on), sorted the way {@link AgentOrder} ranks them for that
 *     queue, ties longest idle first. An arrival scans the classes that include its kind; keeping the
 *     agent once per queue (not once per kind) means an assignment, which moves the agent in every queue
 *     they serve (their longest-idle tie break changed), moves them in a quarter as many sets. The sets hold {@link Rank}
 *     snapshots (the order key as plain values, taken when the agent was listed), so a comparison costs a
 *     few field reads, and a change to an agent moves them only where their rank or class changed
 *     ({@link #reindex}). An agent is listed under every queue they could serve once all expansion steps have passed
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
    /** Sets of kinds an agent has a free place on, a bit per kind ordinal; class 0 (no room) is never listed. */
    private static final int ROOM_CLASSES = 1 << KINDS;

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
        serving.forEach(s -> agent.seats.add(new Seat(s.lane(), s.waitMillis(), skillFor(profile, s.lane().queue))));
        agents.put(profile.userId(), agent);
    }

    /** Presence: only available agents are given work; the change itself decides nothing (see {@link #nextFor}). */
    public void setAvailable(UserId agentId, boolean available) {
        Agent agent = agent(agentId);
        if (agent.available != available) {
            agent.available = available;
            reindex(agent);
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
        reindex(freePlace(agentId, kind));
    }

    /**
     * The agent finished a conversation on this kind of channel and takes the best waiting item they may
     * take now, if any: the "newly free agent" decision. As {@link #release} then {@link #nextFor}, but the
     * ready indexes are brought up to date once, after the decision.
     */
    public Optional<Match> finish(UserId agentId, ChannelKind kind, Instant now) {
        Agent agent = freePlace(agentId, kind);
        Optional<Match> match = take(agent, now);
        if (match.isEmpty()) {
            reindex(agent);
        }
        return match;
    }

    /**
     * One place of this kind less in use; the ready indexes still list the agent as before (their ranks are
     * snapshots, so the sets stay consistent) until the caller {@link #reindex reindexes} them or gives them work.
     */
    private Agent freePlace(UserId agentId, ChannelKind kind) {
        Agent agent = agent(agentId);
        if (agent.load[kind.ordinal()] == 0) {
            throw new IllegalStateException("Agent " + agentId + " holds no " + kind);
        }
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
        for (Seat seat : agent.seats) {
            Lane lane = seat.lane;
            long enqueuedBy = now.toEpochMilli() - seat.waitMillis;
            for (int kind = 0; kind < KINDS; kind++) {
                if (!EligibilityPolicy.hasRoom(agent.profile, agent.load, KIND_BY_ORDINAL[kind])) {
                    continue;
                }
                WaitingItems items = lane.waiting[kind];
                if (seat.waitMillis == 0) {
                    best = firstEligible(items.all, best, Long.MAX_VALUE, agent, lane, now);
                    continue;
                }
                for (int b = 0; b < items.bands.size(); b++) {
                    if (agent.speaks(items.languages.get(b))) {
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
     * fresh item are never scanned for it, and by the kinds they have room on, so agents with no room for
     * the item's kind are not scanned either; the first eligible agent of each group the item has waited
     * long enough for and whose class has room for its kind is a candidate, and the queue's order picks among them.
     */
    private Optional<Match> agentFor(Lane lane, Waiting entry, Instant now) {
        long waited = now.toEpochMilli() - entry.item.enqueuedAt().toEpochMilli();
        int kindBit = 1 << kind(entry.item);
        Rank best = null;
        for (int tier = 0; tier < lane.tierWaits.length && lane.tierWaits[tier] <= waited; tier++) {
            for (int room = 1; room < ROOM_CLASSES; room++) {
                NavigableSet<Rank> ready = lane.ready[tier][room];
                if ((room & kindBit) != 0 && ready != null) {
                    best = firstWhoMayTake(ready, best, lane, entry, now);
                }
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        unqueue(entry);
        return Optional.of(assign(best.agent, lane, entry, now));
    }

    /** The first agent of {@code ready} who may take the item if they come before {@code best}, else {@code best}. */
    private static @Nullable Rank firstWhoMayTake(NavigableSet<Rank> ready, @Nullable Rank best, Lane lane, Waiting entry,
                                                  Instant now) {
        for (Rank candidate : ready) {
            if (best != null && Rank.ORDER.compare(candidate, best) >= 0) {
                return best;
            }
            if (mayTake(candidate.agent, lane, entry, now)) {
                return candidate;
            }
        }
        return best;
    }

    private static boolean mayTake(Agent agent, Lane lane, Waiting entry, Instant now) {
        return EligibilityPolicy.mayTake(agent.profile, agent.teams, agent.load, lane.queue, lane.overflow, entry.item,
                Duration.between(entry.item.enqueuedAt(), now));
    }

    private Match assign(Agent agent, Lane lane, Waiting entry, Instant now) {
        agent.load[kind(entry.item)]++;
        agent.lastOffered = now;
        agent.lastOfferedFromQueue.put(lane.queue.id(), now);
        reindex(agent);
        return new Match(agent.profile.userId(), entry.item, Duration.between(entry.item.enqueuedAt(), now));
    }

    /**
     * Brings the agent's entries in the ready indexes in line with their state (presence, load, last offers),
     * touching only the queues where their rank or room class changed. An assignment moves the agent in
     * every queue (the longest-idle tie break changed), but a release that leaves the room class as it was
     * moves them only in queues whose order depends on the load (LEAST_OCCUPIED).
     */
    private static void reindex(Agent agent) {
        int room = agent.available ? kindsWithRoom(agent) : 0;
        for (Seat seat : agent.seats) {
            Rank listed = seat.listed;
            Rank current = room == 0 ? null : Rank.of(agent, seat);
            if (room == agent.room && Objects.equals(current, listed)) {
                continue;
            }
            if (listed != null) {
                seat.lane.ready(seat.tier, agent.room).remove(listed);
            }
            if (current != null) {
                seat.lane.ready(seat.tier, room).add(current);
            }
            seat.listed = current;
        }
        agent.room = room;
    }

    /** A bit per {@link ChannelKind} ordinal the agent has a free place on. */
    private static int kindsWithRoom(Agent agent) {
        int kinds = 0;
        for (int kind = 0; kind < KINDS; kind++) {
            if (EligibilityPolicy.hasRoom(agent.profile, agent.load, KIND_BY_ORDINAL[kind])) {
                kinds |= 1 << kind;
            }
        }
        return kinds;
    }

    /** The agent's proficiency in the queue's required skill, for MOST_SKILLED queues (it never changes on the board). */
    private static int skillFor(RoutingProfile profile, RoutingQueue queue) {
        return queue.requiredSkill() == null ? 0 : profile.skills().getOrDefault(queue.requiredSkill(), 0);
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
     * One queue: its waiting items per kind of channel, and its ready agents per wait they need before they
     * may serve it ({@link #tierWaits}, ascending, starting at 0) and per room class.
     */
    private static final class Lane {

        final RoutingQueue queue;
        final @Nullable RoutingQueue overflow;
        final long[] tierWaits;
        final WaitingItems[] waiting;
        /** Per tier and room class (a bit per kind ordinal); null until an agent of that class is listed. */
        final @Nullable NavigableSet<Rank>[][] ready;

        @SuppressWarnings("unchecked")
        Lane(RoutingQueue queue, @Nullable RoutingQueue overflow) {
            this.queue = queue;
            this.overflow = overflow;
            RoutingQueue.Expansion steps = queue.expansion();
            tierWaits = Stream.of(0, steps.afterSeconds(), steps.overflowAfterSeconds())
                    .filter(Objects::nonNull).mapToLong(seconds -> seconds * 1000L).distinct().sorted().toArray();
            waiting = new WaitingItems[KINDS];
            ready = new NavigableSet[tierWaits.length][ROOM_CLASSES];
            for (int kind = 0; kind < KINDS; kind++) {
                waiting[kind] = new WaitingItems();
            }
        }

        NavigableSet<Rank> ready(int tier, int room) {
            NavigableSet<Rank> agents = ready[tier][room];
            if (agents == null) {
                agents = new TreeSet<>(Rank.ORDER);
                ready[tier][room] = agents;
            }
            return agents;
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

        final RoutingProfile profile;
        final List<UUID> teams;
        final long position;
        final int[] load = new int[KINDS];
        /** The queues the agent may serve, those they need no expansion step for first. */
        final List<Seat> seats = new ArrayList<>();
        /** The room class (a bit per kind ordinal with a free place) the agent is listed under; 0 when in no ready set. */
        int room;
        final Map<UUID, Instant> lastOfferedFromQueue = new HashMap<>();
        /** {@link EligibilityPolicy#speaks} per language asked about: the scan of language bands asks it for every band it visits. */
        private final Map<String, Boolean> speaksLanguage = new HashMap<>();
        @Nullable Instant lastOffered;
        boolean available;

        Agent(RoutingProfile profile, List<UUID> teams, long position) {
            this.profile = profile;
            this.teams = teams;
            this.position = position;
        }

        boolean speaks(@Nullable String language) {
            return language == null || speaksLanguage.computeIfAbsent(language, spoken -> EligibilityPolicy.speaks(profile, spoken));
        }
    }

    /** An agent's place in one queue they may serve. */
    private static final class Seat {

        final Lane lane;
        /** How long an item must have waited before this agent may take it here. */
        final long waitMillis;
        /** The group of the queue's ready sets that wait puts the agent in. */
        final int tier;
        /** The agent's proficiency in the queue's required skill (0 if none). */
        final int skill;
        /** The rank the agent is listed under in this queue's ready sets; null when in none. */
        @Nullable Rank listed;

        Seat(Lane lane, long waitMillis, int skill) {
            this.lane = lane;
            this.waitMillis = waitMillis;
            this.tier = lane.tierOf(waitMillis);
            this.skill = skill;
        }
    }

    /**
     * A ready agent's place in one queue's order, as the values {@link AgentOrder#bySelection} then the longest-idle
     * tie break compare, taken when the agent was listed. Being immutable, a rank can always be found again to
     * remove it, whatever changed in the agent since; being plain numbers, one comparison is a few field reads
     * instead of map look-ups through a chain of comparators (which made up most of an assignment's cost).
     *
     * @param criterion     the queue's own criterion, smaller first: the occupancy (LEAST_OCCUPIED), minus the
     *                      proficiency (MOST_SKILLED with a required skill), else 0
     * @param lastFromQueue the agent's last offer from this queue (ROUND_ROBIN; else null), never offered first
     * @param lastOffered   the agent's last offer from any queue, never offered first (longest idle)
     */
    private record Rank(Agent agent, double criterion, @Nullable Instant lastFromQueue, @Nullable Instant lastOffered) {

        /** Same order as {@code AgentOrder.bySelection(queue, ...).thenComparing(longest idle)}; ties in the order agents were added. */
        static final Comparator<Rank> ORDER = (a, b) -> {
            int order = Double.compare(a.criterion, b.criterion);
            if (order == 0) {
                order = nullsFirst(a.lastFromQueue, b.lastFromQueue);
            }
            if (order == 0) {
                order = nullsFirst(a.lastOffered, b.lastOffered);
            }
            return order != 0 ? order : Long.compare(a.agent.position, b.agent.position);
        };

        static Rank of(Agent agent, Seat seat) {
            RoutingQueue queue = seat.lane.queue;
            double criterion = switch (queue.agentSelection()) {
                case LONGEST_IDLE, ROUND_ROBIN -> 0;
                case LEAST_OCCUPIED -> AgentOrder.occupancy(agent.profile, agent.load);
                case MOST_SKILLED -> -seat.skill;
            };
            Instant lastFromQueue = queue.agentSelection() == AgentSelection.ROUND_ROBIN
                    ? agent.lastOfferedFromQueue.get(queue.id()) : null;
            return new Rank(agent, criterion, lastFromQueue, agent.lastOffered);
        }

        private static int nullsFirst(@Nullable Instant a, @Nullable Instant b) {
            if (a == null || b == null) {
                return a == null ? (b == null ? 0 : -1) : 1;
            }
            return a.compareTo(b);
        }
    }

    private record Waiting(RoutingItem item, long arrival) {

        static final Comparator<Waiting> ORDER = Comparator.comparingLong((Waiting waiting) -> waiting.item.sortKey())
                .thenComparingLong(Waiting::arrival);
    }
}
