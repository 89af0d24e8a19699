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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** After-call work of a set length ({@code frontline.routing.after-call-work}, here 2 seconds). */
@IntegrationTest
@TestPropertySource(properties = "frontline.routing.after-call-work=PT2S")
class AfterCallWorkIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    Presence presence;

    @Autowired
    JdbcClient jdbc;

    /** A conversation on the channel, pulled by the agent with "get next" (the default queue is get-next only). */
    private String handledByAgent(TestWorkspaces.Workspace workspace, Channel channel, String from) {
        String conversation = workspaces.inbound(workspace, channel, Map.of("from", Map.of("address", from), "text", "Hello"));
        await().atMost(Duration.ofSeconds(10)).until(() -> workspace.agent().api().post("/api/v1/routing/next", Map.of()).status() == 200);
        assertThat(workspace.supervisor().api().get("/api/v1/conversations/" + conversation).json().get("assigneeId").asString())
                .isEqualTo(workspace.agent().id().toString());
        return conversation;
    }

    private static TestApi.Response resolve(TestWorkspaces.Workspace workspace, String conversation) {
        return workspace.agent().api().patch("/api/v1/conversations/" + conversation, Map.of("status", "RESOLVED"));
    }

    private PresenceStatus status(TestWorkspaces.Workspace workspace) {
        return presence.statusOf(workspace.id(), workspace.agent().id()).status();
    }

    @Test
    void anAgentWhoEndsACallWrapsUpForTheSetTimeAndIsAvailableAgain() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        presence.change(workspace.id(), workspace.agent().id(), PresenceStatus.AVAILABLE, null);
        String call = handledByAgent(workspace, Channel.VOICE, "+14155550101");

        assertThat(resolve(workspace, call).status()).isEqualTo(200);

        assertThat(status(workspace)).as("the wrap-up starts as the resolution commits").isEqualTo(PresenceStatus.AFTER_CALL_WORK);
        await().atMost(Duration.ofSeconds(10)).until(() -> status(workspace) == PresenceStatus.AVAILABLE);
    }

    @Test
    void endingAChatIsNoCallAndAnAgentWhoChoseAnotherStatusKeepsIt() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        presence.change(workspace.id(), workspace.agent().id(), PresenceStatus.AVAILABLE, null);
        String chat = handledByAgent(workspace, Channel.CHAT, "visitor-1");
        String call = handledByAgent(workspace, Channel.VOICE, "+14155550102");

        assertThat(resolve(workspace, chat).status()).isEqualTo(200);
        assertThat(status(workspace)).isEqualTo(PresenceStatus.AVAILABLE);

        assertThat(resolve(workspace, call).status()).isEqualTo(200);
        assertThat(status(workspace)).isEqualTo(PresenceStatus.AFTER_CALL_WORK);
        presence.change(workspace.id(), workspace.agent().id(), PresenceStatus.ON_BREAK, null);

        await().atMost(Duration.ofSeconds(10)).until(() -> wrapUpsIn(workspace) == 0);
        assertThat(status(workspace)).isEqualTo(PresenceStatus.ON_BREAK);
    }

    private long wrapUpsIn(TestWorkspaces.Workspace workspace) {
        return jdbc.sql("select count(*) from routing_after_call_work where workspace_id = ?").param(workspace.id().value())
                .query(Long.class).single();
    }
}
