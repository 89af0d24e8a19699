package dev.frontline.channels.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.channels.Channel;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class WidgetSecretsIntegrationTests {

    static final String SHOP = "https://shop.example.com";

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    TestWorkspaces.Workspace workspace;
    UUID chat;

    @BeforeEach
    void setUp() {
        workspace = workspaces.create();
        chat = workspace.inbox(Channel.CHAT);
    }

    private int signIn(String secret, String userId) {
        return workspaces.anonymous().withHeader("Origin", SHOP).post("/api/v1/widget/" + chat + "/session",
                Map.of("identity", Map.of("userId", userId, "userHash", WidgetSecrets.userHash(secret, userId)))).status();
    }

    private String storedSecret() {
        return jdbc.sql("select secret from chat_inbox_secrets where inbox_id = ?").param(chat).query(String.class).single();
    }

    private String rotate() {
        TestApi.Response rotated = workspace.admin().api().post("/api/v1/inboxes/" + chat + "/widget/secret", Map.of());
        assertThat(rotated.status()).isEqualTo(200);
        return rotated.json().get("secret").asString();
    }

    @Test
    void theSecretIsStoredEncryptedAndShownOnlyWhenCreated() {
        assertThat(workspace.admin().api().get("/api/v1/inboxes/" + chat + "/widget").json()
                .get("identitySecretSet").asBoolean()).isFalse();
        assertThat(signIn("anything", "cust-1")).as("no secret, no verified visitors").isEqualTo(403);

        String secret = rotate();
        JsonNode setup = workspace.admin().api().get("/api/v1/inboxes/" + chat + "/widget").json();

        assertThat(setup.get("identitySecretSet").asBoolean()).isTrue();
        assertThat(setup.toString()).doesNotContain(secret);
        assertThat(storedSecret()).startsWith("v1:").doesNotContain(secret);
        assertThat(signIn(secret, "cust-1")).isEqualTo(200);
        assertThat(workspace.agent().api().post("/api/v1/inboxes/" + chat + "/widget/secret", Map.of()).status())
                .isEqualTo(403);
    }

    @Test
    void afterARotationThePreviousSecretVerifiesUntilTheGracePeriodEnds() {
        String old = rotate();
        String fresh = rotate();

        assertThat(fresh).isNotEqualTo(old);
        assertThat(signIn(fresh, "cust-2")).isEqualTo(200);
        assertThat(signIn(old, "cust-2")).as("in the grace period").isEqualTo(200);
        assertThat(workspace.admin().api().get("/api/v1/inboxes/" + chat + "/widget").json()
                .get("previousSecretValidUntil").isNull()).isFalse();

        jdbc.sql("update chat_inbox_secrets set previous_valid_until = ? where inbox_id = ?")
                .params(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1), chat).update();

        assertThat(signIn(old, "cust-2")).as("after the grace period").isEqualTo(403);
        assertThat(signIn(fresh, "cust-2")).isEqualTo(200);
    }

    @Test
    void aSecretStoredInPlaintextBeforeEncryptionStillVerifiesAndIsSealedOnFirstRead() {
        jdbc.sql("insert into chat_inbox_secrets (inbox_id, workspace_id, secret, created_at) values (?, ?, ?, ?)")
                .params(chat, workspace.id().value(), "legacy-plaintext-secret", OffsetDateTime.now(ZoneOffset.UTC)).update();

        assertThat(signIn("legacy-plaintext-secret", "cust-3")).isEqualTo(200);
        assertThat(storedSecret()).startsWith("v1:").doesNotContain("legacy-plaintext-secret");
        assertThat(signIn("legacy-plaintext-secret", "cust-3")).isEqualTo(200);
    }
}
