package dev.frontline.routing.internal;

import dev.frontline.conversations.ConversationId;
import dev.frontline.identity.Directory;
import dev.frontline.presence.Presence;
import dev.frontline.presence.PresenceStatus;
import dev.frontline.routing.AgentSelection;
import dev.frontline.routing.ChannelKind;
import dev.frontline.routing.Offer;
import dev.frontline.routing.RoutingOfferCreated;
import dev.frontline.routing.RoutingProfile;
import dev.frontline.routing.RoutingProperties;
import dev.frontline.routing.RoutingQueue;
import dev.frontline.shared.ConflictException;
import dev.frontline.shared.Ids;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Offers waiting items to agents, one offer per transaction. Each round locks the first waiting items
 * in work order and the chosen agent's profile row with {@code for update skip locked}: another node
 * (or thread) routing the same workspace takes other items and other agents instead of waiting, so two
 * offers for one conversation or two offers over one agent's capacity can never be decided at once.
 * The unique index on pending offers is the last line of defence. Agents are tried longest idle first
 * in the queue's {@link AgentSelection} order (the contact's last agent first when the queue is sticky).
 */
@Component
public class Distributor {

    /** How many waiting items one round looks at; items behind them wait for a later round. */
    static final int CANDIDATES = 50;
    private static final int MAX_OFFERS_PER_RUN = 200;

    private final ItemStore items;
    private final OfferStore offers;
    private final ProfileStore profiles;
    private final AssignmentStore assignments;
    private final QueueStore queues;
    private final Presence presence;
    private final Directory directory;
    private final RoutingProperties properties;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Distributor(ItemStore items, OfferStore offers, ProfileStore profiles, AssignmentStore assignments, QueueStore queues,
                Presence presence, Directory directory, RoutingProperties properties, ApplicationEventPublisher events,
                PlatformTransactionManager transactionManager, Clock clock) {
        this.items = items;
        this.offers = offers;
        this.profiles = profiles;
        this.assignments = assignments;
        this.queues = queues;
        this.presence = presence;
        this.directory = directory;
        this.properties = properties;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Makes offers until no waiting item can go to an available agent; answers how many it made. */
    public int distribute(WorkspaceId workspace) {
        // Read once per run, not per offer: a queue switched to push or pull meanwhile counts from the next run.
        List<UUID> pushQueues = queues.pushQueueIds(workspace);
        if (pushQueues.isEmpty()) {
            return 0;
        }
        int made = 0;
        while (made < MAX_OFFERS_PER_RUN
                && Boolean.TRUE.equals(transactions.execute(status -> offerNext(workspace, pushQueues)))) {
            made++;
        }
        return made;
    }

    /** One offer from the waiting items of {@code pushQueues} (not empty), if some available agent may take one. */
    private boolean offerNext(WorkspaceId workspace, List<UUID> pushQueues) {
        List<UserId> available = presence.availableAgents(workspace);
        if (available.isEmpty()) {
            return false;
        }
        profiles.ensure(workspace, available);
        List<RoutingItem> waiting = items.lockNextWaiting(workspace, pushQueues, CANDIDATES);
        if (waiting.isEmpty()) {
            return false;
        }
        List<UserId> agents = profiles.longestIdleFirst(workspace, available);
        Map<UserId, List<UUID>> teams = directory.teamsByMember(workspace);
        Map<UUID, Optional<RoutingQueue>> queueById = new HashMap<>();
        Map<UUID, List<UserId>> agentsByQueue = new HashMap<>();
        AgentFacts facts = new AgentFacts(workspace);
        Map<UserId, Candidate> locked = new HashMap<>();
        Set<UserId> unavailable = new HashSet<>();
        Instant now = clock.instant();
        for (RoutingItem item : waiting) {
            Optional<RoutingQueue> queue = queueById.computeIfAbsent(item.queueId(), id -> queues.queue(workspace, id));
            if (queue.isEmpty()) {
                continue;
            }
            List<UserId> ordered = agentsByQueue.computeIfAbsent(queue.get().id(), id -> AgentOrder.order(queue.get(), agents,
                    facts::profile, facts.loads(queue.get()), facts.lastOffered(queue.get())));
            for (UserId agent : stickyFirst(workspace, queue.get(), item, ordered, now)) {
                if (unavailable.contains(agent)) {
                    continue;
                }
                Candidate candidate = locked.get(agent);
                if (candidate == null) {
                    Optional<RoutingProfile> profile = profiles.tryLock(workspace, agent);
                    // Re-read under the profile lock: a presence change takes this lock before cancelling offers.
                    if (profile.isEmpty() || presence.statusOf(workspace, agent).status() != PresenceStatus.AVAILABLE) {
                        unavailable.add(agent);
                        continue;
                    }
                    candidate = new Candidate(profile.get(), load(workspace, agent));
                    locked.put(agent, candidate);
                }
                if (EligibilityPolicy.mayTake(candidate.profile(), teams.getOrDefault(agent, List.of()), candidate.load(),
                        queue.get(), overflow(workspace, queue.get(), queueById), item, Duration.between(item.enqueuedAt(), now))
                        && !offers.refusedSince(workspace, item.conversationId(), agent, now.minus(properties.refusalCooldownOrDefault()))) {
                    offer(workspace, item, queue.get(), candidate.profile(), "PUSH");
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Sticky routing: with the queue's window set, the agent who last handled the item's contact (within
     * the window) goes first if they are among the available agents; eligibility and capacity still apply.
     */
    private List<UserId> stickyFirst(WorkspaceId workspace, RoutingQueue queue, RoutingItem item, List<UserId> agents, Instant now) {
        if (queue.stickyWindowSeconds() <= 0 || item.contactId() == null) {
            return agents;
        }
        return assignments.lastAgentOf(workspace, item.contactId(), now.minusSeconds(queue.stickyWindowSeconds()))
                .filter(agents::contains)
                .map(preferred -> {
                    List<UserId> ordered = new java.util.ArrayList<>(agents.size());
                    ordered.add(preferred);
                    agents.stream().filter(agent -> !agent.equals(preferred)).forEach(ordered::add);
                    return (List<UserId>) ordered;
                })
                .orElse(agents);
    }

    /**
     * Pull: reserves the best waiting item this agent may take with a pending offer to them, in its own
     * transaction; the caller then accepts it. Empty when nothing fits.
     */
    public Optional<Offer> reserveFor(WorkspaceId workspace, UserId agent) {
        return transactions.execute(status -> {
            RoutingProfile profile = profiles.lock(workspace, agent);
            int[] load = load(workspace, agent);
            List<UUID> teams = directory.teamsOf(workspace, agent);
            Map<UUID, Optional<RoutingQueue>> queueById = new HashMap<>();
            Instant now = clock.instant();
            for (RoutingItem item : items.lockNextWaiting(workspace, CANDIDATES)) {
                Optional<RoutingQueue> queue = queueById.computeIfAbsent(item.queueId(), id -> queues.queue(workspace, id));
                if (queue.isPresent() && EligibilityPolicy.mayTake(profile, teams, load, queue.get(),
                        overflow(workspace, queue.get(), queueById), item, Duration.between(item.enqueuedAt(), now))) {
                    return Optional.of(offer(workspace, item, queue.get(), profile, "PULL"));
                }
            }
            return Optional.empty();
        });
    }

    /**
     * Locks the agent's profile for a directed offer (a transfer) and checks they are available; taken
     * before any item row, the order a presence change takes them in. Fails with 409 otherwise.
     */
    public RoutingProfile lockAvailable(WorkspaceId workspace, UserId agent) {
        RoutingProfile profile = profiles.lock(workspace, agent);
        if (presence.statusOf(workspace, agent).status() != PresenceStatus.AVAILABLE) {
            throw new ConflictException("This agent is not available.");
        }
        return profile;
    }

    /**
     * A directed offer of the queued conversation to the agent whose profile this transaction locked with
     * {@link #lockAvailable}: no team, skill or language check (a person chose them), but never over their
     * capacity nor past a call that keeps other work away (409). The conversation must be queued and waiting.
     */
    public Offer offerDirectly(WorkspaceId workspace, ConversationId conversation, RoutingProfile profile) {
        RoutingItem item = items.lock(workspace, conversation)
                .orElseThrow(() -> new UnprocessableException("This conversation cannot be queued (it is not open or has no channel)."));
        String noRoom = EligibilityPolicy.whyNoRoom(profile, load(workspace, profile.userId()), ChannelKind.of(item.channel()));
        if (noRoom != null) {
            throw new ConflictException(noRoom);
        }
        RoutingQueue queue = queues.queue(workspace, item.queueId()).orElseThrow();
        return offer(workspace, item, queue, profile, "TRANSFER");
    }

    private @Nullable RoutingQueue overflow(WorkspaceId workspace, RoutingQueue queue, Map<UUID, Optional<RoutingQueue>> queueById) {
        UUID overflowId = queue.expansion().overflowQueueId();
        return overflowId == null ? null : queueById.computeIfAbsent(overflowId, id -> queues.queue(workspace, id)).orElse(null);
    }

    private int[] load(WorkspaceId workspace, UserId agent) {
        return assignments.load(workspace, agent);
    }

    /**
     * {@code profile}: the agent's, locked by this transaction; whether it accepts at once travels with the event.
     * The offer is stamped now, under that lock, not when the round began: two rounds for one agent then stamp their
     * offers in the order they were decided, which is what "offered while already on a call" is judged by.
     */
    private Offer offer(WorkspaceId workspace, RoutingItem item, RoutingQueue queue, RoutingProfile profile, String mode) {
        UserId agent = profile.userId();
        Instant now = clock.instant();
        Duration timeout = queue.offerTimeoutSeconds() != null ? Duration.ofSeconds(queue.offerTimeoutSeconds())
                : properties.offerTimeout(ChannelKind.of(item.channel()));
        Offer offer = new Offer(Ids.newId(), item.conversationId().value(), queue.id(), agent.value(), item.channel(), mode,
                now, now.plus(timeout), null, null, null);
        offers.insertPending(workspace, offer);
        items.changeState(workspace, item.conversationId(), RoutingItem.State.OFFERED);
        profiles.offered(workspace, agent, now);
        events.publishEvent(new RoutingOfferCreated(workspace, offer.id(), item.conversationId(), agent, queue.id(),
                mode, offer.expiresAt(), profile.autoAccept()));
        return offer;
    }

    private record Candidate(RoutingProfile profile, int[] load) {
    }

    /** What the queues' agent selections need, read once per round and only if some queue needs it. */
    private final class AgentFacts {

        private final WorkspaceId workspace;
        private @Nullable Map<UserId, RoutingProfile> profiles;
        private @Nullable Map<UserId, int[]> loads;

        AgentFacts(WorkspaceId workspace) {
            this.workspace = workspace;
        }

        RoutingProfile profile(UserId agent) {
            if (profiles == null) {
                profiles = Distributor.this.profiles.all(workspace);
            }
            return profiles.getOrDefault(agent, RoutingProfile.defaultFor(agent));
        }

        Map<UserId, int[]> loads(RoutingQueue queue) {
            if (queue.agentSelection() != AgentSelection.LEAST_OCCUPIED) {
                return Map.of();
            }
            if (loads == null) {
                loads = assignments.loads(workspace);
            }
            return loads;
        }

        Map<UserId, Instant> lastOffered(RoutingQueue queue) {
            return queue.agentSelection() == AgentSelection.ROUND_ROBIN ? offers.lastOfferedFrom(workspace, queue.id()) : Map.of();
        }
    }
}
