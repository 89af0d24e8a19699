package dev.frontline.channels.whatsapp;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
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
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.frontline.channels.Channel;
import dev.frontline.channels.messaging.MetaSignature;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A WhatsApp reply's attachments are uploaded to the Cloud API's media endpoint and sent by media id, against a
 * WireMock stand-in; this installation has no public URL, which uploading does not need. A rate limit part-way
 * through a reply retries only the parts not yet accepted. (WhatsApp's size limits:
 * {@link CloudApiMediaKindTests}.)
 */
@IntegrationTest
class WhatsAppMediaUploadIntegrationTests {

    private static final String APP_SECRET = "upload-app-secret";
    private static final String MEDIA_PATH = "/v21.0/4065/media";
    private static final String MESSAGES_PATH = "/v21.0/4065/messages";
    private static final byte[] PHOTO = "PNG-PHOTO-BYTES".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ANIMATION = "GIF89a-BYTES".getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    static WireMockExtension meta = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReplysAttachmentsAreUploadedThenSentByMediaIdAGifAsADocument() {
        var workspace = workspaces.create();
        String conversation = conversation(workspace);
        meta.stubFor(post(urlEqualTo(MEDIA_PATH)).willReturn(json(200, "{\"id\": \"MEDIA-PNG\"}")));
        meta.stubFor(post(urlEqualTo(MEDIA_PATH)).withRequestBody(containing("filename=\"dance.gif\""))
                .willReturn(json(200, "{\"id\": \"MEDIA-GIF\"}")));
        meta.stubFor(post(urlEqualTo(MESSAGES_PATH)).willReturn(json(200, "{\"messages\": [{\"id\": \"wamid.MEDIA\"}]}")));

        String reply = reply(workspace.agent().api(), conversation, "Here is the label.",
                Map.of("filename", "label.png", "contentType", "image/png", "data", base64(PHOTO)),
                Map.of("filename", "dance.gif", "contentType", "image/gif", "data", base64(ANIMATION)));

        awaitDelivery(workspace.agent().api(), conversation, reply, "sent");
        List<LoggedRequest> uploads = meta.findAll(postRequestedFor(urlEqualTo(MEDIA_PATH))
                .withHeader("Authorization", equalTo("Bearer wa-token")));
        assertThat(uploads).hasSize(2);
        LoggedRequest png = uploads.get(0);
        String boundary = png.getHeader("Content-Type").replaceFirst("^multipart/form-data; boundary=", "");
        assertThat(boundary).isNotBlank().doesNotContain(";");
        assertThat(png.getBody()).isEqualTo(concat("""
                --%1$s\r
                Content-Disposition: form-data; name="messaging_product"\r
                \r
                whatsapp\r
                --%1$s\r
                Content-Disposition: form-data; name="type"\r
                \r
                image/png\r
                --%1$s\r
                Content-Disposition: form-data; name="file"; filename="label.png"\r
                Content-Type: image/png\r
                \r
                """.formatted(boundary), PHOTO, "\r\n--%s--\r\n".formatted(boundary)));
        meta.verify(postRequestedFor(urlEqualTo(MEDIA_PATH))
                .withRequestBodyPart(aMultipart("messaging_product").withBody(equalTo("whatsapp")).build())
                .withRequestBodyPart(aMultipart("type").withBody(equalTo("image/gif")).build())
                .withRequestBodyPart(aMultipart("file").withHeader("Content-Type", equalTo("image/gif"))
                        .withBody(binaryEqualTo(ANIMATION)).build()));
        meta.verify(1, postRequestedFor(urlEqualTo(MESSAGES_PATH)).withRequestBody(equalToJson("""
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "4915112345678",
                 "type": "image", "image": {"id": "MEDIA-PNG", "caption": "Here is the label."}}""")));
        meta.verify(1, postRequestedFor(urlEqualTo(MESSAGES_PATH)).withRequestBody(equalToJson("""
                {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "4915112345678",
                 "type": "document", "document": {"id": "MEDIA-GIF", "filename": "dance.gif"}}""")));
    }

    @Test
    void aRateLimitOnTheSecondMediaMessageRetriesOnlyThatOne() {
        var workspace = workspaces.create();
        String conversation = conversation(workspace);
        meta.stubFor(post(urlEqualTo(MEDIA_PATH)).willReturn(json(200, "{\"id\": \"MEDIA-FRONT\"}")));
        meta.stubFor(post(urlEqualTo(MEDIA_PATH)).withRequestBody(containing("filename=\"back.png\""))
                .willReturn(json(200, "{\"id\": \"MEDIA-BACK\"}")));
        meta.stubFor(post(urlEqualTo(MESSAGES_PATH)).withRequestBody(containing("MEDIA-FRONT"))
                .willReturn(json(200, "{\"messages\": [{\"id\": \"wamid.FRONT\"}]}")));
        meta.stubFor(post(urlEqualTo(MESSAGES_PATH)).withRequestBody(containing("MEDIA-BACK"))
                .inScenario("pair limit").whenScenarioStateIs(STARTED)
                .willReturn(json(400, """
                        {"error": {"message": "(#131056) (Business Account, Consumer Account) pair rate limit hit",
                          "type": "OAuthException", "code": 131056, "fbtrace_id": "A"}}"""))
                .willSetStateTo("passed"));
        meta.stubFor(post(urlEqualTo(MESSAGES_PATH)).withRequestBody(containing("MEDIA-BACK"))
                .inScenario("pair limit").whenScenarioStateIs("passed")
                .willReturn(json(200, "{\"messages\": [{\"id\": \"wamid.BACK\"}]}")));

        String reply = reply(workspace.agent().api(), conversation, "Both sides of the box",
                Map.of("filename", "front.png", "contentType", "image/png", "data", base64(PHOTO)),
                Map.of("filename", "back.png", "contentType", "image/png", "data", base64(PHOTO)));

        awaitDelivery(workspace.agent().api(), conversation, reply, "sent");
        meta.verify(1, postRequestedFor(urlEqualTo(MESSAGES_PATH)).withRequestBody(containing("MEDIA-FRONT")));
        meta.verify(2, postRequestedFor(urlEqualTo(MESSAGES_PATH)).withRequestBody(containing("MEDIA-BACK")));
        meta.verify(1, postRequestedFor(urlEqualTo(MEDIA_PATH)).withRequestBody(containing("filename=\"front.png\"")));
        meta.verify(2, postRequestedFor(urlEqualTo(MEDIA_PATH)).withRequestBody(containing("filename=\"back.png\"")));
        assertThat(jdbc.sql("select provider_message_id from messaging_outbox where message_id = ?")
                .param(UUID.fromString(reply)).query(String.class).single()).isEqualTo("wamid.FRONT");
    }

    @Test
    void aRefusedUploadFailsTheReplyWithMetasMessageAndSendsNoMessage() {
        var workspace = workspaces.create();
        String conversation = conversation(workspace);
        meta.stubFor(post(urlEqualTo(MEDIA_PATH)).willReturn(json(400, """
                {"error": {"message": "(#131053) Media upload error", "type": "OAuthException", "code": 131053,
                  "error_data": {"messaging_product": "whatsapp", "details": "Unsupported file type."}}}""")));

        String reply = reply(workspace.agent().api(), conversation, "Label",
                Map.of("filename", "label.png", "contentType", "image/png", "data", base64(PHOTO)));

        awaitDelivery(workspace.agent().api(), conversation, reply, "failed");
        assertThat(workspace.agent().api().get("/api/v1/conversations/" + conversation + "/delivery-errors").json()
                .get(reply).asString()).isEqualTo("HTTP 400: (#131053) Media upload error: Unsupported file type.");
        meta.verify(1, anyRequestedFor(anyUrl()));
    }

    private String conversation(TestWorkspaces.Workspace workspace) {
        UUID inbox = workspace.inbox(Channel.WHATSAPP);
        var configured = workspace.admin().api().patch("/api/v1/inboxes/" + inbox, Map.of("settings", Map.of(
                "whatsapp", Map.of("phoneNumberId", "4065", "accessToken", "wa-token", "appSecret", APP_SECRET,
                        "verifyToken", "v", "apiBaseUrl", meta.baseUrl()))));
        assertThat(configured.status()).as(configured.body()).isEqualTo(200);
        String body = """
                {"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{"field": "messages", "value": {
                  "messaging_product": "whatsapp", "metadata": {"phone_number_id": "4065"},
                  "messages": [{"from": "4915112345678", "id": "wamid.Q_%s", "timestamp": "%d", "type": "text",
                                "text": {"body": "Send me the label"}}]}}]}]}"""
                .formatted(UUID.randomUUID(), Instant.now().getEpochSecond());
        TestApi.Response in = workspaces.anonymous().withHeader("X-Hub-Signature-256",
                        MetaSignature.compute(APP_SECRET, body.getBytes(StandardCharsets.UTF_8)))
                .post("/webhooks/whatsapp/" + inbox, body);
        assertThat(in.status()).isEqualTo(200);
        return conversations(workspace.agent().api(), inbox).get(0).get("id").asString();
    }

    @SafeVarargs
    private static String reply(TestApi agent, String conversation, String text, Map<String, String>... attachments) {
        var reply = agent.post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("text", text, "attachments", Arrays.asList(attachments)));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    private static String base64(byte[] content) {
        return Base64.getEncoder().encodeToString(content);
    }

    private static byte[] concat(String head, byte[] content, String tail) {
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = tail.getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(start, start.length + content.length + end.length);
        System.arraycopy(content, 0, all, start.length, content.length);
        System.arraycopy(end, 0, all, start.length + content.length, end.length);
        return all;
    }

    private static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
    }
}
