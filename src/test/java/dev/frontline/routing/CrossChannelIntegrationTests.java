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
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** An agent on a call gets no chats (nor emails or messages) unless their routing profile allows it. */
@IntegrationTest
class CrossChannelIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    Presence presence;

    private static TestApi.Response chatDuringCalls(TestWorkspaces.Workspace workspace, boolean allowed) {
        return workspace.admin().api().put("/api/v1/routing/profiles/" + workspace.agent().id(), Map.of("chatDuringCalls", allowed,
                "capacity", Map.of("chat", 3, "email", 5, "messaging", 5, "voice", 1, "total", 6)));
    }

    private static void pushing(TestWorkspaces.Workspace workspace, boolean push) {
        TestApi admin = workspace.admin().api();
        String queue = admin.get("/api/v1/routing/queues").json().get(0).get("id").asString();
        assertThat(admin.put("/api/v1/routing/queues/" + queue, Map.of("name", "Default", "isDefault", true, "push", push))
                .status()).isEqualTo(200);
    }

    /** The member pulls the only waiting conversation with "get next" (the default queue is get-next only). */
    private String pulledBy(TestWorkspaces.Workspace workspace, TestWorkspaces.StaffAccount member, Channel channel, String from) {
        String conversation = workspaces.inbound(workspace, channel, Map.of("from", Map.of("address", from), "text", "Hello"));
        await().atMost(Duration.ofSeconds(10)).until(() -> member.api().post("/api/v1/routing/next", Map.of()).status() == 200);
        assertThat(assignee(workspace, conversation)).isEqualTo(member.id().toString());
        return conversation;
    }

    private String waitingChat(TestWorkspaces.Workspace workspace, String visitor) {
        String conversation = workspaces.inbound(workspace, Channel.CHAT, Map.of("from", Map.of("address", visitor), "text", "Hi"));
        await().atMost(Duration.ofSeconds(10)).until(() -> workspace.supervisor().api().get("/api/v1/routing/queued").json()
                .valueStream().anyMatch(item -> item.get("conversationId").asString().equals(conversation)));
        return conversation;
    }

    private static String assignee(TestWorkspaces.Workspace workspace, String conversation) {
        return workspace.supervisor().api().get("/api/v1/conversations/" + conversation).json().get("assigneeId").asString(null);
    }

    private static JsonNode offersOf(TestWorkspaces.Workspace workspace, String conversation) {
        return workspace.supervisor().api().get("/api/v1/routing/offers?conversationId=" + conversation).json();
    }

    @Test
    void getNextSkipsChatsDuringACallUnlessTheProfileAllowsThem() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        presence.change(workspace.id(), workspace.agent().id(), PresenceStatus.AVAILABLE, null);
        pulledBy(workspace, workspace.agent(), Channel.VOICE, "+14155550111");
        String chat = waitingChat(workspace, "visitor-1");

        TestApi.Response onTheCall = workspace.agent().api().post("/api/v1/routing/next", Map.of());
        assertThat(onTheCall.status()).isEqualTo(204);
        assertThat(workspace.agent().api().get("/api/v1/routing/profiles/" + workspace.agent().id()).json()
                .get("chatDuringCalls").asBoolean()).as("off by default").isFalse();

        assertThat(chatDuringCalls(workspace, true).json().get("chatDuringCalls").asBoolean()).isTrue();
        TestApi.Response allowed = workspace.agent().api().post("/api/v1/routing/next", Map.of());

        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.json().get("conversationId").asString()).isEqualTo(chat);
        assertThat(workspace.agent().api().get("/api/v1/routing/profiles/" + workspace.agent().id()).json()
                .get("chatDuringCalls").asBoolean()).isTrue();

        JsonNode withoutTheSwitches = workspace.admin().api().put("/api/v1/routing/profiles/" + workspace.agent().id(),
                Map.of("skills", Map.of("billing", 3),
                        "capacity", Map.of("chat", 3, "email", 5, "messaging", 5, "voice", 1, "total", 6))).json();
        assertThat(withoutTheSwitches.get("chatDuringCalls").asBoolean()).as("kept when left out").isTrue();
        assertThat(withoutTheSwitches.get("autoAccept").asBoolean()).isFalse();
    }

    @Test
    void aPushedChatPassesOverTheLongestIdleAgentWhileTheyAreOnACall() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        presence.change(workspace.id(), workspace.agent().id(), PresenceStatus.AVAILABLE, null);
        pulledBy(workspace, workspace.agent(), Channel.VOICE, "+14155550112");
        presence.change(workspace.id(), workspace.supervisor().id(), PresenceStatus.AVAILABLE, null);
        pulledBy(workspace, workspace.supervisor(), Channel.CHAT, "visitor-0"); // the agent is now the longest idle
        pushing(workspace, true);

        String chat = workspaces.inbound(workspace, Channel.CHAT, Map.of("from", Map.of("address", "visitor-1"), "text", "Hi"));

        JsonNode offers = await().atMost(Duration.ofSeconds(10)).until(() -> offersOf(workspace, chat), list -> !list.isEmpty());
        assertThat(offers).hasSize(1);
        assertThat(offers.get(0).get("agentId").asString()).isEqualTo(workspace.supervisor().id().toString());
    }

    @Test
    void anAgentAllowedChatsDuringCallsIsOfferedOneOnACall() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        chatDuringCalls(workspace, true);
        presence.change(workspace.id(), workspace.agent().id(), PresenceStatus.AVAILABLE, null);
        pulledBy(workspace, workspace.agent(), Channel.VOICE, "+14155550113");
        pushing(workspace, true);

        String chat = workspaces.inbound(workspace, Channel.CHAT, Map.of("from", Map.of("address", "visitor-1"), "text", "Hi"));

        JsonNode offers = await().atMost(Duration.ofSeconds(10)).until(() -> offersOf(workspace, chat), list -> !list.isEmpty());
        assertThat(offers.get(0).get("agentId").asString()).isEqualTo(workspace.agent().id().toString());
    }

    @Test
    void aChatCannotBeTransferredToAnAgentOnACall() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        presence.change(workspace.id(), workspace.agent().id(), PresenceStatus.AVAILABLE, null);
        pulledBy(workspace, workspace.agent(), Channel.VOICE, "+14155550115");
        presence.change(workspace.id(), workspace.supervisor().id(), PresenceStatus.AVAILABLE, null);
        String chat = pulledBy(workspace, workspace.supervisor(), Channel.CHAT, "visitor-1");

        TestApi.Response refused = workspace.supervisor().api().post("/api/v1/routing/transfers",
                Map.of("conversationId", chat, "agentId", workspace.agent().id().toString()));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("on a call");
        assertThat(assignee(workspace, chat)).isEqualTo(workspace.supervisor().id().toString());
    }

    @Test
    void aReassignmentToAnAgentOnACallIsRefusedUnlessForced() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        presence.change(workspace.id(), workspace.agent().id(), PresenceStatus.AVAILABLE, null);
        pulledBy(workspace, workspace.agent(), Channel.VOICE, "+14155550114");
        String chat = waitingChat(workspace, "visitor-1");
        Map<String, Object> toTheAgent = Map.of("conversationId", chat, "agentId", workspace.agent().id().toString());

        TestApi.Response refused = workspace.supervisor().api().post("/api/v1/routing/reassignments", toTheAgent);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("on a call");
        assertThat(assignee(workspace, chat)).isNull();

        TestApi.Response forced = workspace.supervisor().api().post("/api/v1/routing/reassignments",
                Map.of("conversationId", chat, "agentId", workspace.agent().id().toString(), "force", true));

        assertThat(forced.status()).isEqualTo(200);
        assertThat(forced.json().get("forced").asBoolean()).isTrue();
        assertThat(assignee(workspace, chat)).isEqualTo(workspace.agent().id().toString());
    }
}
