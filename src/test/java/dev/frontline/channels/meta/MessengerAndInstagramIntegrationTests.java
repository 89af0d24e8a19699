package dev.frontline.channels.meta;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.frontline.channels.messaging.MessagingTestSupport.awaitDelivery;
import static dev.frontline.channels.messaging.MessagingTestSupport.conversations;
import static dev.frontline.channels.messaging.MessagingTestSupport.messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.frontline.channels.Channel;
import dev.frontline.channels.messaging.MetaSignature;
import dev.frontline.shared.Timestamps;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Messenger and Instagram inboxes against a WireMock stand-in of Meta's Graph API: the verification handshake,
 * signed webhooks in Meta's format (messages, media, postbacks, echoes, delivery and read watermarks), replies
 * through the Send API, the 24-hour window and the HUMAN_AGENT tag after it.
 */
@IntegrationTest
class MessengerAndInstagramIntegrationTests {

    private static final String PAGE_ID = "104556132408981";
    private static final String IG_ACCOUNT_ID = "17841405822304914";
    private static final String APP_SECRET = "app-secret-" + UUID.randomUUID();
    private static final String PAGE_TOKEN = "EAAB-page-token-" + UUID.randomUUID();
    private static final String PAGE_MESSAGES = "/v21.0/" + PAGE_ID + "/messages";
    private static final String IG_MESSAGES = "/v21.0/" + IG_ACCOUNT_ID + "/messages";

    @RegisterExtension
    static WireMockExtension graph = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theHandshakeEchoesTheChallengeForTheGeneratedVerifyTokenTheAdminSees() {
        var workspace = workspaces.create();
        UUID inbox = configureMessenger(workspace.admin().api(), workspace.inbox(Channel.MESSENGER));
        JsonNode shown = workspace.admin().api().get("/api/v1/inboxes/" + inbox).json().get("settings").get("messenger");
        String verifyToken = shown.get("verifyToken").asString();
        String path = "/webhooks/messenger/" + inbox + "?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=";

        TestApi.Response good = workspaces.anonymous().get(path + verifyToken);
        TestApi.Response bad = workspaces.anonymous().get(path + "guess");
        JsonNode urls = workspace.admin().api().get("/api/v1/inboxes/" + inbox + "/webhooks").json();

        assertThat(verifyToken).hasSizeGreaterThanOrEqualTo(20);
        assertThat(shown.get("pageAccessTokenSet").asBoolean()).isTrue();
        assertThat(shown.has("pageAccessTokenCiphertext")).isFalse();
        assertThat(good.status()).isEqualTo(200);
        assertThat(good.body()).isEqualTo("1158201444");
        assertThat(bad.status()).isEqualTo(403);
        assertThat(urls.get("messages").asString()).endsWith("/webhooks/messenger/" + inbox);
    }

    @Test
    void aBadSignatureIsRefusedAndStoresNothing() {
        var workspace = workspaces.create();
        UUID inbox = configureMessenger(workspace.admin().api(), workspace.inbox(Channel.MESSENGER));
        String body = page(messageEvent("6834792136543210", "m_FORGED", "\"text\": \"forged\""));

        TestApi.Response unsigned = workspaces.anonymous().post("/webhooks/messenger/" + inbox, body);
        TestApi.Response wrongSecret = workspaces.anonymous()
                .withHeader("X-Hub-Signature-256", MetaSignature.compute("not-the-secret", bytes(body)))
                .post("/webhooks/messenger/" + inbox, body);
        TestApi.Response otherBody = workspaces.anonymous()
                .withHeader("X-Hub-Signature-256", MetaSignature.compute(APP_SECRET, bytes(body)))
                .post("/webhooks/messenger/" + inbox, body.replace("forged", "changed"));

        assertThat(List.of(unsigned.status(), wrongSecret.status(), otherBody.status())).containsOnly(403);
        assertThat(jdbc.sql("select count(*) from messages where inbox_id = ?").param(inbox).query(Long.class).single())
                .isZero();
    }

    @Test
    void aMessengerMessageIsStoredOnceTheReplyGoesOutAndItsEchoAndWatermarksAreHandled() {
        var workspace = workspaces.create();
        UUID inbox = configureMessenger(workspace.admin().api(), workspace.inbox(Channel.MESSENGER));
        String psid = "6834792136543210";
        graph.stubFor(get(urlPathEqualTo("/v21.0/" + psid)).withQueryParam("fields", equalTo("first_name,last_name"))
                .withHeader("Authorization", equalTo("Bearer " + PAGE_TOKEN))
                .willReturn(okJson("{\"first_name\": \"Ada\", \"last_name\": \"Lovelace\", \"id\": \"" + psid + "\"}")));
        graph.stubFor(post(urlEqualTo(PAGE_MESSAGES)).willReturn(okJson(
                "{\"recipient_id\": \"" + psid + "\", \"message_id\": \"m_OUT1\"}")));

        String body = page(messageEvent(psid, "m_IN1", "\"text\": \"Where is my parcel?\""));
        assertThat(notify(Channel.MESSENGER, inbox, body).status()).isEqualTo(200);
        assertThat(notify(Channel.MESSENGER, inbox, body).status()).isEqualTo(200);

        JsonNode list = conversations(workspace.agent().api(), inbox);
        assertThat(list.size()).isEqualTo(1);
        String conversation = list.get(0).get("id").asString();
        assertThat(messages(workspace.agent().api(), conversation).size()).isEqualTo(1);
        JsonNode contact = awaitName(workspace.agent().api(), list.get(0).get("contactId").asString(), "Ada Lovelace");
        assertThat(contact.toString()).contains("MESSENGER").contains(psid);
        JsonNode composer = workspace.agent().api().get("/api/v1/conversations/" + conversation + "/messaging").json();
        assertThat(composer.get("channel").asString()).isEqualTo("messenger");
        assertThat(composer.get("windowOpen").asBoolean()).isTrue();
        assertThat(composer.get("humanAgentTag").asBoolean()).isFalse();

        String reply = workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("text", "It is on its way.")).json().get("id").asString();
        awaitDelivery(workspace.agent().api(), conversation, reply, "sent");
        graph.verify(1, postRequestedFor(urlEqualTo(PAGE_MESSAGES))
                .withHeader("Authorization", equalTo("Bearer " + PAGE_TOKEN))
                .withRequestBody(equalToJson("""
                        {"recipient": {"id": "%s"}, "messaging_type": "RESPONSE",
                         "message": {"text": "It is on its way.", "metadata": "frontline:%s"}}""".formatted(psid, reply))));

        notify(Channel.MESSENGER, inbox, page(echoEvent(psid, "m_OUT1", "It is on its way.", "frontline:" + reply)));
        notify(Channel.MESSENGER, inbox, page(echoEvent(psid, "m_ELSEWHERE", "Sent from Business Suite", null)));
        assertThat(messages(workspace.agent().api(), conversation).size()).isEqualTo(2);

        long now = Instant.now().plusSeconds(1).toEpochMilli();
        notify(Channel.MESSENGER, inbox, page(event(psid, "\"delivery\": {\"watermark\": " + now + "}")));
        awaitDelivery(workspace.agent().api(), conversation, reply, "delivered");
        notify(Channel.MESSENGER, inbox, page(event(psid, "\"read\": {\"watermark\": " + now + "}")));
        awaitDelivery(workspace.agent().api(), conversation, reply, "read");
        notify(Channel.MESSENGER, inbox, page(event(psid, "\"delivery\": {\"mids\": [\"m_OUT1\"], \"watermark\": " + now + "}")));
        assertThat(awaitDelivery(workspace.agent().api(), conversation, reply, "read")).isNotNull();
    }

    @Test
    void imagesAreFetchedIntoAttachmentsAndAPostbackIsStoredWithItsTitle() {
        var workspace = workspaces.create();
        UUID inbox = configureMessenger(workspace.admin().api(), workspace.inbox(Channel.MESSENGER));
        String psid = "7034792136543211";
        graph.stubFor(get(urlEqualTo("/cdn/v/t1.15752-9/box_photo.png?stp=dst-png&oh=abc"))
                .willReturn(aResponse().withHeader("Content-Type", "image/png").withBody("PNGBYTES")));

        notify(Channel.MESSENGER, inbox, page(messageEvent(psid, "m_IMG", """
                "attachments": [{"type": "image", "payload": {"url": "%s/cdn/v/t1.15752-9/box_photo.png?stp=dst-png&oh=abc"}},
                                {"type": "location", "payload": {"coordinates": {"lat": 52.52, "long": 13.40}}}]"""
                .formatted(graph.baseUrl()))));
        notify(Channel.MESSENGER, inbox, page(event(psid, """
                "postback": {"mid": "m_POSTBACK", "title": "Track my order", "payload": "TRACK_ORDER"}""")));

        String conversation = conversations(workspace.agent().api(), inbox).get(0).get("id").asString();
        JsonNode thread = messages(workspace.agent().api(), conversation);
        assertThat(thread.size()).isEqualTo(2);
        JsonNode image = thread.get(0);
        assertThat(image.get("attachments").size()).isEqualTo(1);
        assertThat(image.get("attachments").get(0).get("filename").asString()).isEqualTo("box_photo.png");
        assertThat(image.get("attachments").get(0).get("contentType").asString()).isEqualTo("image/png");
        assertThat(image.get("attachments").get(0).get("size").asLong()).isEqualTo("PNGBYTES".length());
        assertThat(image.get("text").asString()).contains("[location]");
        assertThat(thread.get(1).get("text").asString()).isEqualTo("Track my order");
        assertThat(thread.get(1).get("metadata").get("messenger").get("payload").asString()).isEqualTo("TRACK_ORDER");
    }

    @Test
    void afterTwentyFourHoursAReplyIsTaggedHumanAgentAndAfterSevenDaysItIsRefused() {
        var workspace = workspaces.create();
        UUID inbox = configureMessenger(workspace.admin().api(), workspace.inbox(Channel.MESSENGER));
        String psid = "7134792136543212";
        graph.stubFor(post(urlEqualTo(PAGE_MESSAGES)).willReturn(okJson("{\"message_id\": \"m_TAGGED\"}")));
        notify(Channel.MESSENGER, inbox, page(messageEvent(psid, "m_OLD", "\"text\": \"Hello\"")));
        String conversation = conversations(workspace.agent().api(), inbox).get(0).get("id").asString();
        lastWrote(inbox, Instant.now().minus(3, ChronoUnit.DAYS));

        JsonNode composer = workspace.agent().api().get("/api/v1/conversations/" + conversation + "/messaging").json();
        var tagged = workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("text", "Sorry for the wait."));
        awaitDelivery(workspace.agent().api(), conversation, tagged.json().get("id").asString(), "sent");
        lastWrote(inbox, Instant.now().minus(8, ChronoUnit.DAYS));
        var tooLate = workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("text", "Are you still there?"));

        assertThat(composer.get("windowOpen").asBoolean()).isFalse();
        assertThat(composer.get("humanAgentTag").asBoolean()).isTrue();
        assertThat(composer.get("freeTextAllowed").asBoolean()).isTrue();
        graph.verify(1, postRequestedFor(urlEqualTo(PAGE_MESSAGES)).withRequestBody(equalToJson("""
                {"recipient": {"id": "%s"}, "messaging_type": "MESSAGE_TAG", "tag": "HUMAN_AGENT",
                 "message": {"text": "Sorry for the wait.", "metadata": "${json-unit.any-string}"}}""".formatted(psid))));
        assertThat(tooLate.status()).isEqualTo(422);
        assertThat(tooLate.header("Content-Type")).startsWith("application/problem+json");
        assertThat(tooLate.json().get("detail").asString()).contains("7 days");
    }

    @Test
    void aRefusalOfTheSendApiFailsTheReplyWithMetasError() {
        var workspace = workspaces.create();
        UUID inbox = configureMessenger(workspace.admin().api(), workspace.inbox(Channel.MESSENGER));
        String psid = "7234792136543213";
        graph.stubFor(post(urlEqualTo(PAGE_MESSAGES)).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"message": "(#551) This person isn't available right now.", "type": "OAuthException",
                                   "code": 551, "error_subcode": 1545041, "fbtrace_id": "AbC"}}""")));
        notify(Channel.MESSENGER, inbox, page(messageEvent(psid, "m_Q", "\"text\": \"Hi\"")));
        String conversation = conversations(workspace.agent().api(), inbox).get(0).get("id").asString();

        String reply = workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("text", "Hello!")).json().get("id").asString();

        awaitDelivery(workspace.agent().api(), conversation, reply, "failed");
        JsonNode errors = workspace.agent().api().get("/api/v1/conversations/" + conversation + "/delivery-errors").json();
        TestApi.Response elsewhere = workspaces.create().agent().api()
                .get("/api/v1/conversations/" + conversation + "/delivery-errors");

        assertThat(errors.get(reply).asString()).endsWith("(#551/1545041) This person isn't available right now.");
        assertThat(elsewhere.status()).isEqualTo(404);
    }

    @Test
    void aDeliveryReportThatOvertakesTheSendApisAnswerIsAppliedWhenTheIdLands() {
        var workspace = workspaces.create();
        UUID inbox = configureMessenger(workspace.admin().api(), workspace.inbox(Channel.MESSENGER));
        String psid = "7334792136543214";
        graph.stubFor(post(urlEqualTo(PAGE_MESSAGES)).willReturn(okJson("{\"message_id\": \"m_SLOW\"}")
                .withFixedDelay(1500)));
        notify(Channel.MESSENGER, inbox, page(messageEvent(psid, "m_HI", "\"text\": \"Hi\"")));
        String conversation = conversations(workspace.agent().api(), inbox).get(0).get("id").asString();

        String reply = workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("text", "Hello!")).json().get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() ->
                !graph.findAll(postRequestedFor(urlEqualTo(PAGE_MESSAGES))).isEmpty());
        notify(Channel.MESSENGER, inbox, page(event(psid, "\"delivery\": {\"mids\": [\"m_SLOW\"]}")));

        assertThat(awaitDelivery(workspace.agent().api(), conversation, reply, "delivered")).isNotNull();
        assertThat(jdbc.sql("select count(*) from messaging_early_reports where inbox_id = ?").param(inbox)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anInstagramMessageOpensAConversationTheReplyGoesOutAndAReadByMidUpdatesItsReceipt() {
        var workspace = workspaces.create();
        UUID inbox = workspace.inbox(Channel.INSTAGRAM);
        var configured = workspace.admin().api().patch("/api/v1/inboxes/" + inbox, Map.of("settings", Map.of(
                "instagram", Map.of("accountId", IG_ACCOUNT_ID, "pageAccessToken", PAGE_TOKEN, "appSecret", APP_SECRET,
                        "verifyToken", "my-own-verify-token", "apiBaseUrl", graph.baseUrl()))));
        assertThat(configured.status()).as(configured.body()).isEqualTo(200);
        String igsid = "1254459154682919";
        graph.stubFor(get(urlPathEqualTo("/v21.0/" + igsid)).willReturn(okJson("{\"name\": \"Minji Kim\", \"username\": \"minji\"}")));
        graph.stubFor(post(urlEqualTo(IG_MESSAGES)).willReturn(okJson("{\"recipient_id\": \"" + igsid
                + "\", \"message_id\": \"aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQx\"}")));
        String verify = workspaces.anonymous().get("/webhooks/instagram/" + inbox
                + "?hub.mode=subscribe&hub.challenge=42&hub.verify_token=my-own-verify-token").body();

        String text = """
                {"object": "instagram", "entry": [{"id": "%s", "time": %d, "messaging": [
                  {"sender": {"id": "%s"}, "recipient": {"id": "%s"}, "timestamp": %d,
                   "message": {"mid": "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxIN", "text": "안녕하세요"}}]}]}"""
                .formatted(IG_ACCOUNT_ID, now(), igsid, IG_ACCOUNT_ID, now());
        assertThat(notify(Channel.INSTAGRAM, inbox, text).status()).isEqualTo(200);
        assertThat(notify(Channel.MESSENGER, workspace.inbox(Channel.MESSENGER), text).status())
                .as("an Instagram inbox's webhook is not a Messenger inbox's").isEqualTo(404);
        String conversation = conversations(workspace.agent().api(), inbox).get(0).get("id").asString();
        String reply = workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("text", "무엇을 도와드릴까요?")).json().get("id").asString();
        awaitDelivery(workspace.agent().api(), conversation, reply, "sent");
        notify(Channel.INSTAGRAM, inbox, """
                {"object": "instagram", "entry": [{"id": "%s", "time": %d, "messaging": [
                  {"sender": {"id": "%s"}, "recipient": {"id": "%s"}, "timestamp": %d,
                   "read": {"mid": "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQx"}}]}]}"""
                .formatted(IG_ACCOUNT_ID, now(), igsid, IG_ACCOUNT_ID, now()));

        assertThat(verify).isEqualTo("42");
        JsonNode contact = awaitName(workspace.agent().api(),
                conversations(workspace.agent().api(), inbox).get(0).get("contactId").asString(), "Minji Kim");
        assertThat(contact.toString()).contains("INSTAGRAM");
        graph.verify(1, postRequestedFor(urlEqualTo(IG_MESSAGES))
                .withHeader("Authorization", equalTo("Bearer " + PAGE_TOKEN))
                .withRequestBody(equalToJson("""
                        {"recipient": {"id": "%s"}, "messaging_type": "RESPONSE", "message": {"text": "무엇을 도와드릴까요?"}}"""
                        .formatted(igsid)))
                .withRequestBody(matchingJsonPath("$.message[?(!@.metadata)]")));
        awaitDelivery(workspace.agent().api(), conversation, reply, "read");
    }

    @Test
    void theProfileNameIsLookedUpAfterTheStoreAndAFailedLookupIsTriedAgainLater() {
        var workspace = workspaces.create();
        UUID inbox = configureMessenger(workspace.admin().api(), workspace.inbox(Channel.MESSENGER));
        String psid = "6934792136549999";
        graph.stubFor(get(urlPathEqualTo("/v21.0/" + psid)).willReturn(aResponse().withStatus(500)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\": {\"message\": \"An unexpected error has occurred.\", \"code\": 2}}")));

        assertThat(notify(Channel.MESSENGER, inbox, page(messageEvent(psid, "m_FIRST", "\"text\": \"Hello?\""))).status())
                .isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                graph.verify(1, getRequestedFor(urlPathEqualTo("/v21.0/" + psid))));
        JsonNode list = conversations(workspace.agent().api(), inbox);
        String contactId = list.get(0).get("contactId").asString();
        assertThat(workspace.agent().api().get("/api/v1/contacts/" + contactId).json().path("name").isNull()).isTrue();
        assertThat(messages(workspace.agent().api(), list.get(0).get("id").asString()).size()).isEqualTo(1);

        // The Graph API recovers: the timed retry (1 s, 2 s, 4 s in tests) names the customer without a new message.
        graph.stubFor(get(urlPathEqualTo("/v21.0/" + psid)).willReturn(okJson(
                "{\"first_name\": \"Grace\", \"last_name\": \"Hopper\", \"id\": \"" + psid + "\"}")));
        awaitName(workspace.agent().api(), contactId, "Grace Hopper");
        int lookups = graph.findAll(getRequestedFor(urlPathEqualTo("/v21.0/" + psid))).size();
        assertThat(lookups).isBetween(2, 4);

        // Named now: later messages cost no lookup.
        notify(Channel.MESSENGER, inbox, page(messageEvent(psid, "m_SECOND", "\"text\": \"Thanks!\"")));
        assertThat(messages(workspace.agent().api(), list.get(0).get("id").asString()).size()).isEqualTo(2);
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                graph.verify(lookups, getRequestedFor(urlPathEqualTo("/v21.0/" + psid))));
    }

    private static JsonNode awaitName(TestApi api, String contactId, String name) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/contacts/" + contactId).json(),
                contact -> name.equals(contact.path("name").asString("")));
    }

    private UUID configureMessenger(TestApi admin, UUID inbox) {
        var response = admin.patch("/api/v1/inboxes/" + inbox, Map.of("settings", Map.of("messenger", Map.of(
                "pageId", PAGE_ID, "pageAccessToken", PAGE_TOKEN, "appSecret", APP_SECRET,
                "apiBaseUrl", graph.baseUrl()))));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(PAGE_TOKEN).doesNotContain(APP_SECRET);
        return inbox;
    }

    private void lastWrote(UUID inbox, Instant at) {
        jdbc.sql("update messaging_numbers set last_inbound_at = ? where inbox_id = ?")
                .params(Timestamps.sql(at), inbox).update();
    }

    private TestApi.Response notify(Channel channel, UUID inbox, String body) {
        return workspaces.anonymous().withHeader("X-Hub-Signature-256", MetaSignature.compute(APP_SECRET, bytes(body)))
                .post("/webhooks/" + channel.id() + "/" + inbox, body);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder okJson(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

    private static String messageEvent(String psid, String mid, String messageFields) {
        return event(psid, "\"message\": {\"mid\": \"%s\", %s}".formatted(mid, messageFields));
    }

    private static String echoEvent(String psid, String mid, String text, String metadata) {
        return """
                {"sender": {"id": "%s"}, "recipient": {"id": "%s"}, "timestamp": %d,
                 "message": {"is_echo": true, "app_id": 1517776481860111, %s "mid": "%s", "text": "%s"}}"""
                .formatted(PAGE_ID, psid, now(), metadata == null ? "" : "\"metadata\": \"" + metadata + "\",", mid, text);
    }

    private static String event(String psid, String fields) {
        return "{\"sender\": {\"id\": \"%s\"}, \"recipient\": {\"id\": \"%s\"}, \"timestamp\": %d, %s}"
                .formatted(psid, PAGE_ID, now(), fields);
    }

    /** Messenger's notification envelope around one page entry's messaging events. */
    private static String page(String... events) {
        return "{\"object\": \"page\", \"entry\": [{\"id\": \"%s\", \"time\": %d, \"messaging\": [%s]}]}"
                .formatted(PAGE_ID, now(), String.join(",", events));
    }

    private static long now() {
        return Instant.now().toEpochMilli();
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
