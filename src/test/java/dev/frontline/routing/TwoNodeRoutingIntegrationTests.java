package dev.frontline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.frontline.FrontlineApplication;
import dev.frontline.channels.Channel;
import dev.frontline.channels.InboundDelivery;
import dev.frontline.channels.Inboxes;
import dev.frontline.identity.Staffing;
import dev.frontline.identity.WorkspaceSetup;
import dev.frontline.presence.Presence;
import dev.frontline.presence.PresenceStatus;
import dev.frontline.routing.internal.Distributor;
import dev.frontline.shared.Caller;
import dev.frontline.shared.ConflictException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application instances on one PostgreSQL database route one workspace at the same time: both
 * distribute, both accept offers, agents flip between available and busy on both. No conversation is
 * ever held by two offers at once and no agent ever holds more than their capacity.
 */
@EnabledIfEnvironmentVariable(named = "FRONTLINE_TEST_DB_URL", matches = "jdbc:postgresql:.*")
class TwoNodeRoutingIntegrationTests {

    private static final int AGENTS = 6;
    private static final int CHAT_CAPACITY = 2;
    private static final int CONVERSATIONS = 30;

    private static ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(FrontlineApplication.class)
                .properties(Map.of("spring.main.banner-mode", "off"))
                .run("--server.port=0", "--frontline.routing.sweep-interval=PT0.2S",
                        "--spring.datasource.hikari.maximum-pool-size=6", "--spring.datasource.hikari.minimum-idle=1");
    }

    @Test
    void twoNodesNeverDoubleOfferAConversationNorOverloadAnAgent() throws Exception {
        try (ConfigurableApplicationContext first = start(); ConfigurableApplicationContext second = start()) {
            List<ConfigurableApplicationContext> nodes = List.of(first, second);
            var created = first.getBean(WorkspaceSetup.class).create("Two nodes", "two-" + UUID.randomUUID() + "@test.local",
                    "Admin", "password-123456");
            WorkspaceId workspace = created.workspaceId();
            Caller admin = new Caller(workspace, created.adminId(), Role.ADMIN);
            RoutingSettings settings = first.getBean(RoutingSettings.class);
            RoutingQueue defaultQueue = settings.queues(admin).getFirst();
            settings.updateQueue(admin, new RoutingQueue(defaultQueue.id(), defaultQueue.name(), null, null, null, 1, null, true, true, 0,
                AgentSelection.LONGEST_IDLE, RoutingQueue.Expansion.NONE));
            List<UserId> agents = new ArrayList<>();
            for (int i = 0; i < AGENTS; i++) {
                UserId agent = first.getBean(Staffing.class).addMember(workspace, "agent" + i + "-" + UUID.randomUUID() + "@test.local",
                        "Agent " + i, Role.AGENT, null);
                first.getBean(RoutingSettings.class).saveProfile(admin, new RoutingProfile(agent, Map.of(), Set.of(),
                        new RoutingProfile.Capacity(CHAT_CAPACITY, 5, 5, 1, 10)));
                first.getBean(Presence.class).change(workspace, agent, PresenceStatus.AVAILABLE, null);
                agents.add(agent);
            }
            UUID inbox = first.getBean(Inboxes.class).create(workspace, "chat", Channel.CHAT, Map.of()).id();
            for (int i = 0; i < CONVERSATIONS; i++) {
                nodes.get(i % 2).getBean(InboundDelivery.class).deliver(workspace, inbox, new InboundDelivery.Delivery(
                        new InboundDelivery.Sender(null, "visitor-" + i, null, null), "m-" + i, null, "Hello", null, List.of()));
            }

            List<Throwable> unexpected = Collections.synchronizedList(new ArrayList<>());
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
            ExecutorService threads = Executors.newFixedThreadPool(8);
            for (int t = 0; t < 8; t++) {
                ConfigurableApplicationContext node = nodes.get(t % 2);
                int role = t % 4;
                Random random = new Random(t);
                threads.submit(() -> {
                    while (System.nanoTime() < until) {
                        try {
                            switch (role) {
                                case 0 -> node.getBean(Distributor.class).distribute(workspace);
                                case 1 -> {
                                    UserId agent = agents.get(random.nextInt(AGENTS));
                                    node.getBean(Presence.class).change(workspace, agent,
                                            random.nextBoolean() ? PresenceStatus.BUSY : PresenceStatus.AVAILABLE, null);
                                }
                                default -> acceptSomePendingOffer(node, workspace, random);
                            }
                        } catch (ConflictException | NotFoundException expected) {
                            // Someone else decided that offer first.
                        } catch (Throwable e) {
                            unexpected.add(e);
                        }
                    }
                });
            }
            threads.shutdown();
            assertThat(threads.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
            assertThat(unexpected).as("no deadlocks or failures").isEmpty();

            for (UserId agent : agents) {
                first.getBean(Presence.class).change(workspace, agent, PresenceStatus.AVAILABLE, null);
            }
            Routing routing = first.getBean(Routing.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                acceptAll(nodes, workspace);
                return jdbc(first).sql("select count(*) from routing_assignments where workspace_id = ? and ended_at is null")
                        .param(workspace.value()).query(Long.class).single() == (long) AGENTS * CHAT_CAPACITY;
            });

            List<OfferRow> offers = jdbc(first).sql("""
                    select conversation_id, agent_id, outcome, created_at, decided_at from routing_offers where workspace_id = ?""")
                    .param(workspace.value())
                    .query((rs, n) -> new OfferRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                            Timestamps.read(rs, "created_at"), Timestamps.read(rs, "decided_at")))
                    .list();
            assertThat(offers.size()).as("the race really happened").isGreaterThan(AGENTS * CHAT_CAPACITY);
            offers.stream().collect(Collectors.groupingBy(OfferRow::conversationId)).forEach((conversation, ofIt) -> {
                assertThat(maxConcurrent(ofIt, false)).as("offers held at once for conversation " + conversation).isLessThanOrEqualTo(1);
                assertThat(ofIt.stream().filter(o -> "ACCEPTED".equals(o.outcome())).count()).isLessThanOrEqualTo(1);
            });
            offers.stream().collect(Collectors.groupingBy(OfferRow::agentId)).forEach((agent, ofAgent) ->
                    assertThat(maxConcurrent(ofAgent, true)).as("conversations held at once by agent " + agent)
                            .isLessThanOrEqualTo(CHAT_CAPACITY));
            assertThat(jdbc(first).sql("""
                    select count(*) from routing_assignments where workspace_id = ? and ended_at is null
                    group by agent_id order by count(*) desc limit 1""").param(workspace.value()).query(Long.class).single())
                    .isLessThanOrEqualTo(CHAT_CAPACITY);
            assertThat(routing).isNotNull();
        }
    }

    private record OfferRow(UUID conversationId, UUID agentId, String outcome, Instant createdAt, Instant decidedAt) {
    }

    /**
     * The most offers (and, for agents, accepted offers, which become assignments that last) held at one
     * instant; an ending at the same instant as a start counts first, since the two were serialised.
     */
    private static int maxConcurrent(List<OfferRow> rows, boolean acceptedLasts) {
        record Change(Instant at, int delta) {
        }
        List<Change> changes = new ArrayList<>();
        for (OfferRow row : rows) {
            changes.add(new Change(row.createdAt(), 1));
            boolean lasts = row.outcome() == null || (acceptedLasts && "ACCEPTED".equals(row.outcome()));
            if (!lasts) {
                changes.add(new Change(row.decidedAt(), -1));
            }
        }
        changes.sort(Comparator.comparing(Change::at).thenComparingInt(Change::delta));
        int held = 0;
        int max = 0;
        for (Change change : changes) {
            held += change.delta();
            max = Math.max(max, held);
        }
        return max;
    }

    private static void acceptSomePendingOffer(ConfigurableApplicationContext node, WorkspaceId workspace, Random random) {
        List<UUID[]> pending = jdbc(node).sql("select id, agent_id from routing_offers where workspace_id = ? and outcome is null")
                .param(workspace.value()).query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)}).list();
        if (pending.isEmpty()) {
            return;
        }
        UUID[] offer = pending.get(random.nextInt(pending.size()));
        node.getBean(Routing.class).accept(new Caller(workspace, new UserId(offer[1]), Role.AGENT), offer[0]);
    }

    private static void acceptAll(List<ConfigurableApplicationContext> nodes, WorkspaceId workspace) {
        Random random = new Random();
        for (int i = 0; i < 20; i++) {
            try {
                acceptSomePendingOffer(nodes.get(i % 2), workspace, random);
            } catch (ConflictException | NotFoundException ignored) {
                // Decided meanwhile.
            }
        }
    }

    private static JdbcClient jdbc(ConfigurableApplicationContext node) {
        return node.getBean(JdbcClient.class);
    }
}
