package dev.frontline.channels.messaging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.frontline.channels.messaging.MessagingTestSupport.awaitDelivery;
import static dev.frontline.channels.messaging.MessagingTestSupport.conversations;
import static dev.frontline.channels.messaging.MessagingTestSupport.messages;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.frontline.channels.Channel;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Meta's refusals on the outbox, against WireMock stand-ins of the Send API and the Cloud API: a rate limit (HTTP
 * 400 with a throttling code) is tried again and the reply goes out once; a permanent error fails the reply at
 * once with Meta's message for the agent; a {@code Retry-After} holds the next attempt back, and a customer's later
 * reply waits behind the one being retried. Replies to different customers go out at the same time.
 */
@IntegrationTest
class OutboundRetriesIntegrationTests {

    private static final String APP_SECRET = "retries-app-secret";
    private static final String PAGE_MESSAGES = "/v21.0/3001/messages";
    private static final String WHATSAPP_MESSAGES = "/v21.0/3065/messages";

    @RegisterExtension
    static WireMockExtension meta = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSendApiRateLimitIsRetriedAndTheReplyGoesOutOnce() {
        var workspace = workspaces.create();
        String conversation = messengerConversation(workspace);
        meta.stubFor(post(urlEqualTo(PAGE_MESSAGES)).inScenario("rate limit").whenScenarioStateIs(STARTED)
                .willReturn(metaError(400, 613, "(#613) Calls to this api have exceeded the rate limit."))
                .willSetStateTo("passed"));
        meta.stubFor(post(urlEqualTo(PAGE_MESSAGES)).inScenario("rate limit").whenScenarioStateIs("passed")
                .willReturn(json(200, "{\"recipient_id\": \"9001\", \"message_id\": \"m_AFTER_LIMIT\"}")));

        String reply = reply(workspace.agent().api(), conversation, "Thanks for waiting.");

        awaitDelivery(workspace.agent().api(), conversation, reply, "sent");
        meta.verify(2, postRequestedFor(urlEqualTo(PAGE_MESSAGES)));
        assertThat(outbox(reply)).containsEntry("attempts", 2).containsEntry("provider_message_id", "m_AFTER_LIMIT");
        assertThat(messages(workspace.agent().api(), conversation).size()).isEqualTo(2);
    }

    @Test
    void aBadParameterFailsTheReplyAtOnceWithMetasMessage() {
        var workspace = workspaces.create();
        String conversation = messengerConversation(workspace);
        meta.stubFor(post(urlEqualTo(PAGE_MESSAGES)).willReturn(metaError(400, 100,
                "(#100) The parameter recipient is required")));

        String reply = reply(workspace.agent().api(), conversation, "Hello?");

        awaitDelivery(workspace.agent().api(), conversation, reply, "failed");
        meta.verify(1, postRequestedFor(urlEqualTo(PAGE_MESSAGES)));
        assertThat(deliveryError(workspace.agent().api(), conversation, reply))
                .isEqualTo("HTTP 400: (#100) The parameter recipient is required");
    }

    @Test
    void aCloudApiThroughputLimitWaitsAsLongAsRetryAfterAsksThenSendsOnce() {
        var workspace = workspaces.create();
        String conversation = whatsAppConversation(workspace);
        meta.stubFor(post(urlEqualTo(WHATSAPP_MESSAGES)).inScenario("throughput").whenScenarioStateIs(STARTED)
                .willReturn(metaError(429, 130429, "Rate limit hit").withHeader("Retry-After", "2"))
                .willSetStateTo("passed"));
        meta.stubFor(post(urlEqualTo(WHATSAPP_MESSAGES)).inScenario("throughput").whenScenarioStateIs("passed")
                .willReturn(json(200, "{\"messages\": [{\"id\": \"wamid.AFTER_LIMIT\"}]}")));

        String reply = reply(workspace.agent().api(), conversation, "Your parcel left today.");

        awaitDelivery(workspace.agent().api(), conversation, reply, "sent");
        List<LoggedRequest> attempts = meta.findAll(postRequestedFor(urlEqualTo(WHATSAPP_MESSAGES)));
        assertThat(attempts).hasSize(2);
        // The outbox's own backoff in tests is 0.2 s: only the Retry-After explains a wait this long.
        assertThat(Duration.between(attempts.get(0).getLoggedDate().toInstant(),
                attempts.get(1).getLoggedDate().toInstant())).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        assertThat(outbox(reply)).containsEntry("provider_message_id", "wamid.AFTER_LIMIT");
    }

    @Test
    void aCustomersNextReplyWaitsForTheRetryOfTheOneBeforeItAndArrivesAfterIt() {
        var workspace = workspaces.create();
        String conversation = whatsAppConversation(workspace, "4915112345678");
        meta.stubFor(post(urlEqualTo(WHATSAPP_MESSAGES)).inScenario("order").whenScenarioStateIs(STARTED)
                .willReturn(metaError(429, 130429, "Rate limit hit")).willSetStateTo("passed"));
        meta.stubFor(post(urlEqualTo(WHATSAPP_MESSAGES)).inScenario("order").whenScenarioStateIs("passed")
                .willReturn(json(200, "{\"messages\": [{\"id\": \"wamid.IN_ORDER_" + UUID.randomUUID() + "\"}]}")));

        String first = reply(workspace.agent().api(), conversation, "First: your order is packed.");
        String second = reply(workspace.agent().api(), conversation, "Second: it leaves tomorrow.");

        awaitDelivery(workspace.agent().api(), conversation, first, "sent");
        awaitDelivery(workspace.agent().api(), conversation, second, "sent");
        assertThat(meta.findAll(postRequestedFor(urlEqualTo(WHATSAPP_MESSAGES))))
                .extracting(request -> request.getBodyAsString().contains("First:") ? "first" : "second")
                .containsExactly("first", "first", "second");
    }

    @Test
    void repliesToDifferentCustomersGoOutAtTheSameTime() {
        var workspace = workspaces.create();
        String ana = whatsAppConversation(workspace, "4915112340001");
        String ben = whatsAppConversation(workspace, "4915112340002");
        // The Cloud API stand-in takes 2 s to answer: one reply after the other, the second would arrive 2 s later.
        for (String number : List.of("4915112340001", "4915112340002")) {
            meta.stubFor(post(urlEqualTo(WHATSAPP_MESSAGES)).withRequestBody(containing(number))
                    .willReturn(json(200, "{\"messages\": [{\"id\": \"wamid.SIDE_BY_SIDE_" + number + "\"}]}")
                            .withFixedDelay(2000)));
        }

        String toAna = reply(workspace.agent().api(), ana, "Ana, your parcel left today.");
        String toBen = reply(workspace.agent().api(), ben, "Ben, your refund is on its way.");

        awaitDelivery(workspace.agent().api(), ana, toAna, "sent");
        awaitDelivery(workspace.agent().api(), ben, toBen, "sent");
        List<LoggedRequest> sends = meta.findAll(postRequestedFor(urlEqualTo(WHATSAPP_MESSAGES)));
        assertThat(sends).hasSize(2);
        assertThat(Duration.between(sends.get(0).getLoggedDate().toInstant(), sends.get(1).getLoggedDate().toInstant()).abs())
                .isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void aClosedReEngagementWindowFailsTheWhatsAppReplyWithTheCloudApisDetails() {
        var workspace = workspaces.create();
        String conversation = whatsAppConversation(workspace);
        meta.stubFor(post(urlEqualTo(WHATSAPP_MESSAGES)).willReturn(json(400, """
                {"error": {"message": "(#131047) Re-engagement message", "type": "OAuthException", "code": 131047,
                  "error_data": {"messaging_product": "whatsapp", "details": "More than 24 hours have passed since the recipient last replied to the sender number."},
                  "fbtrace_id": "Az8or2yhqkZfEZ-_4Qn_Bam"}}""")));

        String reply = reply(workspace.agent().api(), conversation, "Are you there?");

        awaitDelivery(workspace.agent().api(), conversation, reply, "failed");
        meta.verify(1, postRequestedFor(urlEqualTo(WHATSAPP_MESSAGES)));
        assertThat(deliveryError(workspace.agent().api(), conversation, reply)).isEqualTo("HTTP 400: (#131047) "
                + "Re-engagement message: More than 24 hours have passed since the recipient last replied to the sender number.");
    }

    private String messengerConversation(TestWorkspaces.Workspace workspace) {
        UUID inbox = workspace.inbox(Channel.MESSENGER);
        var configured = workspace.admin().api().patch("/api/v1/inboxes/" + inbox, Map.of("settings", Map.of(
                "messenger", Map.of("pageId", "3001", "pageAccessToken", "page-token", "appSecret", APP_SECRET,
                        "apiBaseUrl", meta.baseUrl()))));
        assertThat(configured.status()).as(configured.body()).isEqualTo(200);
        long now = Instant.now().toEpochMilli();
        signedPost("/webhooks/messenger/" + inbox, """
                {"object": "page", "entry": [{"id": "3001", "time": %d, "messaging": [{"sender": {"id": "9001"},
                  "recipient": {"id": "3001"}, "timestamp": %d, "message": {"mid": "m_Q_%s", "text": "Where is it?"}}]}]}"""
                .formatted(now, now, UUID.randomUUID()));
        return conversations(workspace.agent().api(), inbox).get(0).get("id").asString();
    }

    private String whatsAppConversation(TestWorkspaces.Workspace workspace) {
        return whatsAppConversation(workspace, "4915112345678");
    }

    /** The conversation a first WhatsApp message from {@code from} opens in the workspace's WhatsApp inbox. */
    private String whatsAppConversation(TestWorkspaces.Workspace workspace, String from) {
        UUID inbox = workspace.inbox(Channel.WHATSAPP);
        var configured = workspace.admin().api().patch("/api/v1/inboxes/" + inbox, Map.of("settings", Map.of(
                "whatsapp", Map.of("phoneNumberId", "3065", "accessToken", "wa-token", "appSecret", APP_SECRET,
                        "verifyToken", "v", "apiBaseUrl", meta.baseUrl()))));
        assertThat(configured.status()).as(configured.body()).isEqualTo(200);
        Set<String> before = ids(conversations(workspace.agent().api(), inbox));
        signedPost("/webhooks/whatsapp/" + inbox, """
                {"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{"field": "messages", "value": {
                  "messaging_product": "whatsapp", "metadata": {"phone_number_id": "3065"},
                  "messages": [{"from": "%s", "id": "wamid.Q_%s", "timestamp": "%d", "type": "text",
                                "text": {"body": "Where is it?"}}]}}]}]}"""
                .formatted(from, UUID.randomUUID(), Instant.now().getEpochSecond()));
        Set<String> opened = ids(conversations(workspace.agent().api(), inbox));
        opened.removeAll(before);
        assertThat(opened).hasSize(1);
        return opened.iterator().next();
    }

    private static Set<String> ids(tools.jackson.databind.JsonNode conversations) {
        Set<String> ids = new java.util.HashSet<>();
        conversations.forEach(conversation -> ids.add(conversation.get("id").asString()));
        return ids;
    }

    private static String reply(TestApi agent, String conversation, String text) {
        var reply = agent.post("/api/v1/conversations/" + conversation + "/messages", Map.of("text", text));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    private static String deliveryError(TestApi agent, String conversation, String reply) {
        return agent.get("/api/v1/conversations/" + conversation + "/delivery-errors").json().get(reply).asString();
    }

    private Map<String, Object> outbox(String reply) {
        return jdbc.sql("select attempts, provider_message_id from messaging_outbox where message_id = ?")
                .param(UUID.fromString(reply))
                .query((rs, n) -> Map.<String, Object>of("attempts", rs.getInt(1), "provider_message_id", rs.getString(2)))
                .single();
    }

    private void signedPost(String path, String body) {
        TestApi.Response response = workspaces.anonymous().withHeader("X-Hub-Signature-256",
                MetaSignature.compute(APP_SECRET, body.getBytes(StandardCharsets.UTF_8))).post(path, body);
        assertThat(response.status()).isEqualTo(200);
    }

    private static ResponseDefinitionBuilder metaError(int status, int code, String message) {
        return json(status, """
                {"error": {"message": "%s", "type": "OAuthException", "code": %d, "fbtrace_id": "AbC"}}"""
                .formatted(message, code));
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
