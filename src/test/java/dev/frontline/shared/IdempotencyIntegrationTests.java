package dev.frontline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.channels.Channel;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class IdempotencyIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSameKeyTwiceCreatesOneMessageAndReplaysTheFirstAnswer() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        String conversation = workspace.agent().api().post("/api/v1/inboxes/" + workspace.inbox(Channel.CHAT) + "/inbound",
                Map.of("from", Map.of("address", "v-1"), "text", "hello")).json().get("conversationId").asString();
        TestApi withKey = workspace.agent().api().withHeader("Idempotency-Key", "reply-1");

        TestApi.Response first = withKey.post("/api/v1/conversations/" + conversation + "/messages", Map.of("text", "Hi!"));
        TestApi.Response replay = withKey.post("/api/v1/conversations/" + conversation + "/messages", Map.of("text", "Hi!"));

        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(jdbc.sql("select count(*) from messages where conversation_id = ? and direction = 'OUTBOUND'")
                .param(java.util.UUID.fromString(conversation)).query(Long.class).single()).isOne();
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefused() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi withKey = workspace.agent().api().withHeader("Idempotency-Key", "inbound-1");
        String inbound = "/api/v1/inboxes/" + workspace.inbox(Channel.CHAT) + "/inbound";

        assertThat(withKey.post(inbound, Map.of("from", Map.of("address", "v-2"), "text", "one")).status()).isEqualTo(201);
        TestApi.Response different = withKey.post(inbound, Map.of("from", Map.of("address", "v-2"), "text", "two"));

        assertThat(different.status()).isEqualTo(422);
        assertThat(different.header("Content-Type")).startsWith("application/problem+json");
        assertThat(jdbc.sql("select count(*) from messages where workspace_id = ?")
                .param(workspace.id().value()).query(Long.class).single()).isOne();
    }

    @Test
    void keysArePerCaller() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        String path = "/api/v1/conversations";
        Map<String, Object> invalid = Map.of("inboxId", java.util.UUID.randomUUID(), "contactId", java.util.UUID.randomUUID());

        TestApi.Response agentFirst = workspace.agent().api().withHeader("Idempotency-Key", "k").post(path, invalid);
        TestApi.Response supervisorSameKey = workspace.supervisor().api().withHeader("Idempotency-Key", "k").post(path, invalid);

        assertThat(agentFirst.status()).isEqualTo(422);
        assertThat(supervisorSameKey.status()).isEqualTo(422);
        assertThat(supervisorSameKey.header("Idempotent-Replayed")).isNull();
    }
}
