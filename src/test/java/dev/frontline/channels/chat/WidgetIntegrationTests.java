package dev.frontline.channels.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.frontline.channels.Channel;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestEventStream;
import dev.frontline.support.TestWorkspaces;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class WidgetIntegrationTests {

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

    private TestApi.Response session(String origin, Map<String, Object> body) {
        return workspaces.anonymous().withHeader("Origin", origin).post("/api/v1/widget/" + chat + "/session", body);
    }

    private void allowOnly(String... origins) {
        assertThat(workspace.admin().api().patch("/api/v1/inboxes/" + chat,
                Map.of("settings", Map.of("allowedOrigins", List.of(origins)))).status()).isEqualTo(200);
    }

    private String say(WidgetVisitorClient visitor, String id, String text) {
        visitor.send(Map.of("type", "message", "id", id, "text", text));
        return visitor.next("ack").get("conversationId").asString();
    }

    @Test
    void aNewVisitorGetsATokenAndAReturningOneTheirConversation() {
        TestApi.Response first = session(SHOP, Map.of());
        assertThat(first.status()).isEqualTo(200);
        String token = first.json().get("token").asString();
        assertThat(first.json().get("conversation").isNull()).isTrue();
        assertThat(first.json().get("inbox").get("name").asString()).isEqualTo("chat inbox");
        assertThat(jdbc.sql("select count(*) from chat_visitors where token_digest = ?").param(token)
                .query(Long.class).single()).as("only the digest is stored").isZero();

        try (WidgetVisitorClient visitor = WidgetVisitorClient.connect(workspaces.baseUrl(), token, SHOP)) {
            visitor.next("history");
            say(visitor, "m-1", "我的订单还没到");
        }
        TestApi.Response again = session(SHOP, Map.of("token", token));

        assertThat(again.json().get("token").asString()).isEqualTo(token);
        assertThat(again.json().get("conversation").get("status").asString()).isEqualTo("OPEN");
        assertThat(again.json().get("messages")).hasSize(1);
        assertThat(again.json().get("messages").get(0).get("text").asString()).isEqualTo("我的订单还没到");
        assertThat(again.json().get("messages").get(0).get("clientId").asString()).isEqualTo("m-1");
        assertThat(session(SHOP, Map.of("token", "not-a-token")).json().get("token").asString())
                .as("an unknown token starts a new visitor").isNotEqualTo(token);
    }

    @Test
    void onlyTheInboxsAllowedOriginsMayOpenTheWidget() {
        allowOnly("https://shop.example.com/");

        TestApi.Response foreign = session("https://evil.example", Map.of());
        TestApi.Response noOrigin = workspaces.anonymous().post("/api/v1/widget/" + chat + "/session", Map.of());
        TestApi.Response allowed = session(SHOP, Map.of());

        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.header("content-type")).startsWith("application/problem+json");
        assertThat(noOrigin.status()).isEqualTo(403);
        assertThat(allowed.status()).isEqualTo(200);
        assertThat(allowed.header("access-control-allow-origin")).isEqualTo(SHOP);
        String token = allowed.json().get("token").asString();
        assertThat(WidgetVisitorClient.refusal(workspaces.baseUrl(), token, "https://evil.example")).isNotNull();
        assertThat(WidgetVisitorClient.refusal(workspaces.baseUrl(), "forged", SHOP)).isNotNull();
        assertThat(WidgetVisitorClient.refusal(workspaces.baseUrl(), token, SHOP)).isNull();
    }

    @Test
    void onlyChatInboxesHaveAWidget() {
        TestApi.Response email = workspaces.anonymous().withHeader("Origin", SHOP)
                .post("/api/v1/widget/" + workspace.inbox(Channel.EMAIL) + "/session", Map.of());
        TestApi.Response unknown = workspaces.anonymous().withHeader("Origin", SHOP)
                .post("/api/v1/widget/" + UUID.randomUUID() + "/session", Map.of());

        assertThat(email.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
    }

    @Test
    void aVerifiedCustomersHistoryFollowsThemToAnotherDevice() {
        JsonNode setup = workspace.admin().api().get("/api/v1/inboxes/" + chat + "/widget").json();
        assertThat(setup.get("snippet").asString()).contains("/widget.js\" data-inbox=\"" + chat + "\" async");
        String secret = workspace.admin().api().post("/api/v1/inboxes/" + chat + "/widget/secret", Map.of())
                .json().get("secret").asString();
        Map<String, Object> identity = Map.of("userId", "cust-42", "userHash", WidgetSecrets.userHash(secret, "cust-42"));
        assertThat(workspace.agent().api().get("/api/v1/inboxes/" + chat + "/widget").status()).isEqualTo(403);

        String laptop = session(SHOP, Map.of("identity", identity)).json().get("token").asString();
        try (WidgetVisitorClient visitor = WidgetVisitorClient.connect(workspaces.baseUrl(), laptop, SHOP)) {
            visitor.next("history");
            say(visitor, "a1", "주문 취소하고 싶어요");
        }
        TestApi.Response phone = session(SHOP, Map.of("identity", identity));
        TestApi.Response forged = session(SHOP, Map.of("identity", Map.of("userId", "cust-42",
                "userHash", WidgetSecrets.userHash("guessed secret", "cust-42"))));
        TestApi.Response signedOut = session(SHOP, Map.of("token", laptop));

        assertThat(phone.status()).isEqualTo(200);
        assertThat(phone.json().get("token").asString()).isNotEqualTo(laptop);
        assertThat(phone.json().get("messages").get(0).get("text").asString()).isEqualTo("주문 취소하고 싶어요");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(signedOut.json().get("token").asString()).as("a verified token is not reused anonymously")
                .isNotEqualTo(laptop);
        assertThat(signedOut.json().get("messages")).isEmpty();
    }

    @Test
    void aVisitorsMessageIsStoredOnceAndTheAgentsReplyArrivesLiveWithoutNotes() throws Exception {
        String token = session(SHOP, Map.of()).json().get("token").asString();
        List<String> agentStream = TestEventStream.listen(workspaces.baseUrl(), workspace.agent().api().token());
        try (WidgetVisitorClient visitor = WidgetVisitorClient.connect(workspaces.baseUrl(), token, SHOP)) {
            assertThat(visitor.next("history").get("messages")).isEmpty();

            visitor.send(Map.of("type", "message", "id", "c-1", "text", "Where is my parcel?"));
            JsonNode ack = visitor.next("ack");
            visitor.send(Map.of("type", "message", "id", "c-1", "text", "Where is my parcel?"));
            JsonNode resent = visitor.next("ack");
            String conversation = ack.get("conversationId").asString();

            assertThat(ack.get("duplicate").asBoolean()).isFalse();
            assertThat(resent.get("duplicate").asBoolean()).isTrue();
            assertThat(resent.get("messageId")).isEqualTo(ack.get("messageId"));
            assertThat(workspace.agent().api().get("/api/v1/conversations/" + conversation + "/messages").json()).hasSize(1);
            JsonNode echoed = visitor.next("message");
            assertThat(echoed.get("message").get("from").asString()).isEqualTo("visitor");
            assertThat(echoed.get("message").get("clientId").asString()).isEqualTo("c-1");

            visitor.send(Map.of("type", "typing", "typing", true));
            await().atMost(Duration.ofSeconds(10)).until(() -> agentStream.contains("event:conversation.typing"));

            workspace.agent().api().post("/api/v1/conversations/" + conversation + "/notes", Map.of("text", "internal: VIP"));
            workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages", Map.of("text", "It ships today."));
            JsonNode reply = visitor.next("message");
            assertThat(reply.get("message").get("from").asString()).isEqualTo("agent");
            assertThat(reply.get("message").get("text").asString()).as("the note is never sent").isEqualTo("It ships today.");

            workspace.agent().api().post("/api/v1/conversations/" + conversation + "/typing", Map.of("typing", true));
            assertThat(visitor.next("typing").get("typing").asBoolean()).isTrue();
        }
        assertThat(jdbc.sql("select count(*) from messages where conversation_id in (select id from conversations"
                + " where inbox_id = ?) and direction = 'INBOUND'").param(chat).query(Long.class).single()).isOne();
    }

    @Test
    void aResolvedConversationCanBeRated() {
        String token = session(SHOP, Map.of()).json().get("token").asString();
        try (WidgetVisitorClient visitor = WidgetVisitorClient.connect(workspaces.baseUrl(), token, SHOP)) {
            visitor.next("history");
            String conversation = say(visitor, "r-1", "Thanks!");
            visitor.send(Map.of("type", "rating", "score", 5));
            assertThat(visitor.next("error").get("detail").asString()).contains("resolved");

            workspace.agent().api().patch("/api/v1/conversations/" + conversation, Map.of("status", "RESOLVED"));
            assertThat(visitor.next("status").get("status").asString()).isEqualTo("RESOLVED");
            visitor.send(Map.of("type", "rating", "score", 4, "comment", "快"));
            visitor.next("rated");

            JsonNode rating = workspace.agent().api().get("/api/v1/conversations/" + conversation + "/rating").json();
            assertThat(rating.get("score").asInt()).isEqualTo(4);
            assertThat(rating.get("comment").asString()).isEqualTo("快");
        }
    }

    @Test
    void theExpectedWaitIsTheMedianFirstResponseOfTheLastDay() {
        String token = session(SHOP, Map.of()).json().get("token").asString();
        try (WidgetVisitorClient visitor = WidgetVisitorClient.connect(workspaces.baseUrl(), token, SHOP)) {
            visitor.next("history");
            String conversation = say(visitor, "e-1", "hello");
            workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages", Map.of("text", "Hi!"));
            java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);

            jdbc.sql("update conversations set created_at = ?, first_response_at = ? where id = ?")
                    .params(now.minusHours(2), now.minusHours(2).plusMinutes(10), UUID.fromString(conversation)).update();
            assertThat(session(SHOP, Map.of()).json().get("expectedWaitSeconds").asLong()).isEqualTo(600);

            jdbc.sql("update conversations set created_at = ?, first_response_at = ? where id = ?")
                    .params(now.minusHours(30), now.minusHours(30).plusMinutes(10), UUID.fromString(conversation)).update();
            assertThat(session(SHOP, Map.of()).json().get("expectedWaitSeconds").isNull())
                    .as("older than a day, it says nothing").isTrue();
        }
    }

    @Test
    void withAgentsAtWorkTheExpectedWaitIsRoutingsEstimateForTheInboxsQueue() {
        String token = session(SHOP, Map.of()).json().get("token").asString();
        try (WidgetVisitorClient visitor = WidgetVisitorClient.connect(workspaces.baseUrl(), token, SHOP)) {
            visitor.next("history");
            String conversation = say(visitor, "r-1", "hello");
            workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages", Map.of("text", "Hi!"));
            java.time.OffsetDateTime now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
            jdbc.sql("update conversations set created_at = ?, first_response_at = ? where id = ?")
                    .params(now.minusHours(2), now.minusHours(2).plusMinutes(10), UUID.fromString(conversation)).update();
        }
        workspace.agent().api().put("/api/v1/presence/me", Map.of("status", "AVAILABLE"));
        try {
            JsonNode routing = workspace.supervisor().api().get("/api/v1/routing/expected-wait?inboxId="
                    + workspace.inbox(Channel.CHAT)).json();
            assertThat(routing.get("expectedWaitSeconds").isNumber()).as(routing.toString()).isTrue();

            JsonNode session = session(SHOP, Map.of()).json();

            assertThat(session.get("expectedWaitSeconds").asLong())
                    .isEqualTo(routing.get("expectedWaitSeconds").asLong())
                    .as("not the median first response").isNotEqualTo(600);
        } finally {
            workspace.agent().api().put("/api/v1/presence/me", Map.of("status", "OFFLINE"));
        }
    }

    @Test
    void theSessionShowsAnExpectedWaitFromRecentFirstResponses() {
        String token = session(SHOP, Map.of()).json().get("token").asString();
        try (WidgetVisitorClient visitor = WidgetVisitorClient.connect(workspaces.baseUrl(), token, SHOP)) {
            visitor.next("history");
            String conversation = say(visitor, "w-1", "hello");
            workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages", Map.of("text", "Hi!"));
        }

        JsonNode next = session(SHOP, Map.of()).json();

        assertThat(next.get("expectedWaitSeconds").isNumber()).isTrue();
        assertThat(next.get("agentsAvailable").isBoolean()).isTrue();
    }
}
