package dev.frontline.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.frontline.channels.Channel;
import dev.frontline.channels.messaging.MetaSignature;
import dev.frontline.shared.Timestamps;
import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * WhatsApp in Chromium (frontend/e2e/whatsapp.mjs): outside the 24-hour window the agent sends an approved
 * template from the composer, and it reaches a WireMock stand-in of the Cloud API as a template message.
 */
@IntegrationTest
class WhatsAppBrowserIntegrationTests {

    private static final String APP_SECRET = "browser-app-secret";

    @RegisterExtension
    static WireMockExtension meta = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    @Test
    void outsideTheWindowTheAgentSendsAnApprovedTemplate() throws Exception {
        BrowserScript.assumeChromium();
        var workspace = workspaces.create();
        UUID inbox = workspace.inbox(Channel.WHATSAPP);
        workspace.admin().api().patch("/api/v1/inboxes/" + inbox, Map.of("settings", Map.of("whatsapp", Map.of(
                "phoneNumberId", "1065", "accessToken", "browser-token", "appSecret", APP_SECRET,
                "verifyToken", "browser-verify", "apiBaseUrl", meta.baseUrl(),
                "templates", List.of(Map.of("name", "order_update", "language", "en", "body", "Your order {{1}} has {{2}}."))))));
        meta.stubFor(post(urlEqualTo("/v21.0/1065/messages")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"messages\": [{\"id\": \"wamid.BROWSER\"}]}")));
        String body = """
                {"object": "whatsapp_business_account", "entry": [{"id": "1", "changes": [{"field": "messages", "value": {
                  "messaging_product": "whatsapp", "metadata": {"display_phone_number": "15550001111", "phone_number_id": "1065"},
                  "contacts": [{"profile": {"name": "Ada Lovelace"}, "wa_id": "4915112345678"}],
                  "messages": [{"from": "4915112345678", "id": "wamid.ASK", "timestamp": "%d", "type": "text",
                                "text": {"body": "Is my order on its way?"}}]}}]}]}"""
                .formatted(Instant.now().getEpochSecond());
        var delivered = workspaces.anonymous().withHeader("X-Hub-Signature-256",
                        MetaSignature.compute(APP_SECRET, body.getBytes(StandardCharsets.UTF_8)))
                .post("/webhooks/whatsapp/" + inbox, body);
        assertThat(delivered.status()).isEqualTo(200);
        jdbc.sql("update messaging_numbers set last_inbound_at = ? where inbox_id = ?")
                .params(Timestamps.sql(Instant.now().minus(Duration.ofHours(30))), inbox).update();
        String conversation = workspace.agent().api().get("/api/v1/conversations?inbox=" + inbox).json()
                .get("items").get(0).get("id").asString();

        Map<String, Object> arguments = BrowserScript.arguments(workspaces, workspace);
        arguments.put("conversationId", conversation);
        BrowserScript.run("whatsapp.mjs", arguments);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                meta.verify(1, postRequestedFor(urlEqualTo("/v21.0/1065/messages")).withRequestBody(equalToJson("""
                        {"messaging_product": "whatsapp", "recipient_type": "individual", "to": "4915112345678",
                         "type": "template", "template": {"name": "order_update", "language": {"code": "en"},
                           "components": [{"type": "body", "parameters": [{"type": "text", "text": "A-1042"},
                             {"type": "text", "text": "left our warehouse"}]}]}}"""))));
        assertThat(Path.of("target", "screenshots", "whatsapp-template-picker.png")).exists();
        assertThat(Path.of("target", "screenshots", "whatsapp-template-sent.png")).exists();
        assertThat(Path.of("target", "screenshots", "settings-whatsapp-inbox.png")).exists();
    }
}
