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

/** Agents whose routing profile says auto-accept get every pushed or transferred offer accepted at once. */
@IntegrationTest
class AutoAcceptIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    Presence presence;

    private static void pushingDefaultQueue(TestWorkspaces.Workspace workspace) {
        TestApi admin = workspace.admin().api();
        String queue = admin.get("/api/v1/routing/queues").json().get(0).get("id").asString();
        assertThat(admin.put("/api/v1/routing/queues/" + queue, Map.of("name", "Default", "isDefault", true, "push", true))
                .status()).isEqualTo(200);
    }

    private static TestApi.Response profile(TestWorkspaces.Workspace workspace, TestWorkspaces.StaffAccount member, boolean autoAccept) {
        return workspace.admin().api().put("/api/v1/routing/profiles/" + member.id(), Map.of("autoAccept", autoAccept,
                "capacity", Map.of("chat", 3, "email", 5, "messaging", 5, "voice", 1, "total", 6)));
    }

    private static JsonNode offersOf(TestWorkspaces.Workspace workspace, String conversation) {
        return workspace.supervisor().api().get("/api/v1/routing/offers?conversationId=" + conversation).json();
    }

    @Test
    void aPushedOfferToAnAutoAcceptingAgentIsAcceptedAndTheConversationIsTheirs() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        pushingDefaultQueue(workspace);
        TestApi.Response saved = profile(workspace, workspace.agent(), true);
        presence.change(workspace.id(), workspace.agent().id(), PresenceStatus.AVAILABLE, null);

        String conversation = workspaces.inbound(workspace, Channel.CHAT, Map.of("from", Map.of("address", "visitor-1"), "text", "Hi"));

        assertThat(saved.json().get("autoAccept").asBoolean()).isTrue();
        assertThat(workspace.agent().api().get("/api/v1/routing/profiles/" + workspace.agent().id()).json().get("autoAccept").asBoolean())
                .isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> workspace.supervisor().api().get("/api/v1/conversations/" + conversation)
                .json().get("assigneeId").asString(""), workspace.agent().id().toString()::equals);
        JsonNode offers = offersOf(workspace, conversation);
        assertThat(offers).hasSize(1);
        assertThat(offers.get(0).get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(offers.get(0).get("mode").asString()).isEqualTo("PUSH");
    }

    @Test
    void aTransferToAnAutoAcceptingAgentIsAcceptedToo() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        pushingDefaultQueue(workspace);
        presence.change(workspace.id(), workspace.agent().id(), PresenceStatus.AVAILABLE, null);
        String conversation = workspaces.inbound(workspace, Channel.CHAT, Map.of("from", Map.of("address", "visitor-1"), "text", "Hi"));
        JsonNode offer = await().atMost(Duration.ofSeconds(10)).until(() -> offersOf(workspace, conversation), list -> list.size() == 1).get(0);
        assertThat(offer.get("outcome").isNull()).as("without auto-accept the offer waits for the agent").isTrue();
        assertThat(workspace.agent().api().post("/api/v1/routing/offers/" + offer.get("id").asString() + "/accept", Map.of()).status())
                .isEqualTo(200);
        profile(workspace, workspace.supervisor(), true);
        presence.change(workspace.id(), workspace.supervisor().id(), PresenceStatus.AVAILABLE, null);

        TestApi.Response transferred = workspace.agent().api().post("/api/v1/routing/transfers",
                Map.of("conversationId", conversation, "agentId", workspace.supervisor().id().toString()));

        assertThat(transferred.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> workspace.supervisor().api().get("/api/v1/conversations/" + conversation)
                .json().get("assigneeId").asString(""), workspace.supervisor().id().toString()::equals);
        assertThat(offersOf(workspace, conversation).get(0).get("outcome").asString()).isEqualTo("ACCEPTED");
    }
}
