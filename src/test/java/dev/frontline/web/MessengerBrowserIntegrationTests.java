package dev.frontline.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.frontline.channels.Channel;
import dev.frontline.channels.messaging.MetaSignature;
import dev.frontline.shared.Timestamps;
import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Messenger and Instagram in Chromium (frontend/e2e/messenger.mjs): a customer's photo in the thread, the
 * HUMAN_AGENT window in the composer, Meta's refusal shown on the failed reply, and both inboxes' settings with
 * the callback URL and verify token to register.
 */
@IntegrationTest
class MessengerBrowserIntegrationTests {

    private static final String APP_SECRET = "browser-app-secret";
    private static final String PAGE_ID = "104556132408981";

    @RegisterExtension
    static WireMockExtension meta = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theAgentSeesTheCustomersPhotoTheWindowAndMetasRefusalAndTheAdminTheWebhookToRegister() throws Exception {
        BrowserScript.assumeChromium();
        var workspace = workspaces.create();
        UUID inbox = workspace.inbox(Channel.MESSENGER);
        workspace.admin().api().patch("/api/v1/inboxes/" + inbox, Map.of("settings", Map.of("messenger", Map.of(
                "pageId", PAGE_ID, "pageAccessToken", "browser-token", "appSecret", APP_SECRET,
                "apiBaseUrl", meta.baseUrl()))));
        workspace.admin().api().patch("/api/v1/inboxes/" + workspace.inbox(Channel.INSTAGRAM), Map.of("settings",
                Map.of("instagram", Map.of("accountId", "17841405822304914", "pageAccessToken", "browser-token",
                        "appSecret", APP_SECRET, "apiBaseUrl", meta.baseUrl()))));
        meta.stubFor(get(urlEqualTo("/cdn/parcel.png")).willReturn(aResponse()
                .withHeader("Content-Type", "image/png").withBody(photo())));
        meta.stubFor(get(urlPathEqualTo("/v21.0/6834792136543210")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"first_name\": \"Ada\", \"last_name\": \"Lovelace\"}")));
        meta.stubFor(post(urlEqualTo("/v21.0/" + PAGE_ID + "/messages")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"message": "(#551) This person isn't available right now.", "type": "OAuthException",
                                   "code": 551, "error_subcode": 1545041, "fbtrace_id": "AbC"}}""")));
        long now = Instant.now().toEpochMilli();
        String body = """
                {"object": "page", "entry": [{"id": "%s", "time": %d, "messaging": [{"sender": {"id": "6834792136543210"},
                  "recipient": {"id": "%s"}, "timestamp": %d, "message": {"mid": "m_PHOTO",
                  "text": "The parcel arrived like this",
                  "attachments": [{"type": "image", "payload": {"url": "%s/cdn/parcel.png"}}]}}]}]}"""
                .formatted(PAGE_ID, now, PAGE_ID, now, meta.baseUrl());
        var delivered = workspaces.anonymous().withHeader("X-Hub-Signature-256",
                        MetaSignature.compute(APP_SECRET, body.getBytes(StandardCharsets.UTF_8)))
                .post("/webhooks/messenger/" + inbox, body);
        assertThat(delivered.status()).isEqualTo(200);
        jdbc.sql("update messaging_numbers set last_inbound_at = ? where inbox_id = ?")
                .params(Timestamps.sql(Instant.now().minus(Duration.ofHours(30))), inbox).update();
        String conversation = workspace.agent().api().get("/api/v1/conversations?inbox=" + inbox).json()
                .get("items").get(0).get("id").asString();

        Map<String, Object> arguments = BrowserScript.arguments(workspaces, workspace);
        arguments.put("conversationId", conversation);
        BrowserScript.run("messenger.mjs", arguments);

        assertThat(Path.of("target", "screenshots", "messenger-thread-failed.png")).exists();
        assertThat(Path.of("target", "screenshots", "settings-messenger-inbox.png")).exists();
        assertThat(Path.of("target", "screenshots", "settings-instagram-inbox.png")).exists();
    }

    private static byte[] photo() throws Exception {
        BufferedImage image = new BufferedImage(240, 160, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(new Color(0xC8A165));
        graphics.fillRect(0, 0, 240, 160);
        graphics.setColor(new Color(0x7A5A2E));
        graphics.fillRect(60, 40, 120, 80);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(image, "png", png);
        return png.toByteArray();
    }
}
