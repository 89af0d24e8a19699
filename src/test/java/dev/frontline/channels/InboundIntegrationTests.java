package dev.frontline.channels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class InboundIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    TestWorkspaces.Workspace workspace;
    TestApi api;

    @BeforeEach
    void setUp() {
        workspace = workspaces.create();
        api = workspace.agent().api();
    }

    private TestApi.Response deliver(Channel channel, Map<String, Object> body) {
        return api.post("/api/v1/inboxes/" + workspace.inbox(channel) + "/inbound", body);
    }

    @Test
    void aFirstMessageCreatesTheContactAndAConversation() {
        TestApi.Response response = deliver(Channel.EMAIL, Map.of(
                "from", Map.of("address", "Wang.Fang@Example.cn", "name", "王芳", "language", "zh-CN"),
                "externalId", "<m1@example.cn>", "subject", "退款还没到账", "text", "我两周前退货了，还没有收到退款。"));

        assertThat(response.status()).isEqualTo(201);
        String conversationId = response.json().get("conversationId").asString();
        JsonNode conversation = api.get("/api/v1/conversations/" + conversationId).json();
        assertThat(conversation.get("status").asString()).isEqualTo("OPEN");
        assertThat(conversation.get("channel").asString()).isEqualTo("email");
        JsonNode contact = api.get("/api/v1/contacts/" + conversation.get("contactId").asString()).json();
        assertThat(contact.get("name").asString()).isEqualTo("王芳");
        assertThat(contact.get("identities").get(0).get("value").asString()).isEqualTo("wang.fang@example.cn");
        JsonNode messages = api.get("/api/v1/conversations/" + conversationId + "/messages").json();
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0).get("text").asString()).isEqualTo("我两周前退货了，还没有收到退款。");
        assertThat(messages.get(0).get("direction").asString()).isEqualTo("INBOUND");
    }

    @Test
    void aRedeliveredMessageIsStoredOnce() {
        Map<String, Object> body = Map.of("from", Map.of("address", "+82 10-1234-5678"),
                "externalId", "SM123", "text", "배송이 아직 안 왔어요");

        TestApi.Response first = deliver(Channel.SMS, body);
        TestApi.Response second = deliver(Channel.SMS, body);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().get("messageId")).isEqualTo(first.json().get("messageId"));
        assertThat(second.json().get("duplicate").asBoolean()).isTrue();
        assertThat(jdbc.sql("select count(*) from messages where external_id = 'SM123' and workspace_id = ?")
                .param(workspace.id().value()).query(Long.class).single()).isOne();
    }

    @Test
    void concurrentRedeliveriesStillStoreOneMessage() throws Exception {
        Map<String, Object> body = Map.of("from", Map.of("address", "visitor-77"), "externalId", "race-1", "text", "hi");
        List<java.util.concurrent.Future<TestApi.Response>> results;
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(6)) {
            results = pool.invokeAll(java.util.Collections.nCopies(6, () -> deliver(Channel.CHAT, body)));
        }
        for (var result : results) {
            assertThat(result.get().status()).isIn(200, 201);
        }
        assertThat(jdbc.sql("select count(*) from messages where external_id = 'race-1' and workspace_id = ?")
                .param(workspace.id().value()).query(Long.class).single()).isOne();
    }

    @Test
    void aCustomerWritingAgainContinuesAndReopensTheirConversation() {
        String first = deliver(Channel.CHAT, Map.of("from", Map.of("address", "visitor-1"), "text", "Hello"))
                .json().get("conversationId").asString();
        api.patch("/api/v1/conversations/" + first, Map.of("status", "RESOLVED"));

        String second = deliver(Channel.CHAT, Map.of("from", Map.of("address", "visitor-1"), "text", "One more thing"))
                .json().get("conversationId").asString();

        assertThat(second).isEqualTo(first);
        assertThat(api.get("/api/v1/conversations/" + first).json().get("status").asString()).isEqualTo("OPEN");
        assertThat(api.get("/api/v1/conversations/" + first + "/timeline").json().findValuesAsString("kind"))
                .contains("created", "status_changed");
    }

    @Test
    void aClosedConversationIsNotReopenedButFollowedByANewOne() {
        String first = deliver(Channel.CHAT, Map.of("from", Map.of("address", "visitor-2"), "text", "Hello"))
                .json().get("conversationId").asString();
        api.patch("/api/v1/conversations/" + first, Map.of("status", "CLOSED"));

        String second = deliver(Channel.CHAT, Map.of("from", Map.of("address", "visitor-2"), "text", "Back again"))
                .json().get("conversationId").asString();

        assertThat(second).isNotEqualTo(first);
        assertThat(api.get("/api/v1/conversations/" + first).json().get("status").asString()).isEqualTo("CLOSED");
    }

    @Test
    void htmlIsSanitizedAndAttachmentsAreStoredAndDownloadable() {
        byte[] pdf = "%PDF-1.4 receipt".getBytes(StandardCharsets.UTF_8);
        TestApi.Response response = deliver(Channel.EMAIL, Map.of(
                "from", Map.of("address", "olivia@example.com"),
                "html", "<p onclick=\"steal()\">Receipt <b>attached</b><script>alert(1)</script>"
                        + "<a href=\"javascript:alert(2)\">x</a></p>",
                "attachments", List.of(Map.of("filename", "receipt.pdf", "contentType", "application/pdf",
                        "data", Base64.getEncoder().encodeToString(pdf)))));

        JsonNode message = api.get("/api/v1/conversations/" + response.json().get("conversationId").asString()
                + "/messages").json().get(0);
        String html = message.get("html").asString();
        assertThat(html).contains("<b>attached</b>").doesNotContain("script", "onclick", "javascript:");
        assertThat(message.get("text").asString()).isEqualTo("Receipt attachedx");
        JsonNode attachment = message.get("attachments").get(0);
        assertThat(attachment.get("size").asLong()).isEqualTo(pdf.length);

        TestApi.Response download = api.get("/api/v1/attachments/" + attachment.get("id").asString());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("%PDF-1.4 receipt");
        assertThat(download.header("Content-Disposition")).startsWith("attachment");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void anOversizedAttachmentIsRefusedWith413AndNothingIsStored() {
        byte[] big = new byte[65 * 1024];
        TestApi.Response response = deliver(Channel.EMAIL, Map.of("from", Map.of("address", "big@example.com"),
                "text", "see attached", "attachments", List.of(Map.of("filename", "big.bin",
                        "contentType", "application/octet-stream", "data", Base64.getEncoder().encodeToString(big)))));

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(jdbc.sql("select count(*) from messages where workspace_id = ?")
                .param(workspace.id().value()).query(Long.class).single()).isZero();
    }

    @Test
    void badInputGetsProblemDetails() {
        String inbound = "/api/v1/inboxes/" + workspace.inbox(Channel.CHAT) + "/inbound";

        TestApi.Response malformed = api.send("POST", inbound, "{\"from\": ", "application/json");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.header("Content-Type")).startsWith("application/problem+json");

        TestApi.Response missingSender = api.post(inbound, Map.of("text", "hi"));
        assertThat(missingSender.status()).isEqualTo(400);
        assertThat(missingSender.json().get("errors").findValuesAsString("field")).contains("from");

        TestApi.Response wrongType = api.send("POST", inbound, "text=hi", "application/x-www-form-urlencoded");
        assertThat(wrongType.status()).isEqualTo(415);

        TestApi.Response empty = api.post(inbound, Map.of("from", Map.of("address", "visitor-9")));
        assertThat(empty.status()).isEqualTo(422);

        TestApi.Response badBase64 = api.post(inbound, Map.of("from", Map.of("address", "visitor-9"), "text", "x",
                "attachments", List.of(Map.of("filename", "a", "contentType", "text/plain", "data", "%%%"))));
        assertThat(badBase64.status()).isEqualTo(400);

        TestApi.Response unknownInbox = api.post("/api/v1/inboxes/" + java.util.UUID.randomUUID() + "/inbound",
                Map.of("from", Map.of("address", "visitor-9"), "text", "x"));
        assertThat(unknownInbox.status()).isEqualTo(404);
    }

    @Test
    void aBatchIsStoredInOrderAndRedeliveriesInsideAndOutsideItAreStoredOnce() {
        String batch = "/api/v1/inboxes/" + workspace.inbox(Channel.WHATSAPP) + "/inbound/batch";
        TestApi.Response earlier = deliver(Channel.WHATSAPP, Map.of("from", Map.of("address", "+44 7700 900001"),
                "externalId", "wamid.1", "text", "first"));

        TestApi.Response response = api.post(batch, Map.of("messages", List.of(
                Map.of("from", Map.of("address", "+44 7700 900001"), "externalId", "wamid.1", "text", "first"),
                Map.of("from", Map.of("address", "+44 7700 900001"), "externalId", "wamid.2", "text", "second"),
                Map.of("from", Map.of("address", "+44 7700 900002"), "externalId", "wamid.3", "text", "新客户"),
                Map.of("from", Map.of("address", "+44 7700 900002"), "externalId", "wamid.3", "text", "新客户"))));

        assertThat(response.status()).isEqualTo(200);
        JsonNode results = response.json().get("results");
        assertThat(results).hasSize(4);
        assertThat(results.get(0).get("messageId")).isEqualTo(earlier.json().get("messageId"));
        assertThat(results.findValues("duplicate")).extracting(JsonNode::asBoolean).containsExactly(true, false, false, true);
        assertThat(results.get(1).get("conversationId")).isEqualTo(earlier.json().get("conversationId"));
        assertThat(results.get(2).get("conversationId")).isNotEqualTo(earlier.json().get("conversationId"));
        assertThat(results.get(3).get("messageId")).isEqualTo(results.get(2).get("messageId"));
        assertThat(jdbc.sql("select count(*) from messages where workspace_id = ?")
                .param(workspace.id().value()).query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void concurrentBatchesWithTheSameMessagesStillStoreEachOnce() throws Exception {
        String batch = "/api/v1/inboxes/" + workspace.inbox(Channel.CHAT) + "/inbound/batch";
        List<Map<String, Object>> messages = new java.util.ArrayList<>();
        for (int i = 0; i < 20; i++) {
            messages.add(Map.of("from", Map.of("address", "crowd-" + (i % 5)), "externalId", "crowd-" + i, "text", "hi " + i));
        }
        List<java.util.concurrent.Future<TestApi.Response>> results;
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            results = pool.invokeAll(java.util.Collections.nCopies(4, () -> api.post(batch, Map.of("messages", messages))));
        }
        for (var result : results) {
            assertThat(result.get().status()).isEqualTo(200);
        }
        assertThat(jdbc.sql("select count(*) from messages where workspace_id = ?")
                .param(workspace.id().value()).query(Long.class).single()).isEqualTo(20);
        assertThat(jdbc.sql("select count(*) from contacts where workspace_id = ?")
                .param(workspace.id().value()).query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void aBatchMustHoldOneToAHundredMessages() {
        String batch = "/api/v1/inboxes/" + workspace.inbox(Channel.CHAT) + "/inbound/batch";
        List<Map<String, Object>> tooMany = java.util.Collections.nCopies(101,
                Map.of("from", Map.of("address", "v"), "text", "x"));

        assertThat(api.post(batch, Map.of("messages", List.of())).status()).isEqualTo(400);
        assertThat(api.post(batch, Map.of("messages", tooMany)).status()).isEqualTo(400);
    }
}
