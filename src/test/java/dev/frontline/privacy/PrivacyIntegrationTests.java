package dev.frontline.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.channels.Channel;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class PrivacyIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void exportsEverythingHeldAboutAContactAndErasesItKeepingStatistics() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();
        TestApi.Response received = admin.post("/api/v1/inboxes/" + workspace.inbox(Channel.EMAIL) + "/inbound", Map.of(
                "from", Map.of("address", "chen.jing@example.cn", "name", "陈静"), "subject", "发票",
                "text", "请把发票寄到我的地址：杭州市西湖区", "attachments", List.of(Map.of("filename", "id-card.png",
                        "contentType", "image/png", "data", Base64.getEncoder().encodeToString(new byte[] {1, 2, 3})))));
        String conversation = received.json().get("conversationId").asString();
        admin.post("/api/v1/conversations/" + conversation + "/messages", Map.of("text", "收到，已寄出。"));
        admin.patch("/api/v1/conversations/" + conversation, Map.of("status", "RESOLVED"));
        JsonNode before = admin.get("/api/v1/conversations/" + conversation).json();
        String contact = before.get("contactId").asString();
        String attachment = admin.get("/api/v1/conversations/" + conversation + "/messages").json()
                .get(0).get("attachments").get(0).get("id").asString();

        assertThat(workspace.agent().api().get("/api/v1/contacts/" + contact + "/export").status()).isEqualTo(403);
        JsonNode export = admin.get("/api/v1/contacts/" + contact + "/export").json();
        assertThat(export.get("contact").get("name").asString()).isEqualTo("陈静");
        assertThat(export.get("conversations").get(0).get("messages").findValuesAsString("text"))
                .containsExactly("请把发票寄到我的地址：杭州市西湖区", "收到，已寄出。");

        assertThat(workspace.supervisor().api().post("/api/v1/contacts/" + contact + "/erase", Map.of()).status()).isEqualTo(403);
        assertThat(admin.post("/api/v1/contacts/" + contact + "/erase", Map.of()).status()).isEqualTo(204);

        JsonNode erased = admin.get("/api/v1/contacts/" + contact).json();
        assertThat(erased.get("erased").asBoolean()).isTrue();
        assertThat(erased.get("name").isNull()).isTrue();
        assertThat(erased.get("identities")).isEmpty();
        JsonNode messages = admin.get("/api/v1/conversations/" + conversation + "/messages").json();
        assertThat(messages).hasSize(2);
        assertThat(messages.findValues("text")).allMatch(JsonNode::isNull);
        assertThat(admin.get("/api/v1/attachments/" + attachment).status()).isEqualTo(404);
        JsonNode after = admin.get("/api/v1/conversations/" + conversation).json();
        assertThat(after.get("status").asString()).isEqualTo("RESOLVED");
        assertThat(after.get("firstResponseAt")).isEqualTo(before.get("firstResponseAt"));
        assertThat(after.get("resolvedAt")).isEqualTo(before.get("resolvedAt"));
        assertThat(after.get("subject").isNull()).isTrue();

        JsonNode audit = admin.get("/api/v1/audit-log").json().get("items");
        assertThat(audit.findValuesAsString("action")).contains("contact.exported", "contact.erased");
        assertThat(workspace.agent().api().get("/api/v1/audit-log").status()).isEqualTo(403);

        TestApi.Response newMessage = admin.post("/api/v1/inboxes/" + workspace.inbox(Channel.EMAIL) + "/inbound",
                Map.of("from", Map.of("address", "chen.jing@example.cn"), "text", "hello again"));
        String newContact = admin.get("/api/v1/conversations/" + newMessage.json().get("conversationId").asString())
                .json().get("contactId").asString();
        assertThat(newContact).as("an erased customer who writes again is a new contact").isNotEqualTo(contact);
    }
}
