package dev.frontline.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.frontline.channels.Channel;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Deliveries to a real HTTP receiver on loopback. */
@IntegrationTest
class WebhookIntegrationTests {

    record Received(String signature, String event, String body) {
    }

    @Autowired
    TestWorkspaces workspaces;

    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresToSend = new AtomicInteger();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            int status = failuresToSend.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 204;
            if (status == 204) {
                received.add(new Received(exchange.getRequestHeaders().getFirst("Frontline-Signature"),
                        exchange.getRequestHeaders().getFirst("Frontline-Event"), body));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    /** Lets the workspace call the loopback receiver and subscribes it to the given event types. */
    private JsonNode subscribe(TestWorkspaces.Workspace workspace, String... eventTypes) {
        workspace.admin().api().put("/api/v1/webhook-settings", Map.of("allowPrivateNetwork", true));
        return workspace.admin().api().post("/api/v1/webhooks", Map.of("url", url(), "eventTypes", List.of(eventTypes)))
                .json();
    }

    private void customerWrites(TestWorkspaces.Workspace workspace, String text) {
        TestApi.Response response = workspace.agent().api().post("/api/v1/inboxes/" + workspace.inbox(Channel.CHAT) + "/inbound",
                Map.of("from", Map.of("address", "visitor-1"), "text", text));
        assertThat(response.status()).isIn(200, 201);
    }

    @Test
    void loopbackUrlsAreRefusedUntilAnAdminAllowsPrivateNetworks() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();
        Map<String, Object> webhook = Map.of("url", url(), "eventTypes", List.of("message.received"));

        TestApi.Response refused = admin.post("/api/v1/webhooks", webhook);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("private or local");
        assertThat(workspace.supervisor().api().put("/api/v1/webhook-settings", Map.of("allowPrivateNetwork", true)).status())
                .isEqualTo(403);

        admin.put("/api/v1/webhook-settings", Map.of("allowPrivateNetwork", true));

        assertThat(admin.post("/api/v1/webhooks", webhook).status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/webhooks", Map.of("url", "ftp://example.com", "eventTypes", List.of("*"))).status())
                .isEqualTo(422);
        assertThat(admin.post("/api/v1/webhooks", Map.of("url", url(), "eventTypes", List.of("Bad Type"))).status())
                .isEqualTo(400);
    }

    @Test
    void aSubscriptionMayNameOnlyEventTypesThatAreSent() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();
        admin.put("/api/v1/webhook-settings", Map.of("allowPrivateNetwork", true));

        List<String> types = admin.get("/api/v1/webhooks/event-types").json().valueStream().map(JsonNode::asString).toList();

        assertThat(types).contains("conversation.created", "message.received", "conversation_status.changed",
                "conversation_attributes.changed", "routing_offer.accepted", "sla.breached").doesNotContain("*");
        TestApi.Response neverSent = admin.post("/api/v1/webhooks",
                Map.of("url", url(), "eventTypes", List.of("message.received", "conversation.status_changed")));
        assertThat(neverSent.status()).isEqualTo(400);
        assertThat(neverSent.body()).contains("conversation.status_changed");
        assertThat(admin.post("/api/v1/webhooks", Map.of("url", url(), "eventTypes", types)).status()).isEqualTo(201);
        assertThat(workspace.agent().api().get("/api/v1/webhooks/event-types").status()).isEqualTo(403);
    }

    @Test
    void subscribedEventsAreDeliveredSignedWithTheWebhookSecret() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();
        JsonNode webhook = subscribe(workspace, "message.received", "conversation.created");
        String secret = webhook.get("secret").asString();
        assertThat(admin.get("/api/v1/webhooks").body()).doesNotContain(secret);

        customerWrites(workspace, "Hello, webhook");

        await().atMost(Duration.ofSeconds(15)).until(() -> received.size() == 2);
        assertThat(received).extracting(Received::event)
                .containsExactlyInAnyOrder("conversation.created", "message.received");
        for (Received delivery : received) {
            String[] parts = delivery.signature().split(",");
            long timestamp = Long.parseLong(parts[0].substring(2));
            assertThat(delivery.signature()).isEqualTo(WebhookSignature.sign(secret, timestamp, delivery.body()));
            JsonNode payload = TestApi.json().readTree(delivery.body());
            assertThat(payload.get("workspaceId").asString()).isEqualTo(workspace.id().toString());
            assertThat(payload.get("type").asString()).isEqualTo(delivery.event());
        }
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(admin.get("/api/v1/webhooks/" + webhook.get("id").asString() + "/deliveries").json()
                        .findValuesAsString("status")).containsOnly("delivered"));
    }

    @Test
    void theEventsSayWhichMessageOpenedTheConversation() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        subscribe(workspace, "message.received", "conversation.created");

        customerWrites(workspace, "Hello, webhook");
        await().atMost(Duration.ofSeconds(15)).until(() -> received.size() == 2);
        customerWrites(workspace, "Are you there?");
        await().atMost(Duration.ofSeconds(15)).until(() -> received.size() == 3);

        Map<String, List<JsonNode>> byEvent = new java.util.HashMap<>();
        for (Received delivery : received) {
            byEvent.computeIfAbsent(delivery.event(), event -> new java.util.ArrayList<>())
                    .add(TestApi.json().readTree(delivery.body()));
        }
        assertThat(byEvent.get("conversation.created")).singleElement()
                .satisfies(created -> assertThat(created.findValue("byCustomerMessage").asBoolean()).isTrue());
        assertThat(byEvent.get("message.received")).extracting(message -> message.findValue("startedConversation").asBoolean())
                .containsExactlyInAnyOrder(true, false);
    }

    @Test
    void aDestinationThatIsInternalWhenDeliveredIsRefusedByTheConnectingClientAndReceivesNothing() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();
        JsonNode webhook = subscribe(workspace, "message.received");
        admin.put("/api/v1/webhook-settings", Map.of("allowPrivateNetwork", false));

        customerWrites(workspace, "Hello, loopback");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode delivery = admin.get("/api/v1/webhooks/" + webhook.get("id").asString() + "/deliveries").json().get(0);
            assertThat(delivery.get("status").asString()).isEqualTo("failed");
            assertThat(delivery.get("lastError").asString()).contains("private or local");
        });
        assertThat(received).isEmpty();
    }

    @Test
    void aDeletedWebhookGetsNoFurtherEvents() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        String webhook = subscribe(workspace, "message.received").get("id").asString();
        customerWrites(workspace, "First");
        await().atMost(Duration.ofSeconds(15)).until(() -> received.size() == 1);

        assertThat(workspace.admin().api().delete("/api/v1/webhooks/" + webhook).status()).isEqualTo(204);
        customerWrites(workspace, "Second");
        subscribe(workspace, "message.received");
        customerWrites(workspace, "Third");

        // The deleted webhook misses "Second"; the new one, created after it, gets "Third" and only that.
        await().atMost(Duration.ofSeconds(15)).until(() -> received.size() == 2);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(3)).until(() -> received.size() == 2);
    }

    @Test
    void failedDeliveriesAreRetriedWithBackoffAndLogged() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();
        String webhook = subscribe(workspace, "message.received").get("id").asString();
        failuresToSend.set(2);

        customerWrites(workspace, "Retry me");

        await().atMost(Duration.ofSeconds(15)).until(() -> received.size() == 1);
        JsonNode log = admin.get("/api/v1/webhooks/" + webhook + "/deliveries").json();
        assertThat(log).hasSize(1);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            JsonNode delivery = admin.get("/api/v1/webhooks/" + webhook + "/deliveries").json().get(0);
            assertThat(delivery.get("status").asString()).isEqualTo("delivered");
            assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
            assertThat(delivery.get("lastStatusCode").asInt()).isEqualTo(204);
        });
    }

    @Test
    void aDeliveryThatKeepsFailingIsMarkedFailedAfterTheLastAttempt() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();
        String webhook = subscribe(workspace, "*").get("id").asString();
        failuresToSend.set(1000);

        customerWrites(workspace, "Nobody listens");

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode deliveries = admin.get("/api/v1/webhooks/" + webhook + "/deliveries").json();
            assertThat(deliveries.findValuesAsString("status")).isNotEmpty().containsOnly("failed");
            assertThat(deliveries.get(0).get("attempts").asInt()).isEqualTo(3);
            assertThat(deliveries.get(0).get("lastStatusCode").asInt()).isEqualTo(500);
        });
        assertThat(received).isEmpty();
    }
}
