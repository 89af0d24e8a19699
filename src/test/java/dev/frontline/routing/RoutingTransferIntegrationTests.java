package dev.frontline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.frontline.channels.Channel;
import dev.frontline.presence.Presence;
import dev.frontline.presence.PresenceStatus;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** Transfers, giving a conversation back, and agents going offline (here with {@code on-agent-offline=requeue}). */
@IntegrationTest
@TestPropertySource(properties = "frontline.routing.on-agent-offline=requeue")
class RoutingTransferIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    Presence presence;

    @Autowired
    JdbcClient jdbc;

    /** A pushing default queue, the agent available, and one chat the agent accepted; answers its id. */
    private String chatHandledByAgent(TestWorkspaces.Workspace workspace) {
        TestApi admin = workspace.admin().api();
        String defaultQueue = admin.get("/api/v1/routing/queues").json().get(0).get("id").asString();
        assertThat(admin.put("/api/v1/routing/queues/" + defaultQueue, Map.of("name", "Default", "isDefault", true, "push", true))
                .status()).isEqualTo(200);
        presence.change(workspace.id(), workspace.agent().id(), PresenceStatus.AVAILABLE, null);
        String conversation = workspaces.inbound(workspace, Channel.CHAT, Map.of("from", Map.of("address", "visitor-1"), "text", "Hello?"));
        JsonNode offer = pendingOffer(workspace.agent());
        assertThat(workspace.agent().api().post("/api/v1/routing/offers/" + offer.get("id").asString() + "/accept", Map.of()).status())
                .isEqualTo(200);
        return conversation;
    }

    private static JsonNode pendingOffer(TestWorkspaces.StaffAccount member) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> member.api().get("/api/v1/routing/offers?outcome=PENDING&agentId=" + member.id()).json().valueStream().toList(),
                        list -> list.size() == 1).getFirst();
    }

    private static TestApi.Response transfer(TestApi api, String conversation, Map<String, Object> target) {
        Map<String, Object> body = new HashMap<>(target);
        body.put("conversationId", conversation);
        return api.post("/api/v1/routing/transfers", body);
    }

    private static String assignee(TestWorkspaces.Workspace workspace, String conversation) {
        return workspace.supervisor().api().get("/api/v1/conversations/" + conversation).json().get("assigneeId").asString(null);
    }

    private List<String> queuedIn(String conversation) {
        return jdbc.sql("select q.name || ':' || i.state from routing_items i join routing_queues q on q.id = i.queue_id where i.conversation_id = ?")
                .param(UUID.fromString(conversation)).query(String.class).list();
    }

    @Test
    void readingTheTransferTargetsCreatesNoQueueButTransferringToTheListedDefaultQueueCreatesIt() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi supervisor = workspace.supervisor().api();
        String contact = supervisor.post("/api/v1/contacts", Map.of("name", "Nia Default",
                "identities", List.of(Map.of("kind", "EMAIL", "value", "nia@example.com")))).json().get("id").asString();
        String conversation = supervisor.post("/api/v1/conversations", Map.of("inboxId", workspace.inbox(Channel.EMAIL),
                "contactId", contact, "subject", "Started by staff")).json().get("id").asString();

        JsonNode targets = supervisor.get("/api/v1/routing/transfer-targets").json();
        assertThat(targets.get("queues").findValuesAsString("name")).containsExactly("Default");
        assertThat(jdbc.sql("select count(*) from routing_queues where workspace_id = ?").param(workspace.id().value())
                .query(Long.class).single()).as("a read creates no queue").isZero();

        TestApi.Response transferred = transfer(supervisor, conversation,
                Map.of("queueId", targets.get("queues").get(0).get("id").asString()));

        assertThat(transferred.status()).isEqualTo(200);
        assertThat(queuedIn(conversation)).containsExactly("Default:WAITING");
        assertThat(supervisor.get("/api/v1/routing/transfer-targets").json().get("queues").findValuesAsString("name"))
                .containsExactly("Default");
    }

    @Test
    void anAgentTransfersTheirChatToAQueueWithANoteAndItWaitsThereUnassigned() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        String conversation = chatHandledByAgent(workspace);
        String billing = workspace.admin().api().post("/api/v1/routing/queues", Map.of("name", "Billing", "push", false))
                .json().get("id").asString();

        TestApi.Response transferred = transfer(workspace.agent().api(), conversation,
                Map.of("queueId", billing, "note", "Asks about a refund"));

        assertThat(transferred.status()).isEqualTo(200);
        assertThat(transferred.json().get("queueId").asString()).isEqualTo(billing);
        assertThat(assignee(workspace, conversation)).isNull();
        assertThat(queuedIn(conversation)).containsExactly("Billing:WAITING");
        assertThat(jdbc.sql("select body_text from messages where conversation_id = ? and internal")
                .param(UUID.fromString(conversation)).query(String.class).list()).containsExactly("Asks about a refund");
    }

    @Test
    void aTransferToAnAgentIsADirectedOfferThatTheyAccept() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        String conversation = chatHandledByAgent(workspace);
        presence.change(workspace.id(), workspace.supervisor().id(), PresenceStatus.AVAILABLE, null);

        TestApi.Response transferred = transfer(workspace.agent().api(), conversation,
                Map.of("agentId", workspace.supervisor().id().toString(), "note", "VIP, please take over"));

        assertThat(transferred.status()).isEqualTo(200);
        JsonNode offer = transferred.json().get("offer");
        assertThat(offer.get("agentId").asString()).isEqualTo(workspace.supervisor().id().toString());
        assertThat(offer.get("mode").asString()).isEqualTo("TRANSFER");
        assertThat(queuedIn(conversation)).containsExactly("Default:OFFERED");
        TestApi.Response accepted = workspace.supervisor().api().post("/api/v1/routing/offers/" + offer.get("id").asString() + "/accept", Map.of());
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(assignee(workspace, conversation)).isEqualTo(workspace.supervisor().id().toString());
        assertThat(queuedIn(conversation)).isEmpty();
    }

    @Test
    void refusedTransfersChangeNothing() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        String conversation = chatHandledByAgent(workspace);

        TestApi.Response toOfflineAdmin = transfer(workspace.agent().api(), conversation, Map.of("agentId", workspace.admin().id().toString()));
        TestApi.Response both = transfer(workspace.agent().api(), conversation,
                Map.of("agentId", workspace.admin().id().toString(), "queueId", UUID.randomUUID().toString()));
        TestApi.Response unknownQueue = transfer(workspace.agent().api(), conversation, Map.of("queueId", UUID.randomUUID().toString()));
        TestApi.Response notTheirs = transfer(workspace.admin().api(), conversation, Map.of("agentId", workspace.agent().id().toString()));

        assertThat(toOfflineAdmin.status()).isEqualTo(409);
        assertThat(toOfflineAdmin.header("Content-Type")).startsWith("application/problem+json");
        assertThat(both.status()).isEqualTo(400);
        assertThat(unknownQueue.status()).isEqualTo(422);
        assertThat(notTheirs.status()).as("an admin may transfer, but not to the agent who already has it").isEqualTo(422);
        assertThat(assignee(workspace, conversation)).isEqualTo(workspace.agent().id().toString());
        assertThat(queuedIn(conversation)).isEmpty();
    }

    @Test
    void aConversationGivenBackWaitsInItsQueueAgainAndIsOfferedAgain() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        String conversation = chatHandledByAgent(workspace);
        presence.change(workspace.id(), workspace.supervisor().id(), PresenceStatus.AVAILABLE, null);
        presence.change(workspace.id(), workspace.agent().id(), PresenceStatus.ON_BREAK, null);

        assertThat(workspace.agent().api().put("/api/v1/conversations/" + conversation + "/assignment", new HashMap<>()).status())
                .isLessThan(300);

        assertThat(pendingOffer(workspace.supervisor()).get("conversationId").asString()).isEqualTo(conversation);
    }

    @Test
    void anAgentWhoSignsOffHandsTheirOpenChatsBackToTheQueueWhenConfiguredToRequeue() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        String conversation = chatHandledByAgent(workspace);

        presence.change(workspace.id(), workspace.agent().id(), PresenceStatus.OFFLINE, null);

        assertThat(assignee(workspace, conversation)).isNull();
        assertThat(queuedIn(conversation)).containsExactly("Default:WAITING");
        presence.change(workspace.id(), workspace.supervisor().id(), PresenceStatus.AVAILABLE, null);
        assertThat(pendingOffer(workspace.supervisor()).get("conversationId").asString()).isEqualTo(conversation);
    }
}
