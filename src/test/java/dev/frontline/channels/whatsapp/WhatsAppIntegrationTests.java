package dev.frontline.channels.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.frontline.channels.messaging.MessagingTestSupport.awaitDelivery;
import static dev.frontline.channels.messaging.MessagingTestSupport.conversations;
import static dev.frontline.channels.messaging.MessagingTestSupport.form;
import static dev.frontline.channels.messaging.MessagingTestSupport.messages;
import static dev.frontline.channels.messaging.MessagingTestSupport.multi;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.frontline.channels.Channel;
import dev.frontline.channels.messaging.MetaSignature;
import dev.frontline.channels.sms.TwilioSignature;
import dev.frontline.shared.Timestamps;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.nio.charset.StandardCharsets;
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
 * A WhatsApp inbox against a WireMock stand-in of the WhatsApp Cloud API: the verification handshake, signed
 * webhooks in (text, media, statuses), replies out, the 24-hour window and templates.
 */
@IntegrationTest
class WhatsAppIntegrationTests {

    private static final String PHONE_NUMBER_ID = "106540352242922";
    private static final String APP_SECRET = "app-secret-" + UUID.randomUUID();
    private static final String ACCESS_TOKEN = "EAAG-access-token-" + UUID.randomUUID();
    private static final String VERIFY_TOKEN = "verify-" + UUID.randomUUID();
    private static final String MESSAGES_PATH = "/v21.0/" + PHONE_NUMBER_ID + "/messages";

    @RegisterExtension
    static WireMockExtension meta = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theVerificationHandshakeEchoesTheChallengeOnlyForTheInboxesToken() {
        var workspace = workspaces.create();
        UUID inbox = configure(workspace.admin().api(), workspace.inbox(Channel.WHATSAPP));
        String path = "/webhooks/whatsapp/" + inbox + "?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=";

        TestApi.Response good = workspaces.anonymous().get(path + VERIFY_TOKEN);
        TestApi.Response bad = workspaces.anonymous().get(path + "guess");

        assertThat(good.status()).isEqualTo(200);
        assertThat(good.body()).isEqualTo("1158201444");
        assertThat(bad.status()).isEqualTo(403);
    }

    @Test
    void aCustomerMessageIsStoredOnceTheReplyGoesOutAndStatusesUpdateTheReceipt() {
        var workspace = workspaces.create();
        UUID inbox = configure(workspace.admin().api(), workspace.inbox(Channel.WHATSAPP));
        meta.stubFor(post(urlEqualTo(MESSAGES_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"messaging_product": "whatsapp", "contacts": [{"input": "4915112345678", "wa_id": "4915112345678"}],
                         "messages": [{"id": "wamid.OUT1"}]}""")));

        String body = textMessage("wamid.IN1", "4915112345678", "Ada Lovelace", "Hallo, wo ist mein Paket?");
        assertThat(notify(inbox, body).status()).isEqualTo(200);
        assertThat(notify(inbox, body).status()).isEqualTo(200);

        JsonNode list = conversations(workspace.agent().api(), inbox);
        assertThat(list.size()).isEqualTo(1);
        String conversation = list.get(0).get("id").asString();
        assertThat(messages(workspace.agent().api(), conversation).size()).isEqualTo(1);
        JsonNode composer = workspace.agent().api().get("/api/v1/conversations/" + conversation + "/messaging").json();
        assertThat(composer.get("channel").asString()).isEqualTo("whatsapp");
        assertThat(composer.get("windowOpen").asBoolean()).isTrue();
        assertThat(composer.get("recipient").asString()).isEqualTo("+4915112345678");

        String reply = workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("text", "Es ist unterwegs.")).json().get("id").asString();
        awaitDelivery(workspace.agent().api(), conversation, reply, "sent");
        meta.verify(1, postRequestedFor(urlEqualTo(MESSAGES_PATH))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
                .withRequestBody(equalToJson("""
                        {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "4915112345678",
                         "type": "text", "text": {"preview_url": false, "body": "Es ist unterwegs."}}""")));

        notify(inbox, status("wamid.OUT1", "read"));
        awaitDelivery(workspace.agent().api(), conversation, reply, "read");
        notify(inbox, status("wamid.OUT1", "delivered"));
        assertThat(awaitDelivery(workspace.agent().api(), conversation, reply, "read")).isNotNull();
    }

    @Test
    void aBadSignatureIsRefusedAndStoresNothing() {
        var workspace = workspaces.create();
        UUID inbox = configure(workspace.admin().api(), workspace.inbox(Channel.WHATSAPP));
        String body = textMessage("wamid.FORGED", "4915112345678", "Mallory", "forged");

        TestApi.Response unsigned = workspaces.anonymous().post("/webhooks/whatsapp/" + inbox, body);
        TestApi.Response wrongSecret = workspaces.anonymous()
                .withHeader("X-Hub-Signature-256", MetaSignature.compute("not-the-secret", bytes(body)))
                .post("/webhooks/whatsapp/" + inbox, body);
        TestApi.Response otherBody = workspaces.anonymous()
                .withHeader("X-Hub-Signature-256", MetaSignature.compute(APP_SECRET, bytes(body)))
                .post("/webhooks/whatsapp/" + inbox, body.replace("forged", "changed"));

        assertThat(List.of(unsigned.status(), wrongSecret.status(), otherBody.status())).containsOnly(403);
        assertThat(jdbc.sql("select count(*) from messages where inbox_id = ?").param(inbox).query(Long.class).single())
                .isZero();
    }

    @Test
    void outsideTheWindowOnlyAnApprovedTemplateGoesOut() {
        var workspace = workspaces.create();
        UUID inbox = configure(workspace.admin().api(), workspace.inbox(Channel.WHATSAPP));
        meta.stubFor(post(urlEqualTo(MESSAGES_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"messages\": [{\"id\": \"wamid.TPL\"}]}")));
        notify(inbox, textMessage("wamid.OLD", "821012345678", "Minji", "안녕하세요"));
        String conversation = conversations(workspace.agent().api(), inbox).get(0).get("id").asString();
        jdbc.sql("update messaging_numbers set last_inbound_at = ? where inbox_id = ?")
                .params(Timestamps.sql(Instant.now().minus(25, ChronoUnit.HOURS)), inbox).update();

        var freeText = workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("text", "Hello again"));
        JsonNode composer = workspace.agent().api().get("/api/v1/conversations/" + conversation + "/messaging").json();
        var unknown = workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages", Map.of(
                "text", "x", "metadata", Map.of("whatsapp", Map.of("template", Map.of("name", "made_up",
                        "language", "en", "variables", List.of())))));
        var missingVariable = workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages", Map.of(
                "text", "x", "metadata", Map.of("whatsapp", Map.of("template", Map.of("name", "order_update",
                        "language", "en", "variables", List.of("A-1"))))));
        var template = workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages", Map.of(
                "text", "Your order A-1 has shipped.", "metadata", Map.of("whatsapp", Map.of("template", Map.of(
                        "name", "order_update", "language", "en", "variables", List.of("A-1", "shipped"))))));

        assertThat(freeText.status()).isEqualTo(422);
        assertThat(freeText.header("Content-Type")).startsWith("application/problem+json");
        assertThat(freeText.json().get("detail").asString()).contains("customer-service window is closed");
        assertThat(composer.get("windowOpen").asBoolean()).isFalse();
        assertThat(composer.get("templates").get(0).get("name").asString()).isEqualTo("order_update");
        assertThat(composer.get("templates").get(0).get("variables").asInt()).isEqualTo(2);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(missingVariable.status()).isEqualTo(400);
        assertThat(template.status()).as(template.body()).isEqualTo(201);
        awaitDelivery(workspace.agent().api(), conversation, template.json().get("id").asString(), "sent");
        meta.verify(1, postRequestedFor(urlEqualTo(MESSAGES_PATH)).withRequestBody(equalToJson("""
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "821012345678",
                 "type": "template", "template": {"name": "order_update", "language": {"code": "en"},
                   "components": [{"type": "body", "parameters": [{"type": "text", "text": "A-1"},
                                                                  {"type": "text", "text": "shipped"}]}]}}""")));
        assertThat(messages(workspace.agent().api(), conversation).size()).isEqualTo(2);
    }

    @Test
    void anImageBecomesAnAttachmentFetchedFromTheMediaUrl() {
        var workspace = workspaces.create();
        UUID inbox = configure(workspace.admin().api(), workspace.inbox(Channel.WHATSAPP));
        meta.stubFor(get(urlEqualTo("/v21.0/MEDIA-42")).withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody(
                        "{\"url\": \"" + meta.baseUrl() + "/whatsapp_business/attachments/?mid=42\", "
                                + "\"mime_type\": \"image/jpeg\", \"id\": \"MEDIA-42\"}")));
        meta.stubFor(get(urlEqualTo("/whatsapp_business/attachments/?mid=42"))
                .withHeader("Authorization", equalTo("Bearer " + ACCESS_TOKEN))
                .willReturn(aResponse().withHeader("Content-Type", "image/jpeg").withBody("JPEGBYTES")));

        notify(inbox, envelope("""
                "contacts": [{"profile": {"name": "Ada"}, "wa_id": "4915112345678"}],
                "messages": [{"from": "4915112345678", "id": "wamid.IMG", "timestamp": "%d", "type": "image",
                  "image": {"caption": "The broken box", "mime_type": "image/jpeg", "sha256": "x", "id": "MEDIA-42"}}]"""
                .formatted(Instant.now().getEpochSecond())));

        String conversation = conversations(workspace.agent().api(), inbox).get(0).get("id").asString();
        JsonNode message = messages(workspace.agent().api(), conversation).get(0);
        assertThat(message.get("text").asString()).isEqualTo("The broken box");
        assertThat(message.get("attachments").size()).isEqualTo(1);
        assertThat(message.get("attachments").get(0).get("contentType").asString()).isEqualTo("image/jpeg");
        assertThat(message.get("attachments").get(0).get("size").asLong()).isEqualTo("JPEGBYTES".length());
    }

    @Test
    void theSamePersonsSmsAndWhatsAppMeetOnOneContact() {
        var workspace = workspaces.create();
        UUID whatsapp = configure(workspace.admin().api(), workspace.inbox(Channel.WHATSAPP));
        UUID sms = workspace.inbox(Channel.SMS);
        String token = "sms-token";
        workspace.admin().api().patch("/api/v1/inboxes/" + sms, Map.of("settings", Map.of("sms", Map.of(
                "accountSid", "AC1", "authToken", token, "from", "+15550001111", "apiBaseUrl", meta.baseUrl()))));

        notify(whatsapp, textMessage("wamid.SAME", "4915112345678", "Ada", "on WhatsApp"));
        Map<String, String> text = Map.of("MessageSid", "SM-SAME", "AccountSid", "AC1", "From", "+49 1511 2345678",
                "To", "+15550001111", "Body", "by SMS", "NumMedia", "0");
        String signature = TwilioSignature.compute(token, workspaces.baseUrl() + "/webhooks/sms/" + sms, multi(text));
        TestApi.Response smsAnswer = workspaces.anonymous().withHeader("X-Twilio-Signature", signature)
                .send("POST", "/webhooks/sms/" + sms, form(text), "application/x-www-form-urlencoded");

        assertThat(smsAnswer.status()).isEqualTo(200);
        String fromWhatsApp = conversations(workspace.agent().api(), whatsapp).get(0).get("contactId").asString();
        String fromSms = conversations(workspace.agent().api(), sms).get(0).get("contactId").asString();
        assertThat(fromSms).isEqualTo(fromWhatsApp);
    }

    private UUID configure(TestApi admin, UUID inbox) {
        var response = admin.patch("/api/v1/inboxes/" + inbox, Map.of("settings", Map.of("whatsapp", Map.of(
                "phoneNumberId", PHONE_NUMBER_ID, "accessToken", ACCESS_TOKEN, "appSecret", APP_SECRET,
                "verifyToken", VERIFY_TOKEN, "apiBaseUrl", meta.baseUrl(),
                "templates", List.of(Map.of("name", "order_update", "language", "en",
                        "body", "Your order {{1}} has {{2}}."))))));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(ACCESS_TOKEN).doesNotContain(APP_SECRET).doesNotContain(VERIFY_TOKEN);
        return inbox;
    }

    private TestApi.Response notify(UUID inbox, String body) {
        return workspaces.anonymous().withHeader("X-Hub-Signature-256", MetaSignature.compute(APP_SECRET, bytes(body)))
                .post("/webhooks/whatsapp/" + inbox, body);
    }

    private static String textMessage(String id, String from, String name, String text) {
        return envelope("""
                "contacts": [{"profile": {"name": "%s"}, "wa_id": "%s"}],
                "messages": [{"from": "%s", "id": "%s", "timestamp": "%d", "type": "text", "text": {"body": "%s"}}]"""
                .formatted(name, from, from, id, Instant.now().getEpochSecond(), text));
    }

    private static String status(String id, String status) {
        return envelope("""
                "statuses": [{"id": "%s", "status": "%s", "timestamp": "%d", "recipient_id": "4915112345678",
                  "conversation": {"id": "c1", "origin": {"type": "service"}},
                  "pricing": {"billable": true, "pricing_model": "CBP", "category": "service"}}]"""
                .formatted(id, status, Instant.now().getEpochSecond()));
    }

    /** The Cloud API's notification envelope around one change's {@code value} fields. */
    private static String envelope(String valueFields) {
        return """
                {"object": "whatsapp_business_account", "entry": [{"id": "102290129340398", "changes": [{"field": "messages",
                  "value": {"messaging_product": "whatsapp",
                    "metadata": {"display_phone_number": "15550783881", "phone_number_id": "%s"},
                    %s}}]}]}""".formatted(PHONE_NUMBER_ID, valueFields);
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
