package dev.frontline.channels.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontline.channels.Channel;
import dev.frontline.realtime.LiveEvents;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The widget socket's protocol and runtime: authentication, rate limit, live delivery under load. */
@IntegrationTest
class WidgetSocketIntegrationTests {

    static final String SHOP = WidgetIntegrationTests.SHOP;

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    WidgetEventForwarder forwarder;

    @Autowired
    VisitorEchoes echoes;

    TestWorkspaces.Workspace workspace;
    UUID chat;

    @BeforeEach
    void setUp() {
        workspace = workspaces.create();
        chat = workspace.inbox(Channel.CHAT);
    }

    private String newVisitor() {
        return WidgetVisitorClient.newVisitor(workspaces, chat, SHOP);
    }

    private long storedVisitorMessages() {
        return jdbc.sql("select count(*) from messages where inbox_id = ? and direction = 'INBOUND'")
                .param(chat).query(Long.class).single();
    }

    @Test
    void anAgentsReplyReachesTheVisitorWhileManyOtherVisitorsAreBusy() throws Exception {
        String token = newVisitor();
        List<WidgetVisitorClient> others = new ArrayList<>();
        try (WidgetVisitorClient visitor = WidgetVisitorClient.connect(workspaces.baseUrl(), token, SHOP);
             ExecutorService busy = Executors.newVirtualThreadPerTaskExecutor()) {
            visitor.next("history");
            visitor.send(Map.of("type", "message", "id", "q-1", "text", "Is anyone there?"));
            String conversation = visitor.next("ack").get("conversationId").asString();
            for (int i = 0; i < 40; i++) {
                others.add(WidgetVisitorClient.connect(workspaces.baseUrl(), newVisitor(), SHOP));
            }
            List<CompletableFuture<Void>> chatting = others.stream().map(other -> CompletableFuture.runAsync(() -> {
                for (int m = 0; m < 8; m++) {
                    other.send(Map.of("type", "message", "id", "busy-" + m, "text", "Order " + m + "?"));
                }
                for (int m = 0; m < 8; m++) {
                    other.next("ack");
                }
            }, busy)).toList();

            long repliedAt = System.nanoTime();
            workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages", Map.of("text", "Yes, here!"));
            JsonNode reply = nextFrom(visitor, "agent");
            Duration took = Duration.ofNanos(System.nanoTime() - repliedAt);
            CompletableFuture.allOf(chatting.toArray(CompletableFuture[]::new)).join();

            assertThat(reply.get("message").get("text").asString()).isEqualTo("Yes, here!");
            assertThat(took).as("the reply is not stuck behind the other visitors' traffic").isLessThan(Duration.ofSeconds(5));
            assertThat(storedVisitorMessages()).isEqualTo(1 + 40 * 8);
        } finally {
            others.forEach(WidgetVisitorClient::close);
        }
    }

    @Test
    void aMessageSentFromTwoTabsAtOnceIsStoredOnce() {
        String token = newVisitor();
        try (WidgetVisitorClient one = WidgetVisitorClient.connect(workspaces.baseUrl(), token, SHOP);
             WidgetVisitorClient two = WidgetVisitorClient.connect(workspaces.baseUrl(), token, SHOP)) {
            // 2 x 4 frames: within the visitor's burst, which both tabs share.
            List<String> ids = IntStream.range(0, 4).mapToObj(i -> "twice-" + i).toList();

            CompletableFuture.allOf(
                    CompletableFuture.runAsync(() -> ids.forEach(id -> one.send(Map.of("type", "message", "id", id, "text", id)))),
                    CompletableFuture.runAsync(() -> ids.forEach(id -> two.send(Map.of("type", "message", "id", id, "text", id)))))
                    .join();
            Map<String, JsonNode> fromOne = acks(one, ids.size());
            Map<String, JsonNode> fromTwo = acks(two, ids.size());

            assertThat(storedVisitorMessages()).isEqualTo(ids.size());
            assertThat(ids).allSatisfy(id -> {
                assertThat(fromOne.get(id).get("messageId")).isEqualTo(fromTwo.get(id).get("messageId"));
                assertThat(fromOne.get(id).get("duplicate").asBoolean() ^ fromTwo.get(id).get("duplicate").asBoolean())
                        .as("exactly one of the two stored it").isTrue();
            });
        }
    }

    private static Map<String, JsonNode> acks(WidgetVisitorClient visitor, int count) {
        return IntStream.range(0, count).mapToObj(i -> visitor.next("ack"))
                .collect(Collectors.toMap(ack -> ack.get("id").asString(), ack -> ack));
    }

    @Test
    void aVisitorReceivesTheAgentsRepliesInTheOrderTheyWereWritten() {
        try (WidgetVisitorClient visitor = WidgetVisitorClient.connect(workspaces.baseUrl(), newVisitor(), SHOP)) {
            visitor.next("history");
            visitor.send(Map.of("type", "message", "id", "o-1", "text", "Tell me everything"));
            String conversation = visitor.next("ack").get("conversationId").asString();
            TestApi agent = workspace.agent().api();

            IntStream.range(0, 15).forEach(i ->
                    agent.post("/api/v1/conversations/" + conversation + "/messages", Map.of("text", "part " + i)));
            agent.patch("/api/v1/conversations/" + conversation, Map.of("status", "RESOLVED"));

            List<String> received = IntStream.range(0, 15)
                    .mapToObj(i -> nextFrom(visitor, "agent").get("message").get("text").asString()).toList();
            assertThat(received).containsExactlyElementsOf(IntStream.range(0, 15).mapToObj(i -> "part " + i).toList());
            assertThat(visitor.next("status").get("status").asString()).isEqualTo("RESOLVED");
        }
    }

    @Test
    void aVisitorsMessageReachesTheirOtherTabExactlyAsStored() {
        String token = newVisitor();
        try (WidgetVisitorClient laptopTab = WidgetVisitorClient.connect(workspaces.baseUrl(), token, SHOP);
             WidgetVisitorClient otherTab = WidgetVisitorClient.connect(workspaces.baseUrl(), token, SHOP)) {
            laptopTab.next("history");
            otherTab.next("history");

            laptopTab.send(Map.of("type", "message", "id", "t-1", "text", "  Ist mein Paket unterwegs? 📦 "));
            JsonNode ack = laptopTab.next("ack");
            JsonNode echoed = otherTab.next("message");

            JsonNode stored = workspaces.anonymous().withHeader("Origin", SHOP)
                    .post("/api/v1/widget/" + chat + "/session", Map.of("token", token)).json().get("messages").get(0);
            assertThat(echoed.get("conversationId")).isEqualTo(ack.get("conversationId"));
            assertThat(echoed.get("message")).isEqualTo(stored);
            assertThat(stored.get("id")).isEqualTo(ack.get("messageId"));
            assertThat(stored.get("clientId").asString()).isEqualTo("t-1");
        }
    }

    @Test
    void theEchoOfAMessageSentThroughThisNodeIsNotReadBackFromTheDatabase() {
        try (WidgetVisitorClient visitor = WidgetVisitorClient.connect(workspaces.baseUrl(), newVisitor(), SHOP)) {
            visitor.next("history");
            visitor.send(Map.of("type", "message", "id", "e-1", "text", "first"));
            String conversation = visitor.next("ack").get("conversationId").asString();
            visitor.next("message");
            UUID contact = jdbc.sql("select contact_id from conversations where id = ?")
                    .param(UUID.fromString(conversation)).query(UUID.class).single();
            UUID notStored = UUID.randomUUID();
            echoes.expect("chat:visitor:x:e-2", new VisitorEchoes.Echo("e-2", "kept in memory"));

            forwarder.route(new LiveEvents.Committed(workspace.id(), "message.received", TestApi.json().writeValueAsString(
                    Map.of("conversationId", conversation, "messageId", notStored, "inboxId", chat, "contactId", contact,
                            "externalId", "chat:visitor:x:e-2", "receivedAt", "2026-11-25T10:00:00.123456Z"))));

            JsonNode echoed = visitor.next("message").get("message");
            assertThat(echoed.get("id").asString()).isEqualTo(notStored.toString());
            assertThat(echoed.get("text").asString()).isEqualTo("kept in memory");
            assertThat(echoed.get("clientId").asString()).isEqualTo("e-2");
            assertThat(echoed.get("createdAt").asString()).isEqualTo("2026-11-25T10:00:00.123456Z");
        }
    }

    @Test
    void theTokenIsNoLongerAcceptedInTheUrl() {
        String token = newVisitor();

        assertThatThrownBy(() -> WidgetVisitorClient.open(
                workspaces.baseUrl().replaceFirst("^http", "ws") + "/api/v1/widget/socket?token=" + token, SHOP))
                .isInstanceOf(CompletionException.class)
                .hasCauseInstanceOf(WebSocketHandshakeException.class)
                .satisfies(refused -> assertThat(((WebSocketHandshakeException) refused.getCause()).getResponse()
                        .statusCode()).isEqualTo(400));
    }

    @Test
    void aSocketThatNeverAuthenticatesIsClosed() {
        try (WidgetVisitorClient silent = WidgetVisitorClient.open(workspaces.baseUrl())) {
            assertThat(silent.closedBy(Duration.ofSeconds(10)).code()).isEqualTo(WidgetSocket.AUTH_TIMEOUT_CODE);
        }
    }

    @Test
    void aWrongTokenOrAnotherFirstFrameIsClosedAsUnauthenticated() {
        try (WidgetVisitorClient forged = WidgetVisitorClient.open(workspaces.baseUrl());
             WidgetVisitorClient hasty = WidgetVisitorClient.open(workspaces.baseUrl())) {
            forged.send(Map.of("type", "auth", "token", "forged"));
            hasty.send(Map.of("type", "message", "id", "x", "text", "hello"));

            WidgetVisitorClient.Closed wrongToken = forged.closedBy(Duration.ofSeconds(10));
            assertThat(wrongToken.code()).isEqualTo(WidgetSocket.UNAUTHENTICATED_CODE);
            assertThat(wrongToken.reason()).isEqualTo("Unknown visitor token.");
            assertThat(hasty.closedBy(Duration.ofSeconds(10)).code()).isEqualTo(WidgetSocket.UNAUTHENTICATED_CODE);
        }
        assertThat(storedVisitorMessages()).isZero();
    }

    @Test
    void aTokenUsedFromASiteTheInboxDoesNotAllowIsClosed() {
        String token = newVisitor();
        assertThat(workspace.admin().api().patch("/api/v1/inboxes/" + chat,
                Map.of("settings", Map.of("allowedOrigins", List.of(SHOP)))).status()).isEqualTo(200);

        try (WidgetVisitorClient foreign = WidgetVisitorClient.open(
                workspaces.baseUrl().replaceFirst("^http", "ws") + "/api/v1/widget/socket", "https://evil.example")) {
            foreign.send(Map.of("type", "auth", "token", token));

            assertThat(foreign.closedBy(Duration.ofSeconds(10)).code()).isEqualTo(WidgetSocket.FORBIDDEN_ORIGIN_CODE);
        }
    }

    @Test
    void aVisitorOverTheRateLimitIsToldAndNotStoredAndAnAbusiveOneIsDisconnected() {
        try (WidgetVisitorClient visitor = WidgetVisitorClient.connect(workspaces.baseUrl(), newVisitor(), SHOP)) {
            visitor.next("history");
            for (int i = 0; i < 12; i++) {
                visitor.send(Map.of("type", "message", "id", "r-" + i, "text", "again " + i));
            }
            visitor.send(Map.of("type", "ping"));
            // Frames are handled in order, so every message has been answered before the pong.
            List<JsonNode> answers = visitor.framesBefore("pong");

            List<JsonNode> refused = answers.stream().filter(f -> f.get("type").asString().equals("error")).toList();
            long acknowledged = answers.stream().filter(f -> f.get("type").asString().equals("ack")).count();
            assertThat(acknowledged + refused.size()).isEqualTo(12);
            assertThat(refused).isNotEmpty().allSatisfy(error ->
                    assertThat(error.get("detail").asString()).startsWith("Too many messages"));
            assertThat(storedVisitorMessages()).as("a refused message is not stored").isEqualTo(acknowledged);
            assertThat(visitor.isOpen()).as("a refused message does not close the socket").isTrue();

            for (int i = 0; i < 40 && visitor.trySend(Map.of("type", "typing", "typing", true)); i++) {
                // keeps sending past the limit until the server hangs up
            }
            assertThat(visitor.closedBy(Duration.ofSeconds(10)).code()).isEqualTo(WidgetSocket.TOO_MANY_CODE);
        }
    }

    /** The next {@code message} frame written by {@code from} (skipping the visitor's own echoes). */
    private static JsonNode nextFrom(WidgetVisitorClient visitor, String from) {
        while (true) {
            JsonNode frame = visitor.next("message");
            if (from.equals(frame.get("message").get("from").asString())) {
                return frame;
            }
        }
    }
}
