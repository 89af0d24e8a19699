package dev.frontline.channels.messaging;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static dev.frontline.channels.messaging.MessagingTestSupport.awaitDelivery;
import static dev.frontline.channels.messaging.MessagingTestSupport.conversations;
import static dev.frontline.channels.messaging.MessagingTestSupport.form;
import static dev.frontline.channels.messaging.MessagingTestSupport.multi;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.frontline.channels.Channel;
import dev.frontline.channels.sms.TwilioSignature;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A reply's attachments leave as media messages: Twilio's {@code MediaUrl} and Messenger's attachment {@code url},
 * each a signed, expiring link under the public URL that serves the bytes to whoever holds
 * it (the provider) and nothing to a forged or altered one; WhatsApp's are uploaded and sent by media id.
 */
@IntegrationTest
@TestPropertySource(properties = "frontline.messaging.public-url=" + OutboundMediaIntegrationTests.PUBLIC_URL)
class OutboundMediaIntegrationTests {

    static final String PUBLIC_URL = "https://support.example.test";
    private static final String SID = "AC0123456789abcdef0123456789abcdef";
    private static final String TOKEN = "twilio-token";
    private static final String APP_SECRET = "media-app-secret";
    private static final byte[] PHOTO = "PNG-PHOTO-BYTES".getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    static WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void anSmsReplyWithAPhotoGoesOutAsAnMmsWhoseSignedLinkServesThePhoto() {
        var workspace = workspaces.create();
        UUID inbox = workspace.inbox(Channel.SMS);
        workspace.admin().api().patch("/api/v1/inboxes/" + inbox, Map.of("settings", Map.of("sms", Map.of(
                "accountSid", SID, "authToken", TOKEN, "from", "+15550001111", "apiBaseUrl", provider.baseUrl()))));
        String messages = "/2010-04-01/Accounts/" + SID + "/Messages.json";
        provider.stubFor(post(urlEqualTo(messages)).willReturn(json("{\"sid\": \"MM-OUT\"}").withStatus(201)));
        Map<String, String> text = Map.of("MessageSid", "SM-IN", "AccountSid", SID, "From", "+15557654321",
                "To", "+15550001111", "Body", "Can you send the label?", "NumMedia", "0");
        String signature = TwilioSignature.compute(TOKEN, PUBLIC_URL + "/webhooks/sms/" + inbox, multi(text));
        TestApi.Response in = workspaces.anonymous().withHeader("X-Twilio-Signature", signature)
                .send("POST", "/webhooks/sms/" + inbox, form(text), "application/x-www-form-urlencoded");
        assertThat(in.status()).isEqualTo(200);
        String conversation = conversations(workspace.agent().api(), inbox).get(0).get("id").asString();

        String reply = replyWith(workspace.agent().api(), conversation, "Here it is.", "label.png", "image/png");
        awaitDelivery(workspace.agent().api(), conversation, reply, "sent");

        LoggedRequest sent = provider.findAll(postRequestedFor(urlEqualTo(messages))).getFirst();
        String mediaUrl = URLDecoder.decode(sent.getBodyAsString().replaceAll(".*MediaUrl=([^&]*).*", "$1"),
                StandardCharsets.UTF_8);
        assertThat(sent.getBodyAsString()).contains("Body=Here+it+is.");
        assertThat(mediaUrl).startsWith(PUBLIC_URL + "/webhooks/media/").endsWith("/label.png");
        TestApi.Response photo = workspaces.anonymous().get(mediaUrl.substring(PUBLIC_URL.length()));
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.header("Content-Type")).startsWith("image/png");
        assertThat(photo.body()).isEqualTo(new String(PHOTO, StandardCharsets.UTF_8));
        String token = mediaUrl.split("/")[5];
        String altered = token.substring(0, 10) + (token.charAt(10) == 'A' ? 'B' : 'A') + token.substring(11);
        assertThat(workspaces.anonymous().get("/webhooks/media/" + altered + "/label.png").status()).isEqualTo(404);
        assertThat(workspaces.anonymous().get("/webhooks/media/forged/label.png").status()).isEqualTo(404);
    }

    @Test
    void aWhatsAppReplyWithAPdfIsUploadedAndGoesOutAsADocumentWithTheTextAsCaption() {
        var workspace = workspaces.create();
        UUID inbox = workspace.inbox(Channel.WHATSAPP);
        workspace.admin().api().patch("/api/v1/inboxes/" + inbox, Map.of("settings", Map.of("whatsapp", Map.of(
                "phoneNumberId", "1065", "accessToken", "wa-token", "appSecret", APP_SECRET, "verifyToken", "v",
                "apiBaseUrl", provider.baseUrl()))));
        provider.stubFor(post(urlEqualTo("/v21.0/1065/messages")).willReturn(json("{\"messages\": [{\"id\": \"wamid.DOC\"}]}")));
        provider.stubFor(post(urlEqualTo("/v21.0/1065/media")).willReturn(json("{\"id\": \"MEDIA-DOC\"}")));
        signedPost("/webhooks/whatsapp/" + inbox, """
                {"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{"field": "messages", "value": {
                  "messaging_product": "whatsapp", "metadata": {"phone_number_id": "1065"},
                  "messages": [{"from": "4915112345678", "id": "wamid.Q", "timestamp": "%d", "type": "text",
                                "text": {"body": "Invoice please"}}]}}]}]}""".formatted(Instant.now().getEpochSecond()));
        String conversation = conversations(workspace.agent().api(), inbox).get(0).get("id").asString();

        String reply = replyWith(workspace.agent().api(), conversation, "Your invoice.", "invoice.pdf", "application/pdf");
        awaitDelivery(workspace.agent().api(), conversation, reply, "sent");

        provider.verify(1, postRequestedFor(urlEqualTo("/v21.0/1065/messages")).withRequestBody(equalToJson("""
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "4915112345678",
                 "type": "document", "document": {"id": "MEDIA-DOC", "caption": "Your invoice.", "filename": "invoice.pdf"}}""")));
    }

    @Test
    void aMessengerReplyWithAPhotoSendsTheTextThenTheImageAttachment() {
        var workspace = workspaces.create();
        UUID inbox = workspace.inbox(Channel.MESSENGER);
        workspace.admin().api().patch("/api/v1/inboxes/" + inbox, Map.of("settings", Map.of("messenger", Map.of(
                "pageId", "2001", "pageAccessToken", "page-token", "appSecret", APP_SECRET, "apiBaseUrl", provider.baseUrl()))));
        provider.stubFor(post(urlEqualTo("/v21.0/2001/messages")).willReturn(json("{\"message_id\": \"m_OUT\"}")));
        long now = Instant.now().toEpochMilli();
        signedPost("/webhooks/messenger/" + inbox, """
                {"object": "page", "entry": [{"id": "2001", "time": %d, "messaging": [{"sender": {"id": "9001"},
                  "recipient": {"id": "2001"}, "timestamp": %d, "message": {"mid": "m_Q", "text": "Photo of the label?"}}]}]}"""
                .formatted(now, now));
        String conversation = conversations(workspace.agent().api(), inbox).get(0).get("id").asString();

        String reply = replyWith(workspace.agent().api(), conversation, "Here:", "label.png", "image/png");
        awaitDelivery(workspace.agent().api(), conversation, reply, "sent");

        List<JsonNode> bodies = provider.findAll(postRequestedFor(urlEqualTo("/v21.0/2001/messages"))
                .withHeader("Authorization", equalTo("Bearer page-token"))).stream()
                .map(request -> TestApi.json().readTree(request.getBodyAsString())).toList();
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(0).get("message").get("text").asString()).isEqualTo("Here:");
        JsonNode attachment = bodies.get(1).get("message").get("attachment");
        assertThat(attachment.get("type").asString()).isEqualTo("image");
        assertThat(attachment.get("payload").get("url").asString()).startsWith(PUBLIC_URL + "/webhooks/media/");
        assertThat(bodies.get(1).get("message").get("metadata").asString()).isEqualTo("frontline:" + reply);
    }

    @Test
    void aMessengerRateLimitOnTheAttachmentRetriesOnlyTheAttachmentNotTheText() {
        var workspace = workspaces.create();
        UUID inbox = workspace.inbox(Channel.MESSENGER);
        workspace.admin().api().patch("/api/v1/inboxes/" + inbox, Map.of("settings", Map.of("messenger", Map.of(
                "pageId", "2002", "pageAccessToken", "page-token", "appSecret", APP_SECRET, "apiBaseUrl", provider.baseUrl()))));
        String messages = "/v21.0/2002/messages";
        provider.stubFor(post(urlEqualTo(messages)).willReturn(json("{\"message_id\": \"m_TEXT\"}")));
        provider.stubFor(post(urlEqualTo(messages)).withRequestBody(containing("\"attachment\""))
                .inScenario("page limit").whenScenarioStateIs(STARTED)
                .willReturn(json("""
                        {"error": {"message": "(#32) Page request limit reached", "type": "OAuthException", "code": 32}}""")
                        .withStatus(400))
                .willSetStateTo("passed"));
        provider.stubFor(post(urlEqualTo(messages)).withRequestBody(containing("\"attachment\""))
                .inScenario("page limit").whenScenarioStateIs("passed")
                .willReturn(json("{\"message_id\": \"m_PHOTO\"}")));
        long now = Instant.now().toEpochMilli();
        signedPost("/webhooks/messenger/" + inbox, """
                {"object": "page", "entry": [{"id": "2002", "time": %d, "messaging": [{"sender": {"id": "9002"},
                  "recipient": {"id": "2002"}, "timestamp": %d, "message": {"mid": "m_Q2", "text": "Photo?"}}]}]}"""
                .formatted(now, now));
        String conversation = conversations(workspace.agent().api(), inbox).get(0).get("id").asString();

        String reply = replyWith(workspace.agent().api(), conversation, "Here:", "label.png", "image/png");
        awaitDelivery(workspace.agent().api(), conversation, reply, "sent");

        provider.verify(1, postRequestedFor(urlEqualTo(messages)).withRequestBody(containing("\"text\":\"Here:\"")));
        provider.verify(2, postRequestedFor(urlEqualTo(messages)).withRequestBody(containing("\"attachment\"")));
    }

    private static String replyWith(TestApi agent, String conversation, String text, String filename, String type) {
        var reply = agent.post("/api/v1/conversations/" + conversation + "/messages", Map.of("text", text,
                "attachments", List.of(Map.of("filename", filename, "contentType", type,
                        "data", Base64.getEncoder().encodeToString(PHOTO)))));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    private void signedPost(String path, String body) {
        TestApi.Response response = workspaces.anonymous().withHeader("X-Hub-Signature-256",
                MetaSignature.compute(APP_SECRET, body.getBytes(StandardCharsets.UTF_8))).post(path, body);
        assertThat(response.status()).isEqualTo(200);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
