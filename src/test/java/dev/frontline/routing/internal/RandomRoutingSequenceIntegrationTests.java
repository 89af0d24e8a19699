package dev.frontline.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.frontline.channels.InboundDelivery;
import dev.frontline.conversations.ConversationChanges;
import dev.frontline.conversations.ConversationCommands;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.Status;
import dev.frontline.identity.Staffing;
import dev.frontline.presence.Presence;
import dev.frontline.presence.PresenceStatus;
import dev.frontline.routing.AgentSelection;
import dev.frontline.routing.Routing;
import dev.frontline.routing.RoutingProfile;
import dev.frontline.routing.RoutingQueue;
import dev.frontline.routing.RoutingSettings;
import dev.frontline.shared.Caller;
import dev.frontline.shared.ConflictException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import dev.frontline.channels.Channel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Random sequences of chat and voice arrivals, distribution rounds, accepts, declines, expiries, presence changes,
 * resolutions and restarts (a fixed seed per repetition, so a failure replays), run through the real engine while
 * its own after-commit distribution runs too. Agents' profiles allow chats during calls or not, at random. A
 * restart is what a node that was down for an hour finds: every offer in flight is past its due time, and its
 * first sweep must expire them and distribute again from the database alone. After every step the committed state
 * must hold the invariants: one pending offer per conversation at most, an item is OFFERED exactly when its offer
 * is pending, pushed offers only to available agents, no agent over capacity on any channel, nothing assigned still
 * queued, no chat offered to an agent already on a call unless their profile allows it, and after a restart no
 * offer left pending past its due time.
 */
@IntegrationTest
class RandomRoutingSequenceIntegrationTests {

    private static final int CHAT_CAPACITY = 2;
    private static final List<PresenceStatus> STATUSES = List.of(PresenceStatus.AVAILABLE, PresenceStatus.AVAILABLE,
            PresenceStatus.BUSY, PresenceStatus.ON_BREAK);

    private static final Set<String> OUTCOMES_SEEN = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Autowired TestWorkspaces workspaces;
    @Autowired Staffing staffing;
    @Autowired RoutingSettings settings;
    @Autowired Routing routing;
    @Autowired Distributor distributor;
    @Autowired RoutingSweep sweep;
    @Autowired Queueing queueing;
    @Autowired Presence presence;
    @Autowired InboundDelivery inbound;
    @Autowired ConversationCommands conversations;
    @Autowired JdbcClient jdbc;

    @RepeatedTest(6)
    void everyCommittedStateKeepsTheRoutingInvariants(RepetitionInfo repetition) {
        long seed = 8_000 + repetition.getCurrentRepetition();
        Random random = new Random(seed);
        TestWorkspaces.Workspace workspace = workspaces.create();
        WorkspaceId ws = workspace.id();
        Caller admin = new Caller(ws, workspace.admin().id(), Role.ADMIN);
        RoutingQueue defaultQueue = settings.queues(admin).getFirst();
        settings.updateQueue(admin, new RoutingQueue(defaultQueue.id(), defaultQueue.name(), null, null, null, 1, null, true, true, 0,
                AgentSelection.LONGEST_IDLE, RoutingQueue.Expansion.NONE));
        List<UserId> agents = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UserId agent = staffing.addMember(ws, "seq" + i + "-" + UUID.randomUUID() + "@test.local", "Seq " + i, Role.AGENT, null);
            settings.saveProfile(admin, new RoutingProfile(agent, Map.of(), Set.of(), new RoutingProfile.Capacity(CHAT_CAPACITY, 5, 5, 1, 10),
                    false, random.nextBoolean()));
            presence.change(ws, agent, PresenceStatus.AVAILABLE, null);
            agents.add(agent);
        }
        List<String> steps = new ArrayList<>();
        for (int step = 0; step < 60; step++) {
            String action = act(random, ws, workspace, agents, step);
            steps.add(action);
            checkInvariants(ws, "seed " + seed + " after " + steps);
        }
        List<String> outcomes = jdbc.sql("select distinct outcome from routing_offers where workspace_id = ? and outcome is not null")
                .param(ws.value()).query(String.class).list();
        assertThat(outcomes).as("the sequence exercised several outcomes, seed " + seed + ": " + steps).hasSizeGreaterThan(1);
        OUTCOMES_SEEN.addAll(outcomes);
    }

    /**
     * Which outcomes one sequence reaches depends on how the engine's own background distribution interleaves with
     * the steps, so that every kind occurs is asked of all the sequences together.
     */
    @AfterAll
    static void theSequencesTogetherReachedEveryOutcome() {
        assertThat(OUTCOMES_SEEN).contains("ACCEPTED", "DECLINED", "EXPIRED");
    }

    private String act(Random random, WorkspaceId ws, TestWorkspaces.Workspace workspace, List<UserId> agents, int step) {
        int choice = random.nextInt(9);
        try {
            switch (choice) {
                case 0, 1 -> {
                    boolean call = random.nextInt(3) == 0;
                    var received = inbound.deliver(ws, workspace.inbox(call ? Channel.VOICE : Channel.CHAT), new InboundDelivery.Delivery(
                            new InboundDelivery.Sender(null, call ? "+1415555" + (1000 + step) : "seq-visitor-" + step, null, null),
                            "seq-" + step, null, "Hi", null, List.of()));
                    queueing.enqueue(ws, received.conversationId());
                    return call ? "call" : "arrival";
                }
                case 8 -> {
                    restart(ws);
                    return "restart";
                }
                case 2 -> {
                    distributor.distribute(ws);
                    return "distribute";
                }
                case 3 -> {
                    UUID[] offer = somePending(ws, random);
                    if (offer == null) return "accept:none";
                    routing.accept(new Caller(ws, new UserId(offer[1]), Role.AGENT), offer[0]);
                    return "accept";
                }
                case 4 -> {
                    UUID[] offer = somePending(ws, random);
                    if (offer == null) return "decline:none";
                    routing.decline(new Caller(ws, new UserId(offer[1]), Role.AGENT), offer[0], "busy");
                    return "decline";
                }
                case 5 -> {
                    UUID[] offer = somePending(ws, random);
                    if (offer == null) return "expire:none";
                    jdbc.sql("update routing_offers set expires_at = expires_at - interval '1' hour, due_at = due_at - interval '1' hour where id = ?")
                            .param(offer[0]).update();
                    sweep.expireDue();
                    return "expire";
                }
                case 6 -> {
                    UserId agent = agents.get(random.nextInt(agents.size()));
                    PresenceStatus status = STATUSES.get(random.nextInt(STATUSES.size()));
                    presence.change(ws, agent, status, null);
                    return "presence:" + status;
                }
                default -> {
                    List<UUID[]> open = jdbc.sql("select conversation_id, agent_id from routing_assignments where workspace_id = ? and ended_at is null")
                            .param(ws.value()).query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).list();
                    if (open.isEmpty()) return "resolve:none";
                    UUID[] assignment = open.get(random.nextInt(open.size()));
                    conversations.update(new Caller(ws, new UserId(assignment[1]), Role.AGENT), new ConversationId(assignment[0]),
                            new ConversationChanges(Status.RESOLVED, null, null, null, null, null));
                    return "resolve";
                }
            }
        } catch (ConflictException | NotFoundException raced) {
            return "raced:" + choice; // the background distribution or the sweep decided first
        }
    }

    /**
     * The node was down an hour: every offer in flight is past due. What it finds in the database is all it has;
     * its sweeps expire them and distribute again, and nothing may stay pending past its due time.
     */
    private void restart(WorkspaceId ws) {
        jdbc.sql("""
                update routing_offers set expires_at = expires_at - interval '1' hour, due_at = due_at - interval '1' hour
                where workspace_id = ? and outcome is null""").param(ws.value()).update();
        sweep.sweep();
        // A sweep skips an offer whose item this node's own distribution holds at that moment (a kick after the
        // previous step's commit); the next scheduled sweep, a second later, expires it.
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(count(
                "select count(*) from routing_offers where workspace_id = ? and outcome is null and due_at <= ?",
                ws.value(), dev.frontline.shared.Timestamps.sql(java.time.Instant.now())))
                .as("an offer left pending past its due time after the restart's sweeps").isZero());
    }

    private UUID[] somePending(WorkspaceId ws, Random random) {
        List<UUID[]> pending = jdbc.sql("select id, agent_id from routing_offers where workspace_id = ? and outcome is null order by id")
                .param(ws.value()).query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).list();
        return pending.isEmpty() ? null : pending.get(random.nextInt(pending.size()));
    }

    private void checkInvariants(WorkspaceId ws, String context) {
        UUID id = ws.value();
        assertThat(count("""
                select count(*) from (select conversation_id from routing_offers where workspace_id = ? and outcome is null
                group by conversation_id having count(*) > 1) doubled""", id)).as("two pending offers, " + context).isZero();
        assertThat(count("""
                select count(*) from routing_items i where i.workspace_id = ? and (case when i.state = 'OFFERED' then 1 else 0 end)
                <> (select count(*) from routing_offers o where o.conversation_id = i.conversation_id and o.outcome is null)""", id))
                .as("item state disagrees with its offer, " + context).isZero();
        assertThat(count("""
                select count(*) from routing_offers o where o.workspace_id = ? and o.outcome is null
                and not exists (select 1 from routing_items i where i.conversation_id = o.conversation_id)""", id))
                .as("pending offer without an item, " + context).isZero();
        assertThat(count("""
                select count(*) from routing_offers o join agent_presence p on p.user_id = o.agent_id
                where o.workspace_id = ? and o.outcome is null and o.mode = 'PUSH' and p.status <> 'AVAILABLE'""", id))
                .as("pushed offer held by an agent who is not available, " + context).isZero();
        assertThat(count("""
                select count(*) from (
                  select agent_id, channel from (
                    select agent_id, channel from routing_offers where workspace_id = ? and outcome is null
                    union all
                    select agent_id, channel from routing_assignments where workspace_id = ? and ended_at is null) held
                  group by agent_id, channel
                  having count(*) > case when channel = 'voice' then 1 else %d end) over""".formatted(CHAT_CAPACITY), id, id))
                .as(() -> "an agent over capacity, " + context + " held: " + held(id)).isZero();
        assertThat(count("""
                select count(*) from routing_offers o join routing_profiles p on p.user_id = o.agent_id
                where o.workspace_id = ? and o.outcome is null and o.channel <> 'voice' and not p.chat_during_calls
                and (exists (select 1 from routing_offers v where v.agent_id = o.agent_id and v.outcome is null
                             and v.channel = 'voice' and v.created_at < o.created_at)
                  or exists (select 1 from routing_assignments a where a.agent_id = o.agent_id and a.ended_at is null
                             and a.channel = 'voice' and a.started_at < o.created_at))""", id))
                .as(() -> "a chat offered to an agent on a call, " + context + " held: " + held(id)).isZero();
        assertThat(count("""
                select count(*) from routing_assignments a join routing_items i on i.conversation_id = a.conversation_id
                where a.workspace_id = ? and a.ended_at is null""", id)).as("assigned but still queued, " + context).isZero();
    }

    private List<String> held(UUID workspace) {
        return jdbc.sql("""
                select 'offer ' || agent_id || ' ' || conversation_id || ' ' || channel || ' ' || mode || ' ' || created_at from routing_offers
                where workspace_id = ? and outcome is null
                union all select 'assignment ' || agent_id || ' ' || conversation_id || ' ' || channel || ' ' || started_at from routing_assignments
                where workspace_id = ? and ended_at is null""").params(workspace, workspace).query(String.class).list();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(List.of(params)).query(Long.class).single();
    }
}
