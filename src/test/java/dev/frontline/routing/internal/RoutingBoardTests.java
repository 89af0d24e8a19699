package dev.frontline.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.Priority;
import dev.frontline.routing.AgentSelection;
import dev.frontline.routing.ChannelKind;
import dev.frontline.routing.RoutingProfile;
import dev.frontline.routing.RoutingQueue;
import dev.frontline.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The in-memory board must decide exactly as the rules the database path applies: agents ranked by
 * {@link AgentOrder} over the longest-idle order and items in {@link WorkOrder}, the first pair
 * {@link EligibilityPolicy} allows. A plain reference over lists (as {@link Distributor} walks its candidates)
 * replays the same random sequences of arrivals, releases, presence changes and abandons.
 */
class RoutingBoardTests {

    private static final UUID SUPPORT_TEAM = UUID.randomUUID();
    private static final Instant START = Instant.parse("2026-12-02T08:00:00Z");
    private static final RoutingQueue GENERAL = queue("General", null, null, 1, AgentSelection.LONGEST_IDLE, RoutingQueue.Expansion.NONE);
    private static final RoutingQueue BILLING = queue("Billing", null, "billing", 4, AgentSelection.LEAST_OCCUPIED,
            new RoutingQueue.Expansion(30, 2, 60, GENERAL.id()));
    private static final RoutingQueue TECH = queue("Tech", SUPPORT_TEAM, "tech", 2, AgentSelection.MOST_SKILLED, RoutingQueue.Expansion.NONE);
    private static final RoutingQueue SALES = queue("Sales", null, "sales", 1, AgentSelection.ROUND_ROBIN, RoutingQueue.Expansion.NONE);
    private static final List<RoutingQueue> QUEUES = List.of(GENERAL, BILLING, TECH, SALES);
    private static final List<String> CHANNELS = List.of("chat", "email", "voice", "whatsapp");
    private static final List<String> LANGUAGES = List.of("en", "zh", "ko");

    private static RoutingQueue queue(String name, UUID team, String skill, int proficiency, AgentSelection selection,
                                      RoutingQueue.Expansion expansion) {
        return new RoutingQueue(UUID.randomUUID(), name, team, null, skill, proficiency, null, false, true, 0, selection, expansion);
    }

    @Test
    void theBoardDecidesAsTheRulesOverEveryCandidateDoInRandomSequences() {
        for (int seed = 1; seed <= 200; seed++) {
            replay(new Random(seed));
        }
    }

    @Test
    void aWaitingItemGoesToTheLessSkilledAgentOnlyOnceItsExpansionStepHasPassed() {
        RoutingBoard board = new RoutingBoard(QUEUES);
        UserId novice = new UserId(UUID.randomUUID());
        board.addAgent(new RoutingProfile(novice, Map.of("billing", 2), Set.of(), RoutingProfile.Capacity.DEFAULT), List.of());
        board.setAvailable(novice, true);
        RoutingItem item = item(BILLING, "chat", null, Priority.NORMAL, START);

        assertThat(board.arrive(item, START)).isEmpty();
        assertThat(board.retry(item.conversationId(), START.plusSeconds(29))).isEmpty();
        assertThat(board.retry(item.conversationId(), START.plusSeconds(30))).map(RoutingBoard.Match::agent).contains(novice);
        assertThat(board.waitingCount()).isZero();
    }

    @Test
    void anAgentOnACallGetsNoChatUntilTheCallEndsUnlessTheirProfileAllowsIt() {
        RoutingBoard board = new RoutingBoard(QUEUES);
        UserId focused = new UserId(UUID.randomUUID());
        board.addAgent(new RoutingProfile(focused, Map.of(), Set.of(), RoutingProfile.Capacity.DEFAULT), List.of());
        board.setAvailable(focused, true);
        assertThat(board.arrive(item(GENERAL, "voice", null, Priority.NORMAL, START), START)).map(RoutingBoard.Match::agent)
                .contains(focused);

        assertThat(board.arrive(item(GENERAL, "chat", null, Priority.NORMAL, START), START)).as("on a call").isEmpty();
        UserId multitasking = new UserId(UUID.randomUUID());
        board.addAgent(new RoutingProfile(multitasking, Map.of(), Set.of(), RoutingProfile.Capacity.DEFAULT, false, true), List.of());
        board.setAvailable(multitasking, true);
        assertThat(board.arrive(item(GENERAL, "voice", null, Priority.NORMAL, START), START)).map(RoutingBoard.Match::agent)
                .contains(multitasking);
        assertThat(board.arrive(item(GENERAL, "chat", null, Priority.NORMAL, START), START)).map(RoutingBoard.Match::agent)
                .as("allowed chats during calls").contains(multitasking);
        assertThat(board.finish(focused, ChannelKind.VOICE, START.plusSeconds(60))).map(RoutingBoard.Match::agent)
                .as("the first chat, once the call ends").contains(focused);
    }

    @Test
    void aFreedAgentTakesTheUrgentItemBeforeOlderNormalOnesButNotBeforeOnesThatWaitedLongerThanItsCredit() {
        RoutingBoard board = new RoutingBoard(QUEUES);
        UserId agent = new UserId(UUID.randomUUID());
        board.addAgent(new RoutingProfile(agent, Map.of(), Set.of(), new RoutingProfile.Capacity(1, 0, 0, 0, 1)), List.of());
        RoutingItem veryOld = item(GENERAL, "chat", null, Priority.NORMAL, START);
        RoutingItem old = item(GENERAL, "chat", null, Priority.NORMAL, START.plus(Duration.ofMinutes(15)));
        RoutingItem urgent = item(GENERAL, "chat", null, Priority.URGENT, START.plus(Duration.ofMinutes(20)));
        for (RoutingItem item : List.of(old, urgent, veryOld)) {
            board.arrive(item, item.enqueuedAt());
        }
        board.setAvailable(agent, true);
        Instant now = START.plus(Duration.ofMinutes(21));

        assertThat(board.nextFor(agent, now)).map(match -> match.item().conversationId()).contains(veryOld.conversationId());
        board.release(agent, ChannelKind.CHAT);
        assertThat(board.nextFor(agent, now)).map(match -> match.item().conversationId()).contains(urgent.conversationId());
        board.release(agent, ChannelKind.CHAT);
        assertThat(board.nextFor(agent, now)).map(match -> match.item().conversationId()).contains(old.conversationId());
    }

    private static RoutingItem item(RoutingQueue queue, String channel, String language, Priority priority, Instant at) {
        return new RoutingItem(new ConversationId(UUID.randomUUID()), queue.id(), channel, language, priority, null,
                RoutingItem.State.WAITING, at, WorkOrder.sortKey(at, priority, null, Duration.ofMinutes(5), Duration.ofMinutes(2)), null);
    }

    private static void replay(Random random) {
        RoutingBoard board = new RoutingBoard(QUEUES);
        Reference reference = new Reference();
        List<UserId> agents = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            RoutingProfile profile = randomProfile(random);
            List<UUID> teams = random.nextBoolean() ? List.of(SUPPORT_TEAM) : List.of();
            board.addAgent(profile, teams);
            reference.add(profile, teams);
            agents.add(profile.userId());
        }
        Instant now = START;
        for (int step = 0; step < 300; step++) {
            now = now.plusMillis(1 + random.nextInt(20_000));
            int action = random.nextInt(10);
            if (action < 4) {
                RoutingQueue queue = QUEUES.get(random.nextInt(QUEUES.size()));
                RoutingItem item = item(queue, CHANNELS.get(random.nextInt(CHANNELS.size())),
                        random.nextInt(3) == 0 ? LANGUAGES.get(random.nextInt(LANGUAGES.size())) : null,
                        Priority.values()[random.nextInt(Priority.values().length)], now);
                assertSame(board.arrive(item, now), reference.arrive(item, now), random, step);
            } else if (action < 7) {
                UserId agent = agents.get(random.nextInt(agents.size()));
                int kind = random.nextInt(ChannelKind.values().length);
                if (reference.load(agent)[kind] > 0 && random.nextBoolean()) {
                    reference.release(agent, kind);
                    assertSame(board.finish(agent, ChannelKind.values()[kind], now), reference.nextFor(agent, now), random, step);
                } else {
                    if (reference.load(agent)[kind] > 0) {
                        board.release(agent, ChannelKind.values()[kind]);
                        reference.release(agent, kind);
                    }
                    assertSame(board.nextFor(agent, now), reference.nextFor(agent, now), random, step);
                }
            } else if (action < 9) {
                UserId agent = agents.get(random.nextInt(agents.size()));
                boolean available = random.nextInt(4) != 0;
                board.setAvailable(agent, available);
                reference.agents.get(agent).available = available;
                assertSame(board.nextFor(agent, now), reference.nextFor(agent, now), random, step);
            } else if (!reference.waiting.isEmpty() && random.nextBoolean()) {
                RoutingItem gone = reference.waiting.get(random.nextInt(reference.waiting.size())).item;
                assertThat(board.abandon(gone.conversationId())).isTrue();
                reference.waiting.removeIf(waiting -> waiting.item == gone);
            } else if (!reference.waiting.isEmpty()) {
                RoutingItem longer = reference.waiting.get(random.nextInt(reference.waiting.size())).item;
                assertSame(board.retry(longer.conversationId(), now), reference.retry(longer, now), random, step);
            }
            assertThat(board.waitingCount()).isEqualTo(reference.waiting.size());
        }
    }

    private static void assertSame(Optional<RoutingBoard.Match> board, Optional<RoutingBoard.Match> reference, Random random, int step) {
        assertThat(board.map(match -> match.agent() + " takes " + match.item().conversationId()))
                .as("step %d", step)
                .isEqualTo(reference.map(match -> match.agent() + " takes " + match.item().conversationId()));
    }

    private static RoutingProfile randomProfile(Random random) {
        Map<String, Integer> skills = new HashMap<>();
        for (String skill : List.of("billing", "tech", "sales")) {
            if (random.nextBoolean()) {
                skills.put(skill, 1 + random.nextInt(5));
            }
        }
        Set<String> languages = random.nextBoolean() ? Set.of() : Set.of(LANGUAGES.get(random.nextInt(LANGUAGES.size())));
        return new RoutingProfile(new UserId(UUID.randomUUID()), skills, languages,
                new RoutingProfile.Capacity(1 + random.nextInt(3), random.nextInt(3), random.nextInt(3), random.nextInt(2),
                        1 + random.nextInt(4)), false, random.nextBoolean());
    }

    /** The rules over plain lists: every agent in {@link AgentOrder}, every waiting item in work order. */
    private static final class Reference {

        final Map<UserId, AgentState> agents = new LinkedHashMap<>();
        final List<Waiting> waiting = new ArrayList<>();
        long arrivals;

        void add(RoutingProfile profile, List<UUID> teams) {
            agents.put(profile.userId(), new AgentState(profile, teams));
        }

        int[] load(UserId agent) {
            return agents.get(agent).load;
        }

        void release(UserId agent, int kind) {
            agents.get(agent).load[kind]--;
        }

        Optional<RoutingBoard.Match> arrive(RoutingItem item, Instant now) {
            Optional<RoutingBoard.Match> match = firstAgentFor(item, now);
            if (match.isEmpty()) {
                waiting.add(new Waiting(item, arrivals++));
            }
            return match;
        }

        Optional<RoutingBoard.Match> retry(RoutingItem item, Instant now) {
            Optional<RoutingBoard.Match> match = firstAgentFor(item, now);
            match.ifPresent(taken -> waiting.removeIf(w -> w.item == item));
            return match;
        }

        private Optional<RoutingBoard.Match> firstAgentFor(RoutingItem item, Instant now) {
            RoutingQueue queue = queueOf(item);
            List<UserId> longestIdle = agents.values().stream().filter(agent -> agent.available)
                    .sorted(Comparator.comparing((AgentState agent) -> agent.lastOffered, Comparator.nullsFirst(Comparator.naturalOrder())))
                    .map(agent -> agent.profile.userId()).toList();
            Map<UserId, int[]> loads = new HashMap<>();
            Map<UserId, Instant> lastFromQueue = new HashMap<>();
            agents.forEach((id, agent) -> {
                loads.put(id, agent.load);
                if (agent.lastOfferedFrom.containsKey(queue.id())) {
                    lastFromQueue.put(id, agent.lastOfferedFrom.get(queue.id()));
                }
            });
            for (UserId id : AgentOrder.order(queue, longestIdle, agent -> agents.get(agent).profile, loads, lastFromQueue)) {
                if (mayTake(agents.get(id), item, now)) {
                    return Optional.of(take(agents.get(id), item, now));
                }
            }
            return Optional.empty();
        }

        Optional<RoutingBoard.Match> nextFor(UserId id, Instant now) {
            AgentState agent = agents.get(id);
            if (!agent.available) {
                return Optional.empty();
            }
            return waiting.stream()
                    .sorted(Comparator.comparingLong((Waiting w) -> w.item.sortKey()).thenComparingLong(w -> w.arrival))
                    .filter(w -> mayTake(agent, w.item, now))
                    .findFirst()
                    .map(w -> {
                        waiting.remove(w);
                        return take(agent, w.item, now);
                    });
        }

        private static boolean mayTake(AgentState agent, RoutingItem item, Instant now) {
            RoutingQueue queue = queueOf(item);
            RoutingQueue overflow = QUEUES.stream().filter(q -> q.id().equals(queue.expansion().overflowQueueId())).findFirst().orElse(null);
            return EligibilityPolicy.mayTake(agent.profile, agent.teams, agent.load, queue, overflow, item,
                    Duration.between(item.enqueuedAt(), now));
        }

        private static RoutingBoard.Match take(AgentState agent, RoutingItem item, Instant now) {
            agent.load[ChannelKind.of(item.channel()).ordinal()]++;
            agent.lastOffered = now;
            agent.lastOfferedFrom.put(item.queueId(), now);
            return new RoutingBoard.Match(agent.profile.userId(), item, Duration.between(item.enqueuedAt(), now));
        }

        private static RoutingQueue queueOf(RoutingItem item) {
            return QUEUES.stream().filter(queue -> queue.id().equals(item.queueId())).findFirst().orElseThrow();
        }
    }

    private static final class AgentState {

        final RoutingProfile profile;
        final List<UUID> teams;
        final int[] load = new int[ChannelKind.values().length];
        final Map<UUID, Instant> lastOfferedFrom = new HashMap<>();
        Instant lastOffered;
        boolean available;

        AgentState(RoutingProfile profile, List<UUID> teams) {
            this.profile = profile;
            this.teams = teams;
        }
    }

    private record Waiting(RoutingItem item, long arrival) {
    }
}
