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
import tools.jackson.databind.JsonNode;

/** The supervisor's live view of agents and queued conversations, and manual reassignment. */
@IntegrationTest
class SupervisorIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    Presence presence;

    @Autowired
    JdbcClient jdbc;

    /** Makes the default queue pull-only, so conversations wait in it until someone moves them. */
    private static String pullOnlyDefaultQueue(TestWorkspaces.Workspace workspace) {
        TestApi admin = workspace.admin().api();
        String queue = admin.get("/api/v1/routing/queues").json().get(0).get("id").asString();
        assertThat(admin.put("/api/v1/routing/queues/" + queue, Map.of("name", "Default", "isDefault", true, "push", false))
                .status()).isEqualTo(200);
        return queue;
    }

    private String waitingChat(TestWorkspaces.Workspace workspace, String visitor, String name) {
        String conversation = workspaces.inbound(workspace, Channel.CHAT,
                Map.of("from", Map.of("address", visitor, "name", name), "text", "Hello?"));
        await().atMost(Duration.ofSeconds(10)).until(() -> queued(workspace).stream()
                .anyMatch(item -> item.get("conversationId").asString().equals(conversation)));
        return conversation;
    }

    private static List<JsonNode> queued(TestWorkspaces.Workspace workspace) {
        return workspace.supervisor().api().get("/api/v1/routing/queued").json().valueStream().toList();
    }

    private static JsonNode agentState(TestWorkspaces.Workspace workspace, TestWorkspaces.StaffAccount member) {
        return workspace.supervisor().api().get("/api/v1/routing/agents/state").json().valueStream()
                .filter(agent -> agent.get("userId").asString().equals(member.id().toString()))
                .findFirst().orElseThrow();
    }

    private static TestApi.Response reassign(TestApi api, String conversation, Map<String, Object> target) {
        Map<String, Object> body = new HashMap<>(target);
        body.put("conversationId", conversation);
        return api.post("/api/v1/routing/reassignments", body);
    }

    private static String assignee(TestWorkspaces.Workspace workspace, String conversation) {
        return workspace.supervisor().api().get("/api/v1/conversations/" + conversation).json().get("assigneeId").asString(null);
    }

    private static List<String> auditActions(TestWorkspaces.Workspace workspace) {
        return workspace.admin().api().get("/api/v1/audit-log").json().get("items").findValuesAsString("action");
    }

    @Test
    void theSupervisorSeesQueuedConversationsAndEachAgentsPresenceLoadAndConversations() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        String queue = pullOnlyDefaultQueue(workspace);
        presence.change(workspace.id(), workspace.agent().id(), PresenceStatus.AVAILABLE, null);
        String handled = waitingChat(workspace, "visitor-1", "Bo Handled"); // first in line, so "get next" takes it
        String waiting = waitingChat(workspace, "visitor-2", "Ada Waiting");
        assertThat(workspace.agent().api().post("/api/v1/routing/next", Map.of()).status()).isEqualTo(200);

        List<JsonNode> items = queued(workspace);
        JsonNode agent = agentState(workspace, workspace.agent());

        assertThat(items).hasSize(1);
        assertThat(items.getFirst().get("conversationId").asString()).isEqualTo(waiting);
        assertThat(items.getFirst().get("queueId").asString()).isEqualTo(queue);
        assertThat(items.getFirst().get("state").asString()).isEqualTo("WAITING");
        assertThat(items.getFirst().get("contactName").asString()).isEqualTo("Ada Waiting");
        assertThat(agent.get("status").asString()).isEqualTo("AVAILABLE");
        assertThat(agent.get("since").isNull()).isFalse();
        assertThat(agent.get("load").get("chat").asInt()).isEqualTo(1);
        assertThat(agent.get("capacity").get("chat").asInt()).isEqualTo(3);
        assertThat(agent.get("pendingOffers").asInt()).isZero();
        assertThat(agent.get("conversations").findValuesAsString("conversationId")).containsExactly(handled);
        assertThat(agent.get("conversations").get(0).get("contactName").asString()).isEqualTo("Bo Handled");
        assertThat(workspace.agent().api().get("/api/v1/routing/agents/state").status()).isEqualTo(403);
        assertThat(workspace.agent().api().get("/api/v1/routing/queued").status()).isEqualTo(403);
        assertThat(workspace.supervisor().api().get("/api/v1/routing/queued?limit=0").status()).isEqualTo(400);
    }

    @Test
    void aSupervisorAssignsAWaitingConversationToAnAgentWithANoteOnTheTimelineAndInTheAuditLog() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        pullOnlyDefaultQueue(workspace);
        presence.change(workspace.id(), workspace.agent().id(), PresenceStatus.BUSY, null);
        String conversation = waitingChat(workspace, "visitor-1", "Ada");

        TestApi.Response moved = reassign(workspace.supervisor().api(), conversation,
                Map.of("agentId", workspace.agent().id().toString(), "note", "Knows this customer"));

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("forced").asBoolean()).isFalse();
        assertThat(assignee(workspace, conversation)).isEqualTo(workspace.agent().id().toString());
        assertThat(queued(workspace)).isEmpty();
        assertThat(agentState(workspace, workspace.agent()).get("conversations").findValuesAsString("conversationId"))
                .containsExactly(conversation);
        JsonNode transferred = workspace.supervisor().api().get("/api/v1/conversations/" + conversation + "/timeline").json()
                .valueStream().filter(entry -> entry.get("kind").asString().equals("transferred")).findFirst().orElseThrow();
        assertThat(transferred.get("detail").get("kind").asString()).isEqualTo("REASSIGNMENT");
        assertThat(transferred.get("detail").get("toAgentId").asString()).isEqualTo(workspace.agent().id().toString());
        assertThat(transferred.get("actor").get("id").asString()).isEqualTo(workspace.supervisor().id().toString());
        assertThat(jdbc.sql("select body_text from messages where conversation_id = ? and internal")
                .param(UUID.fromString(conversation)).query(String.class).list()).containsExactly("Knows this customer");
        assertThat(auditActions(workspace)).contains("routing.conversation_reassigned");
    }

    @Test
    void aSupervisorMovesAnAssignedConversationToAnotherAgentAndTheFirstAgentsLoadDrops() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        pullOnlyDefaultQueue(workspace);
        presence.change(workspace.id(), workspace.agent().id(), PresenceStatus.AVAILABLE, null);
        presence.change(workspace.id(), workspace.supervisor().id(), PresenceStatus.AVAILABLE, null);
        String conversation = waitingChat(workspace, "visitor-1", "Ada");
        assertThat(workspace.agent().api().post("/api/v1/routing/next", Map.of()).status()).isEqualTo(200);

        TestApi.Response moved = reassign(workspace.admin().api(), conversation, Map.of("agentId", workspace.supervisor().id().toString()));

        assertThat(moved.status()).isEqualTo(200);
        assertThat(assignee(workspace, conversation)).isEqualTo(workspace.supervisor().id().toString());
        assertThat(agentState(workspace, workspace.agent()).get("load").get("total").asInt()).isZero();
        assertThat(agentState(workspace, workspace.supervisor()).get("load").get("chat").asInt()).isEqualTo(1);
    }

    @Test
    void aFullOrOfflineAgentIsRefusedUnlessTheSupervisorForcesIt() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        pullOnlyDefaultQueue(workspace);
        TestApi admin = workspace.admin().api();
        assertThat(admin.put("/api/v1/routing/profiles/" + workspace.agent().id(), Map.of("capacity",
                Map.of("chat", 1, "email", 1, "messaging", 1, "voice", 0, "total", 2))).status()).isEqualTo(200);
        presence.change(workspace.id(), workspace.agent().id(), PresenceStatus.AVAILABLE, null);
        String first = waitingChat(workspace, "visitor-1", "Ada");
        String second = waitingChat(workspace, "visitor-2", "Bo");
        assertThat(reassign(workspace.supervisor().api(), first, Map.of("agentId", workspace.agent().id().toString())).status())
                .isEqualTo(200);

        TestApi.Response full = reassign(workspace.supervisor().api(), second, Map.of("agentId", workspace.agent().id().toString()));
        TestApi.Response offline = reassign(workspace.supervisor().api(), second, Map.of("agentId", workspace.admin().id().toString()));

        assertThat(full.status()).isEqualTo(409);
        assertThat(full.header("Content-Type")).startsWith("application/problem+json");
        assertThat(full.json().get("detail").asString()).contains("no free place");
        assertThat(offline.status()).isEqualTo(409);
        assertThat(offline.json().get("detail").asString()).contains("offline");
        assertThat(assignee(workspace, second)).isNull();

        TestApi.Response forced = reassign(workspace.supervisor().api(), second,
                Map.of("agentId", workspace.agent().id().toString(), "force", true));

        assertThat(forced.status()).isEqualTo(200);
        assertThat(forced.json().get("forced").asBoolean()).isTrue();
        assertThat(assignee(workspace, second)).isEqualTo(workspace.agent().id().toString());
        assertThat(agentState(workspace, workspace.agent()).get("load").get("chat").asInt()).as("over capacity, as forced").isEqualTo(2);
    }

    @Test
    void aSupervisorMovesAConversationToAnotherQueue() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        pullOnlyDefaultQueue(workspace);
        String billing = workspace.admin().api().post("/api/v1/routing/queues", Map.of("name", "Billing", "push", false))
                .json().get("id").asString();
        String conversation = waitingChat(workspace, "visitor-1", "Ada");

        TestApi.Response moved = reassign(workspace.supervisor().api(), conversation, Map.of("queueId", billing, "note", "Refund"));

        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.json().get("queueId").asString()).isEqualTo(billing);
        assertThat(queued(workspace)).singleElement().satisfies(item -> assertThat(item.get("queueId").asString()).isEqualTo(billing));
        JsonNode transferred = workspace.supervisor().api().get("/api/v1/conversations/" + conversation + "/timeline").json()
                .valueStream().filter(entry -> entry.get("kind").asString().equals("transferred")).findFirst().orElseThrow();
        assertThat(transferred.get("detail").get("toQueueName").asString()).isEqualTo("Billing");
        assertThat(auditActions(workspace)).contains("routing.conversation_reassigned");
    }

    @Test
    void agentsCannotReassignAndBadRequestsAreProblems() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        pullOnlyDefaultQueue(workspace);
        String conversation = waitingChat(workspace, "visitor-1", "Ada");

        TestApi.Response byAgent = reassign(workspace.agent().api(), conversation, Map.of("agentId", workspace.agent().id().toString()));
        TestApi.Response noTarget = reassign(workspace.supervisor().api(), conversation, Map.of());
        TestApi.Response unknownAgent = reassign(workspace.supervisor().api(), conversation, Map.of("agentId", UUID.randomUUID().toString()));
        TestApi.Response otherWorkspace = reassign(workspaces.create().supervisor().api(), conversation,
                Map.of("agentId", workspace.agent().id().toString()));
        TestApi.Response longNote = reassign(workspace.supervisor().api(), conversation,
                Map.of("agentId", workspace.agent().id().toString(), "note", "x".repeat(5001)));

        assertThat(byAgent.status()).isEqualTo(403);
        assertThat(noTarget.status()).isEqualTo(400);
        assertThat(noTarget.header("Content-Type")).startsWith("application/problem+json");
        assertThat(unknownAgent.status()).isEqualTo(422);
        assertThat(otherWorkspace.status()).isEqualTo(404);
        assertThat(longNote.status()).isEqualTo(400);
        assertThat(longNote.body()).contains("note");
        assertThat(assignee(workspace, conversation)).isNull();
    }

    @Test
    void anAgentSeesWhereTheyMayTransferToQueuesAndWhoIsAvailable() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        workspace.admin().api().post("/api/v1/routing/queues", Map.of("name", "Billing"));
        presence.change(workspace.id(), workspace.supervisor().id(), PresenceStatus.AVAILABLE, null);

        JsonNode targets = workspace.agent().api().get("/api/v1/routing/transfer-targets").json();

        assertThat(targets.get("queues").findValuesAsString("name")).contains("Billing");
        Map<String, Boolean> available = new HashMap<>();
        targets.get("agents").forEach(agent -> available.put(agent.get("userId").asString(), agent.get("available").asBoolean()));
        assertThat(available).containsOnlyKeys(workspace.admin().id().toString(), workspace.supervisor().id().toString())
                .containsEntry(workspace.supervisor().id().toString(), true)
                .containsEntry(workspace.admin().id().toString(), false);
    }
}
