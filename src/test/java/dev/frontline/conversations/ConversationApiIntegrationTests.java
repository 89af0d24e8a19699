package dev.frontline.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.channels.Channel;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class ConversationApiIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    TestWorkspaces.Workspace workspace;
    TestApi agent;
    TestApi supervisor;

    @BeforeEach
    void setUp() {
        workspace = workspaces.create();
        agent = workspace.agent().api();
        supervisor = workspace.supervisor().api();
    }

    private String inbound(String from, String text) {
        return agent.post("/api/v1/inboxes/" + workspace.inbox(Channel.CHAT) + "/inbound",
                Map.of("from", Map.of("address", from), "text", text)).json().get("conversationId").asString();
    }

    private List<String> ids(TestApi.Response response) {
        assertThat(response.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    @Test
    void staffStartAConversationWithAFirstReply() {
        String contactId = agent.post("/api/v1/contacts", Map.of("name", "Liam Carter",
                "identities", List.of(Map.of("kind", "EMAIL", "value", "liam@example.com")))).json().get("id").asString();

        TestApi.Response created = agent.post("/api/v1/conversations", Map.of("inboxId",
                workspace.inbox(Channel.EMAIL), "contactId", contactId, "subject", "Your order", "priority", "HIGH",
                "message", Map.of("text", "Your order has shipped.")));

        assertThat(created.status()).isEqualTo(201);
        JsonNode conversation = created.json();
        assertThat(conversation.get("priority").asString()).isEqualTo("HIGH");
        assertThat(conversation.get("firstResponseAt").isNull()).isFalse();
        JsonNode messages = agent.get("/api/v1/conversations/" + conversation.get("id").asString() + "/messages").json();
        assertThat(messages.get(0).get("direction").asString()).isEqualTo("OUTBOUND");
        assertThat(messages.get(0).get("deliveryStatus").asString()).isEqualTo("sent");
    }

    @Test
    void startingWithAnUnknownInboxOrContactIsUnprocessable() {
        TestApi.Response response = agent.post("/api/v1/conversations", Map.of("inboxId", java.util.UUID.randomUUID(),
                "contactId", java.util.UUID.randomUUID()));

        assertThat(response.status()).isEqualTo(422);
    }

    @Test
    void replyingRecordsTheFirstResponseAndNotesStayInternalWithMentions() {
        String id = inbound("visitor-1", "My card was charged twice");

        TestApi.Response reply = agent.post("/api/v1/conversations/" + id + "/messages", Map.of("text", "Let me check."));
        String supervisorHandle = workspace.supervisor().email().substring(0, workspace.supervisor().email().indexOf('@'));
        TestApi.Response note = agent.post("/api/v1/conversations/" + id + "/notes",
                Map.of("text", "@" + supervisorHandle + " can you approve a refund?"));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(note.status()).isEqualTo(201);
        assertThat(note.json().get("internal").asBoolean()).isTrue();
        assertThat(note.json().get("mentions").get(0).asString()).isEqualTo(workspace.supervisor().id().toString());
        JsonNode conversation = agent.get("/api/v1/conversations/" + id).json();
        assertThat(conversation.get("firstResponseAt").asString()).isNotBlank();
        assertThat(agent.get("/api/v1/conversations/" + id + "/messages").json()).hasSize(3);
    }

    @Test
    void anEmptyReplyIsUnprocessableAndAnUnknownConversationIsNotFound() {
        String id = inbound("visitor-2", "hello");

        assertThat(agent.post("/api/v1/conversations/" + id + "/messages", Map.of()).status()).isEqualTo(422);
        assertThat(agent.post("/api/v1/conversations/" + java.util.UUID.randomUUID() + "/messages",
                Map.of("text", "hi")).status()).isEqualTo(404);
    }

    @Test
    void updatesStatusPriorityTagsAndAttributesAndRecordsTheTimeline() {
        String id = inbound("visitor-3", "Where is my parcel?");

        TestApi.Response updated = agent.patch("/api/v1/conversations/" + id, Map.of("status", "PENDING",
                "priority", "URGENT", "tags", List.of("Shipping", "vip"), "customAttributes", Map.of("order", "A-1001")));

        assertThat(updated.status()).isEqualTo(200);
        JsonNode conversation = updated.json();
        assertThat(conversation.get("status").asString()).isEqualTo("PENDING");
        assertThat(conversation.get("priority").asString()).isEqualTo("URGENT");
        assertThat(conversation.get("tags").toString()).isEqualTo("[\"shipping\",\"vip\"]");
        assertThat(conversation.get("customAttributes").get("order").asString()).isEqualTo("A-1001");
        assertThat(agent.get("/api/v1/conversations/" + id + "/timeline").json().findValuesAsString("kind"))
                .containsExactly("created", "status_changed", "priority_changed", "tags_changed");

        JsonNode retagged = agent.patch("/api/v1/conversations/" + id, Map.of("tags", List.of("vip", "refund"))).json();
        assertThat(retagged.get("tags").toString()).isEqualTo("[\"refund\",\"vip\"]");
        assertThat(agent.get("/api/v1/conversations/" + id).json().get("tags").toString()).isEqualTo("[\"refund\",\"vip\"]");
        assertThat(ids(agent.get("/api/v1/conversations?tag=shipping"))).isEmpty();
        assertThat(ids(agent.get("/api/v1/conversations?tag=refund"))).containsExactly(id);
    }

    @Test
    void illegalTransitionsAreUnprocessable() {
        String id = inbound("visitor-4", "hi");

        assertThat(agent.patch("/api/v1/conversations/" + id, Map.of("status", "SNOOZED")).status()).isEqualTo(422);
        agent.patch("/api/v1/conversations/" + id, Map.of("status", "CLOSED"));
        assertThat(agent.patch("/api/v1/conversations/" + id, Map.of("status", "OPEN")).status()).isEqualTo(422);
        assertThat(agent.patch("/api/v1/conversations/" + id, Map.of("status", "NOT_A_STATUS")).status()).isEqualTo(400);
    }

    @Test
    void agentsTakeConversationsThemselvesWhileSupervisorsAssignAnyone() {
        String id = inbound("visitor-5", "hi");
        String agentId = workspace.agent().id().toString();
        String supervisorId = workspace.supervisor().id().toString();

        assertThat(agent.put("/api/v1/conversations/" + id + "/assignment", Map.of("assigneeId", supervisorId)).status())
                .isEqualTo(403);
        assertThat(agent.put("/api/v1/conversations/" + id + "/assignment", Map.of("assigneeId", agentId)).status())
                .isEqualTo(200);
        assertThat(supervisor.put("/api/v1/conversations/" + id + "/assignment", Map.of("assigneeId", supervisorId))
                .json().get("assigneeId").asString()).isEqualTo(supervisorId);
        assertThat(agent.put("/api/v1/conversations/" + id + "/assignment", Map.of("assigneeId", agentId)).status())
                .as("an agent cannot take a conversation someone else owns").isEqualTo(403);
        assertThat(supervisor.put("/api/v1/conversations/" + id + "/assignment",
                Map.of("assigneeId", java.util.UUID.randomUUID())).status()).isEqualTo(422);
    }

    @Test
    void listsFilterByStatusAssigneeTagPriorityAndText() {
        String refund = inbound("visitor-6", "退款还没到账");
        String login = inbound("visitor-7", "로그인이 안 돼요");
        String shipping = inbound("visitor-8", "Where is my parcel?");
        agent.patch("/api/v1/conversations/" + refund, Map.of("tags", List.of("refund"), "priority", "HIGH"));
        agent.patch("/api/v1/conversations/" + login, Map.of("status", "PENDING"));
        agent.put("/api/v1/conversations/" + shipping + "/assignment", Map.of("assigneeId", workspace.agent().id().toString()));

        assertThat(ids(agent.get("/api/v1/conversations?status=PENDING"))).containsExactly(login);
        assertThat(ids(agent.get("/api/v1/conversations?assignee=me"))).containsExactly(shipping);
        assertThat(ids(agent.get("/api/v1/conversations?assignee=none"))).containsExactlyInAnyOrder(refund, login);
        assertThat(ids(agent.get("/api/v1/conversations?tag=refund"))).containsExactly(refund);
        assertThat(ids(agent.get("/api/v1/conversations?priority=HIGH"))).containsExactly(refund);
        assertThat(ids(agent.get("/api/v1/conversations?q=" + java.net.URLEncoder.encode("退款", java.nio.charset.StandardCharsets.UTF_8))))
                .containsExactly(refund);
        assertThat(ids(agent.get("/api/v1/conversations?q=" + java.net.URLEncoder.encode("로그인", java.nio.charset.StandardCharsets.UTF_8))))
                .containsExactly(login);
        assertThat(ids(agent.get("/api/v1/conversations?inbox=" + workspace.inbox(Channel.CHAT)))).hasSize(3);
        assertThat(agent.get("/api/v1/conversations?assignee=someone").status()).isEqualTo(400);
    }

    @Test
    void cursorPaginationWalksEveryConversationOnce() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(inbound("page-visitor-" + i, "message " + i));
        }
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = agent.get("/api/v1/conversations?limit=3" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.get("items").forEach(item -> seen.add(item.get("id").asString()));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(created.reversed());
        assertThat(agent.get("/api/v1/conversations?cursor=garbage").status()).isEqualTo(400);
        assertThat(agent.get("/api/v1/conversations?limit=0").status()).isEqualTo(400);
    }

    @Test
    void channelsReportDeliveryOfRepliesAndReceiptsNeverMoveBackwards() {
        String id = inbound("visitor-9", "Is my order on its way?");
        String reply = agent.post("/api/v1/conversations/" + id + "/messages", Map.of("text", "Yes, it ships today."))
                .json().get("id").asString();
        String note = agent.post("/api/v1/conversations/" + id + "/notes", Map.of("text", "checked the warehouse"))
                .json().get("id").asString();
        String delivery = "/api/v1/conversations/" + id + "/messages/" + reply + "/delivery";

        assertThat(agent.put(delivery, Map.of("status", "read")).json().get("deliveryStatus").asString()).isEqualTo("read");
        assertThat(agent.put(delivery, Map.of("status", "delivered")).json().get("deliveryStatus").asString())
                .as("a late 'delivered' receipt does not undo 'read'").isEqualTo("read");
        assertThat(agent.put(delivery, Map.of("status", "bounced")).status()).isEqualTo(400);
        assertThat(agent.put("/api/v1/conversations/" + id + "/messages/" + note + "/delivery", Map.of("status", "read"))
                .status()).isEqualTo(422);
        assertThat(agent.put("/api/v1/conversations/" + inbound("visitor-10", "x") + "/messages/" + reply + "/delivery",
                Map.of("status", "read")).status()).as("the message belongs to another conversation").isEqualTo(404);
    }
}
