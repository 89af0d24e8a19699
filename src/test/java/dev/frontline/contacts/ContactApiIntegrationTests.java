package dev.frontline.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.channels.Channel;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ContactApiIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    TestWorkspaces.Workspace workspace;
    TestApi agent;

    @BeforeEach
    void setUp() {
        workspace = workspaces.create();
        agent = workspace.agent().api();
    }

    private String inbound(Channel channel, String from, String text) {
        return agent.post("/api/v1/inboxes/" + workspace.inbox(channel) + "/inbound",
                Map.of("from", Map.of("address", from), "text", text)).json().get("conversationId").asString();
    }

    @Test
    void createsReadsUpdatesAndSearchesContacts() {
        TestApi.Response created = agent.post("/api/v1/contacts", Map.of("name", "김민준", "company", "서울테크",
                "language", "ko", "timezone", "Asia/Seoul", "tier", "vip", "lifetimeValue", 1200.50,
                "customAttributes", Map.of("plan", "enterprise"),
                "identities", List.of(Map.of("kind", "EMAIL", "value", "MinJun.Kim@Example.kr"),
                        Map.of("kind", "PHONE", "value", "+82 10-1234-5678"))));

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.json().get("identities").findValuesAsString("value"))
                .containsExactly("minjun.kim@example.kr", "+821012345678");

        JsonNode updated = agent.patch("/api/v1/contacts/" + id, Map.of("notes", "Prefers email",
                "customAttributes", Map.of("seats", 25))).json();
        assertThat(updated.get("notes").asString()).isEqualTo("Prefers email");
        assertThat(updated.get("customAttributes").get("plan").asString()).isEqualTo("enterprise");
        assertThat(updated.get("customAttributes").get("seats").asInt()).isEqualTo(25);
        assertThat(updated.get("name").asString()).isEqualTo("김민준");

        JsonNode found = agent.get("/api/v1/contacts?q=" + java.net.URLEncoder.encode("서울", java.nio.charset.StandardCharsets.UTF_8)).json();
        assertThat(found.get("items").findValuesAsString("id")).containsExactly(id);
        assertThat(agent.get("/api/v1/contacts?q=minjun.kim").json().get("items").findValuesAsString("id")).containsExactly(id);
    }

    @Test
    void anIdentityBelongsToOneContactPerWorkspace() {
        agent.post("/api/v1/contacts", Map.of("name", "A", "identities", List.of(Map.of("kind", "EMAIL", "value", "a@example.com"))));

        TestApi.Response duplicate = agent.post("/api/v1/contacts", Map.of("name", "B",
                "identities", List.of(Map.of("kind", "EMAIL", "value", "A@EXAMPLE.COM"))));
        TestApi.Response otherWorkspace = workspaces.create().agent().api().post("/api/v1/contacts", Map.of("name", "C",
                "identities", List.of(Map.of("kind", "EMAIL", "value", "a@example.com"))));

        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(otherWorkspace.status()).isEqualTo(201);
    }

    @Test
    void identitiesCanBeAddedAndRemoved() {
        String id = agent.post("/api/v1/contacts", Map.of("name", "A")).json().get("id").asString();

        assertThat(agent.post("/api/v1/contacts/" + id + "/identities", Map.of("kind", "WHATSAPP", "value", "+44 7700 900123"))
                .json().get("identities").findValuesAsString("value")).containsExactly("+447700900123");
        assertThat(agent.delete("/api/v1/contacts/" + id + "/identities/WHATSAPP/+447700900123")
                .json().get("identities")).isEmpty();
        assertThat(agent.post("/api/v1/contacts/" + id + "/identities", Map.of("kind", "CARRIER_PIGEON", "value", "x"))
                .status()).isEqualTo(400);
    }

    @Test
    void mergingMovesConversationsAndIdentitiesAndLosesNothing() {
        String chat = inbound(Channel.CHAT, "visitor-42", "Hi from chat");
        String email = inbound(Channel.EMAIL, "olivia@example.com", "Hi from email");
        String survivor = agent.get("/api/v1/conversations/" + chat).json().get("contactId").asString();
        String duplicate = agent.get("/api/v1/conversations/" + email).json().get("contactId").asString();
        agent.patch("/api/v1/contacts/" + survivor, Map.of("lifetimeValue", 100, "customAttributes", Map.of("plan", "pro")));
        agent.patch("/api/v1/contacts/" + duplicate, Map.of("name", "Olivia Bennett", "lifetimeValue", 50,
                "notes", "Called about invoice", "customAttributes", Map.of("plan", "free", "region", "EU")));

        assertThat(agent.post("/api/v1/contacts/" + survivor + "/merge", Map.of("mergeContactId", duplicate)).status())
                .as("agents may not merge").isEqualTo(403);
        TestApi.Response merged = workspace.supervisor().api().post("/api/v1/contacts/" + survivor + "/merge",
                Map.of("mergeContactId", duplicate));

        assertThat(merged.status()).isEqualTo(200);
        JsonNode contact = merged.json();
        assertThat(contact.get("name").asString()).isEqualTo("Olivia Bennett");
        assertThat(contact.get("lifetimeValue").decimalValue()).isEqualByComparingTo("150");
        assertThat(contact.get("notes").asString()).isEqualTo("Called about invoice");
        assertThat(contact.get("customAttributes").get("plan").asString()).isEqualTo("pro");
        assertThat(contact.get("customAttributes").get("region").asString()).isEqualTo("EU");
        assertThat(contact.get("identities").findValuesAsString("value")).containsExactlyInAnyOrder("visitor-42", "olivia@example.com");

        JsonNode overview = agent.get("/api/v1/contacts/" + survivor + "/overview").json();
        assertThat(overview.get("conversations").findValuesAsString("id")).containsExactlyInAnyOrder(chat, email);
        assertThat(agent.get("/api/v1/contacts/" + duplicate).json().get("mergedInto").asString()).isEqualTo(survivor);
        assertThat(agent.get("/api/v1/contacts/" + duplicate + "/overview").json().get("conversations")).isEmpty();

        String again = inbound(Channel.EMAIL, "olivia@example.com", "Another email");
        assertThat(agent.get("/api/v1/conversations/" + again).json().get("contactId").asString()).isEqualTo(survivor);
        assertThat(agent.get("/api/v1/conversations/" + email + "/timeline").json().findValuesAsString("kind"))
                .contains("contact_merged");
        assertThat(workspace.supervisor().api().post("/api/v1/contacts/" + survivor + "/merge",
                Map.of("mergeContactId", survivor)).status()).isEqualTo(422);
    }

    @Test
    void theCustomerOverviewShowsEveryConversationAcrossChannelsNewestFirstWithCounts() {
        String first = inbound(Channel.EMAIL, "noah@example.com", "first");
        String contact = agent.get("/api/v1/conversations/" + first).json().get("contactId").asString();
        agent.post("/api/v1/contacts/" + contact + "/identities", Map.of("kind", "PHONE", "value", "+15550001"));
        String second = inbound(Channel.SMS, "+1 555 0001", "second");
        String third = inbound(Channel.VOICE, "+15550001", "third");
        agent.patch("/api/v1/conversations/" + first, Map.of("status", "RESOLVED"));

        JsonNode overview = agent.get("/api/v1/contacts/" + contact + "/overview").json();

        assertThat(overview.get("contact").get("id").asString()).isEqualTo(contact);
        assertThat(overview.get("conversations").findValuesAsString("id")).containsExactly(third, second, first);
        assertThat(overview.get("conversations").findValuesAsString("channel")).containsExactly("voice", "sms", "email");
        assertThat(overview.get("countsByStatus").get("OPEN").asInt()).isEqualTo(2);
        assertThat(overview.get("countsByStatus").get("RESOLVED").asInt()).isEqualTo(1);
        assertThat(overview.get("countsByStatus").get("CLOSED").asInt()).isZero();
    }
}
