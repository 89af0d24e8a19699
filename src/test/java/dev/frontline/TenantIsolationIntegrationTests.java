package dev.frontline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.channels.Channel;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Workspace B's admin tries every endpoint with workspace A's ids: every attempt is answered 404 (or
 * 403 where B's role is checked first) and nothing in A changes.
 */
@IntegrationTest
class TenantIsolationIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anotherWorkspaceCanNeitherSeeNorChangeAnything() {
        TestWorkspaces.Workspace a = workspaces.create();
        TestWorkspaces.Workspace b = workspaces.create();
        TestApi ownerA = a.admin().api();
        String inboxA = a.inbox(Channel.EMAIL).toString();
        var received = ownerA.post("/api/v1/inboxes/" + inboxA + "/inbound", Map.of("from", Map.of("address", "x@example.com"),
                "text", "secret", "attachments", List.of(Map.of("filename", "a.txt", "contentType", "text/plain",
                        "data", Base64.getEncoder().encodeToString("secret".getBytes())))))
                .json();
        String conversationA = received.get("conversationId").asString();
        String contactA = ownerA.get("/api/v1/conversations/" + conversationA).json().get("contactId").asString();
        String replyA = ownerA.post("/api/v1/conversations/" + conversationA + "/messages", Map.of("text", "reply"))
                .json().get("id").asString();
        String otherContactA = ownerA.post("/api/v1/contacts", Map.of("name", "Other")).json().get("id").asString();
        String attachmentA = ownerA.get("/api/v1/conversations/" + conversationA + "/messages").json()
                .get(0).get("attachments").get(0).get("id").asString();
        String teamA = ownerA.post("/api/v1/teams", Map.of("name", "Team A")).json().get("id").asString();
        String tokenA = ownerA.post("/api/v1/tokens", Map.of("name", "a")).json().get("id").asString();
        String webhookA = ownerA.put("/api/v1/webhook-settings", Map.of("allowPrivateNetwork", true)).status() == 200
                ? ownerA.post("/api/v1/webhooks", Map.of("url", "http://127.0.0.1:9/hook", "eventTypes", List.of("*")))
                        .json().get("id").asString()
                : null;
        String agentA = a.agent().id().toString();
        String viewA = ownerA.post("/api/v1/views", Map.of("name", "A shared", "shared", true)).json().get("id").asString();
        String cannedA = ownerA.post("/api/v1/canned-responses", Map.of("shortcut", "a", "title", "A", "body", "secret",
                "shared", true)).json().get("id").asString();
        ownerA.post("/api/v1/tags", Map.of("name", "secret-tag", "color", "#000000"));
        String attributeA = ownerA.post("/api/v1/attribute-definitions", Map.of("key", "secret_key", "label", "Secret",
                "type", "TEXT", "appliesTo", "CONVERSATION")).json().get("id").asString();
        a.agent().api().put("/api/v1/presence/me", Map.of("status", "AVAILABLE"));
        ownerA.post("/api/v1/users/invitations", Map.of("email", "invitee-" + a.id() + "@test.local",
                "displayName", "Invitee", "role", "AGENT"));
        String snapshot = snapshot(a);

        TestApi intruder = b.admin().api();
        Map<String, Object> text = Map.of("text", "intrusion");
        List<TestApi.Response> attempts = List.of(
                intruder.get("/api/v1/conversations/" + conversationA),
                intruder.patch("/api/v1/conversations/" + conversationA, Map.of("status", "CLOSED")),
                intruder.put("/api/v1/conversations/" + conversationA + "/assignment", Map.of("assigneeId", agentA)),
                intruder.get("/api/v1/conversations/" + conversationA + "/messages"),
                intruder.post("/api/v1/conversations/" + conversationA + "/messages", text),
                intruder.post("/api/v1/conversations/" + conversationA + "/notes", text),
                intruder.get("/api/v1/conversations/" + conversationA + "/timeline"),
                intruder.put("/api/v1/conversations/" + conversationA + "/messages/" + replyA + "/delivery",
                        Map.of("status", "failed")),
                intruder.get("/api/v1/contacts/" + contactA),
                intruder.patch("/api/v1/contacts/" + contactA, Map.of("name", "hijacked")),
                intruder.post("/api/v1/contacts/" + contactA + "/identities", Map.of("kind", "EMAIL", "value", "evil@example.com")),
                intruder.delete("/api/v1/contacts/" + contactA + "/identities/EMAIL/x@example.com"),
                intruder.post("/api/v1/contacts/" + contactA + "/merge", Map.of("mergeContactId", otherContactA)),
                intruder.get("/api/v1/contacts/" + contactA + "/overview"),
                intruder.get("/api/v1/contacts/" + contactA + "/export"),
                intruder.post("/api/v1/contacts/" + contactA + "/erase", Map.of()),
                intruder.get("/api/v1/attachments/" + attachmentA),
                intruder.get("/api/v1/inboxes/" + inboxA),
                intruder.patch("/api/v1/inboxes/" + inboxA, Map.of("name", "hijacked")),
                intruder.post("/api/v1/inboxes/" + inboxA + "/inbound", Map.of("from", Map.of("address", "x@example.com"), "text", "x")),
                intruder.post("/api/v1/inboxes/" + inboxA + "/inbound/batch", Map.of("messages",
                        List.of(Map.of("from", Map.of("address", "x@example.com"), "text", "x")))),
                intruder.put("/api/v1/users/" + agentA + "/password", Map.of("password", "hijacked password")),
                intruder.get("/api/v1/users/" + agentA),
                intruder.patch("/api/v1/users/" + agentA + "/role", Map.of("role", "ADMIN")),
                intruder.patch("/api/v1/users/" + agentA, Map.of("active", false, "displayName", "hijacked")),
                intruder.post("/api/v1/users/" + agentA + "/invitation", Map.of()),
                intruder.put("/api/v1/presence/" + agentA, Map.of("status", "OFFLINE")),
                intruder.patch("/api/v1/teams/" + teamA, Map.of("name", "hijacked")),
                intruder.delete("/api/v1/teams/" + teamA),
                intruder.get("/api/v1/teams/" + teamA + "/members"),
                intruder.put("/api/v1/teams/" + teamA + "/members/" + b.agent().id(), Map.of()),
                intruder.delete("/api/v1/teams/" + teamA + "/members/" + agentA),
                intruder.delete("/api/v1/tokens/" + tokenA),
                intruder.get("/api/v1/webhooks/" + webhookA + "/deliveries"),
                intruder.delete("/api/v1/webhooks/" + webhookA),
                intruder.put("/api/v1/conversations/" + conversationA + "/read", Map.of()),
                intruder.get("/api/v1/inbox?view=" + viewA),
                intruder.patch("/api/v1/views/" + viewA, Map.of("name", "hijacked")),
                intruder.delete("/api/v1/views/" + viewA),
                intruder.patch("/api/v1/canned-responses/" + cannedA, Map.of("body", "hijacked")),
                intruder.delete("/api/v1/canned-responses/" + cannedA),
                intruder.delete("/api/v1/tags/secret-tag"),
                intruder.patch("/api/v1/attribute-definitions/" + attributeA, Map.of("label", "hijacked")),
                intruder.delete("/api/v1/attribute-definitions/" + attributeA));

        assertThat(attempts).allSatisfy(response -> assertThat(response.status()).isIn(403, 404));
        assertThat(intruder.post("/api/v1/conversations", Map.of("inboxId", inboxA, "contactId", contactA)).status())
                .isEqualTo(422);

        assertThat(intruder.get("/api/v1/conversations").json().get("items")).isEmpty();
        assertThat(intruder.get("/api/v1/contacts").json().get("items")).isEmpty();
        assertThat(intruder.get("/api/v1/users").body()).doesNotContain(a.agent().email());
        assertThat(intruder.get("/api/v1/teams").body()).doesNotContain(teamA);
        assertThat(intruder.get("/api/v1/inboxes").body()).doesNotContain(inboxA);
        assertThat(intruder.get("/api/v1/webhooks").body()).doesNotContain(String.valueOf(webhookA));
        assertThat(intruder.get("/api/v1/audit-log").body()).doesNotContain(teamA);
        assertThat(intruder.get("/api/v1/conversations?contact=" + contactA).json().get("items")).isEmpty();
        assertThat(intruder.get("/api/v1/inbox?view=all&status=any").json().get("items")).isEmpty();
        assertThat(intruder.get("/api/v1/inbox/counts").json().get("all").asLong()).isZero();
        assertThat(intruder.get("/api/v1/views").json()).isEmpty();
        assertThat(intruder.get("/api/v1/canned-responses").json()).isEmpty();
        assertThat(intruder.get("/api/v1/tags").body()).doesNotContain("secret-tag");
        assertThat(intruder.get("/api/v1/attribute-definitions").json()).isEmpty();
        var bulk = intruder.post("/api/v1/conversations/bulk", Map.of("ids", List.of(conversationA), "action", "status",
                "status", "CLOSED")).json();
        assertThat(bulk.get("updated").asInt()).isZero();
        assertThat(bulk.get("failed").get(0).get("status").asInt()).isEqualTo(404);
        assertThat(intruder.get("/api/v1/presence").body()).doesNotContain(agentA);
        assertThat(intruder.get("/api/v1/teams/" + teamA + "/members").status()).isEqualTo(404);
        assertThat(intruder.patch("/api/v1/workspace", Map.of("name", "B renamed")).json().get("id").asString())
                .isEqualTo(b.id().toString());
        assertThat(intruder.get("/api/v1/workspace").json().get("id").asString()).isEqualTo(b.id().toString());

        assertThat(snapshot(a)).isEqualTo(snapshot);
    }

    /** Everything workspace A holds, as text, to prove nothing changed. */
    private String snapshot(TestWorkspaces.Workspace workspace) {
        StringBuilder all = new StringBuilder();
        for (String table : List.of("conversations", "messages", "contacts", "contact_identities", "users", "team_members",
                "api_tokens", "inboxes", "webhooks", "attachments", "timeline_entries", "teams", "workspaces",
                "agent_presence", "invitations", "conversation_reads", "saved_views", "canned_responses",
                "tag_definitions", "attribute_definitions")) {
            String scope = switch (table) {
                case "team_members" -> "team_id in (select id from teams where workspace_id = ?)";
                case "workspaces" -> "id = ?";
                default -> "workspace_id = ?";
            };
            all.append(table).append(jdbc.sql("select * from " + table + " where " + scope + " order by 1, 2")
                    .param(workspace.id().value()).query().listOfRows());
        }
        return all.toString();
    }
}
