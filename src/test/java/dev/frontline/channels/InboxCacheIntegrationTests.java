package dev.frontline.channels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The per-node inbox cache: a change on this node is seen at once, and an inbox stays its workspace's only. */
@IntegrationTest
class InboxCacheIntegrationTests {

    private static final byte[] EMAIL = """
            From: Ada <ada@customer.example>
            To: support@acme.test
            Subject: Hello
            Message-ID: <cache-%s@customer.example>

            Hello!
            """.formatted(UUID.randomUUID()).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void aRenamedInboxIsSeenAtOnceByReadsAndByInboundMessages() {
        var workspace = workspaces.create();
        UUID inbox = workspace.inbox(Channel.EMAIL);
        var api = workspace.admin().api();
        assertThat(api.sendBytes("POST", "/api/v1/inboxes/" + inbox + "/email", EMAIL, "message/rfc822").status())
                .isEqualTo(201); // the inbox is cached now

        assertThat(api.patch("/api/v1/inboxes/" + inbox, Map.of("name", "Renamed support")).status()).isEqualTo(200);

        assertThat(api.get("/api/v1/inboxes/" + inbox).json().get("name").asString()).isEqualTo("Renamed support");
        String conversation = api.get("/api/v1/conversations?inbox=" + inbox).json().get("items").get(0).get("id")
                .asString();
        assertThat(api.get("/api/v1/conversations/" + conversation).status()).isEqualTo(200);
    }

    @Test
    void anInboxCachedForItsWorkspaceIsNotFoundFromAnother() {
        var owner = workspaces.create();
        var other = workspaces.create();
        UUID inbox = owner.inbox(Channel.EMAIL);
        assertThat(owner.admin().api().get("/api/v1/inboxes/" + inbox).status()).isEqualTo(200);

        assertThat(other.admin().api().get("/api/v1/inboxes/" + inbox).status()).isEqualTo(404);
        assertThat(other.admin().api().sendBytes("POST", "/api/v1/inboxes/" + inbox + "/email", EMAIL,
                "message/rfc822").status()).isEqualTo(404);
        assertThat(other.admin().api().patch("/api/v1/inboxes/" + inbox, Map.of("name", "Taken")).status())
                .isEqualTo(404);
        assertThat(owner.admin().api().get("/api/v1/inboxes/" + inbox).json().get("name").asString())
                .isNotEqualTo("Taken");
    }
}
