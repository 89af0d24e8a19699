package dev.frontline.channels.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.channels.Channel;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class WidgetAttachmentsIntegrationTests {

    static final String SHOP = "https://shop.example.com";
    /** A 1×1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @Autowired
    TestWorkspaces workspaces;

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

    private TestApi.Response upload(String token, String id, String filename, byte[] content, String text) {
        String boundary = "----frontline" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        Map<String, String> fields = Map.of("token", token, "id", id, "text", text);
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return workspaces.anonymous().withHeader("Origin", SHOP).sendBytes("POST", "/api/v1/widget/uploads",
                body.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    private TestApi.Response download(String token, String attachmentId) {
        return workspaces.anonymous().withHeader("Origin", SHOP).send("POST", "/api/v1/widget/attachments/" + attachmentId,
                "token=" + token, "application/x-www-form-urlencoded");
    }

    @Test
    void aVisitorsImageReachesTheAgentAndBothSidesCanOpenIt() {
        String token = newVisitor();
        try (WidgetVisitorClient visitor = WidgetVisitorClient.connect(workspaces.baseUrl(), token, SHOP)) {
            visitor.next("history");

            TestApi.Response sent = upload(token, "f-1", "../../receipt.png", PNG, "my receipt");
            TestApi.Response again = upload(token, "f-1", "receipt.png", PNG, "my receipt");

            assertThat(sent.status()).isEqualTo(200);
            assertThat(again.json().get("duplicate").asBoolean()).as("a retried upload is stored once").isTrue();
            JsonNode echoed = visitor.next("message").get("message");
            JsonNode attachment = echoed.get("attachments").get(0);
            assertThat(echoed.get("text").asString()).isEqualTo("my receipt");
            assertThat(attachment.get("filename").asString()).isEqualTo("receipt.png");
            assertThat(attachment.get("contentType").asString()).isEqualTo("image/png");
            assertThat(attachment.get("image").asBoolean()).isTrue();

            String conversation = sent.json().get("conversationId").asString();
            JsonNode stored = workspace.agent().api().get("/api/v1/conversations/" + conversation + "/messages").json().get(0);
            assertThat(stored.get("attachments").get(0).get("contentType").asString()).isEqualTo("image/png");
            TestApi.Response visitorCopy = download(token, attachment.get("id").asString());
            assertThat(visitorCopy.status()).isEqualTo(200);
            assertThat(visitorCopy.header("content-length")).isEqualTo(String.valueOf(PNG.length));
            assertThat(visitorCopy.header("x-content-type-options")).isEqualTo("nosniff");
            assertThat(visitorCopy.header("content-disposition")).startsWith("attachment");
            assertThat(download(newVisitor(), attachment.get("id").asString()).status())
                    .as("another visitor cannot open it").isEqualTo(404);

            workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages", Map.of("text", "Here is the label",
                    "attachments", List.of(Map.of("filename", "label.txt", "contentType", "text/plain",
                            "data", Base64.getEncoder().encodeToString("RETURN-42".getBytes(StandardCharsets.UTF_8))))));
            JsonNode reply = visitor.next("message").get("message");
            JsonNode label = reply.get("attachments").get(0);
            assertThat(label.get("image").asBoolean()).isFalse();
            assertThat(download(token, label.get("id").asString()).body()).isEqualTo("RETURN-42");
        }
    }

    @Test
    void disguisedOrOversizedFilesAreRefusedWithAProblem() {
        String token = newVisitor();

        TestApi.Response html = upload(token, "h-1", "cat.png",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), "");
        TestApi.Response svg = upload(token, "s-1", "logo.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8), "");
        TestApi.Response huge = upload(token, "b-1", "big.png", new byte[11 * 1024 * 1024], "");
        TestApi.Response forged = upload("not-a-token", "x-1", "receipt.png", PNG, "");

        assertThat(html.status()).isEqualTo(400);
        assertThat(html.header("content-type")).startsWith("application/problem+json");
        assertThat(svg.status()).isEqualTo(400);
        assertThat(huge.status()).isEqualTo(413);
        assertThat(huge.header("content-type")).startsWith("application/problem+json");
        assertThat(forged.status()).isEqualTo(403);
        assertThat(workspaces.anonymous().withHeader("Origin", SHOP).post("/api/v1/widget/" + chat + "/session",
                Map.of("token", token)).json().get("conversation").isNull()).as("nothing was stored").isTrue();
    }
}
