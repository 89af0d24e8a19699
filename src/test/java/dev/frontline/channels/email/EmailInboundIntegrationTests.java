package dev.frontline.channels.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.channels.Channel;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class EmailInboundIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmailReceiver receiver;

    TestWorkspaces.Workspace workspace;
    TestApi api;

    @BeforeEach
    void setUp() {
        workspace = workspaces.create();
        api = workspace.agent().api();
    }

    static byte[] eml(String name) {
        try (InputStream in = EmailInboundIntegrationTests.class.getResourceAsStream("/email/" + name)) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException missing) {
            throw new IllegalStateException("No test email " + name, missing);
        }
    }

    private TestApi.Response post(byte[] message) {
        return api.sendBytes("POST", "/api/v1/inboxes/" + workspace.inbox(Channel.EMAIL) + "/email", message, "message/rfc822");
    }

    private JsonNode received(String name) {
        TestApi.Response response = post(eml(name));
        assertThat(response.status()).as(name + ": " + response.body()).isEqualTo(201);
        return response.json();
    }

    private JsonNode conversation(JsonNode receipt) {
        return api.get("/api/v1/conversations/" + receipt.get("conversationId").asString()).json();
    }

    private JsonNode message(JsonNode receipt) {
        JsonNode messages = api.get("/api/v1/conversations/" + receipt.get("conversationId").asString() + "/messages").json();
        for (JsonNode message : messages) {
            if (message.get("id").asString().equals(receipt.get("messageId").asString())) {
                return message;
            }
        }
        throw new AssertionError("message not in its conversation");
    }

    private JsonNode contact(JsonNode receipt) {
        return api.get("/api/v1/contacts/" + conversation(receipt).get("contactId").asString()).json();
    }

    private static List<String> filenames(JsonNode message) {
        List<String> names = new ArrayList<>();
        message.get("attachments").forEach(a -> names.add(a.get("filename").asString()));
        return names;
    }

    private String download(String attachmentId) {
        return api.get("/api/v1/attachments/" + attachmentId).body();
    }

    @Test
    void aUtf8EmailBecomesAConversationWithTheSendersNameAndTheOriginalKept() {
        JsonNode receipt = received("utf8-plain.eml");

        assertThat(receipt.get("kind").asString()).isEqualTo("message");
        assertThat(receipt.get("duplicate").asBoolean()).isFalse();
        assertThat(conversation(receipt).get("subject").asString()).isEqualTo("退款还没到账 – 订单 #1042");
        JsonNode contact = contact(receipt);
        assertThat(contact.get("name").asString()).isEqualTo("王芳");
        assertThat(contact.get("identities").get(0).get("value").asString()).isEqualTo("wang.fang@example.cn");
        JsonNode message = message(receipt);
        assertThat(message.get("text").asString()).isEqualTo("您好，我两周前退货了，还没有收到退款。😀");
        assertThat(message.get("metadata").get("email").get("messageId").asString()).isEqualTo("CAF=utf8.1@mail.example.cn");
        assertThat(message.get("metadata").get("email").get("to").get(0).asString()).isEqualTo("Support <support@frontline.test>");
        JsonNode original = message.get("attachments").get(0);
        assertThat(original.get("filename").asString()).isEqualTo("original.eml");
        assertThat(download(original.get("id").asString())).contains("Message-ID: <CAF=utf8.1@mail.example.cn>");
    }

    @Test
    void legacyChineseKoreanAndJapaneseCharsetsAreReadIncludingMislabelledSupersets() {
        JsonNode gbk = received("gbk-alternative.eml");
        assertThat(conversation(gbk).get("subject").asString()).isEqualTo("发票抬头错误（王喆）");
        assertThat(contact(gbk).get("name").asString()).isEqualTo("王喆");
        assertThat(message(gbk).get("text").asString()).isEqualTo("您好，我叫王喆，订单号 2088，发票抬头写错了。");
        assertThat(message(gbk).get("html").asString()).contains("<b>王喆</b>");

        JsonNode gb18030 = received("gb18030.eml");
        assertThat(message(gb18030).get("text").asString()).isEqualTo("退货地址：上海市 𠀀 路 8 号");
        assertThat(conversation(gb18030).get("subject").asString()).isEqualTo("退货地址");

        JsonNode big5 = received("big5.eml");
        assertThat(message(big5).get("text").asString()).isEqualTo("請問我的包裹什麼時候會到？謝謝。");
        assertThat(conversation(big5).get("subject").asString()).isEqualTo("包裹查詢");
        assertThat(contact(big5).get("name").asString()).isEqualTo("陳小明");

        JsonNode korean = received("euc-kr.eml");
        assertThat(message(korean).get("text").asString()).isEqualTo("안녕하세요, 배송이 아직 안 왔어요. 똠방각하");
        assertThat(conversation(korean).get("subject").asString()).isEqualTo("배송 문의");
        assertThat(contact(korean).get("name").asString()).isEqualTo("김민수");

        JsonNode japanese = received("iso-2022-jp.eml");
        assertThat(message(japanese).get("text").asString()).isEqualTo("お世話になっております。注文した商品がまだ届いていません。");
        assertThat(conversation(japanese).get("subject").asString()).isEqualTo("商品未着のお問い合わせ");
        assertThat(contact(japanese).get("name").asString()).isEqualTo("山田太郎");
    }

    @Test
    void anInlineImageIsStoredAsAnAttachmentAndTheHtmlLinksToItsDownload() {
        JsonNode receipt = received("inline-image.eml");

        JsonNode message = message(receipt);
        assertThat(message.get("text").asString()).isEqualTo("The checkout shows this error: [image]");
        assertThat(filenames(message)).containsExactlyInAnyOrder("error.png", "original.eml");
        String imageId = null;
        for (JsonNode attachment : message.get("attachments")) {
            if (attachment.get("filename").asString().equals("error.png")) {
                imageId = attachment.get("id").asString();
                assertThat(attachment.get("contentType").asString()).isEqualTo("image/png");
            }
        }
        assertThat(message.get("html").asString()).contains("src=\"/api/v1/attachments/" + imageId + "\"")
                .doesNotContain("cid:");
        assertThat(api.get("/api/v1/attachments/" + imageId).status()).isEqualTo(200);
    }

    @Test
    void attachmentNamesInRfc2231AndRfc2047AreDecoded() {
        JsonNode message = message(received("attachments-encoded-names.eml"));

        assertThat(message.get("text").asString()).isEqualTo("Please find the invoice and the quote attached.");
        assertThat(filenames(message)).containsExactlyInAnyOrder("发票 2025.pdf", "견적서.xlsx", "original.eml");
    }

    @Test
    void brokenMimeIsStoredAsWellAsItCanBeRead() {
        JsonNode boundary = message(received("broken-boundary.eml"));
        assertThat(boundary.get("text").asString()).isEqualTo("The text behind a boundary that does not match the header.");
        assertThat(filenames(boundary)).contains("notes.txt", "original.eml");

        JsonNode base64 = message(received("bad-base64.eml"));
        assertThat(base64.get("text").asString()).startsWith("This body has some corrupt base64")
                .endsWith("should still be readable.");

        JsonNode charset = received("unknown-charset.eml");
        assertThat(message(charset).get("text").asString()).isEqualTo("Café au lait, naïve façade.");
        assertThat(conversation(charset).get("subject").asString()).isEqualTo("Café order");
    }

    @Test
    void hostileHtmlIsStoredInert() {
        String html = message(received("hostile-html.eml")).get("html").asString();

        assertThat(html).doesNotContain("<script", "onclick", "/api/v1/logout").contains("Hi");
    }

    @Test
    void repliesThreadByInReplyToAndReferencesWithQuotesAndSignatureCut() {
        JsonNode first = received("thread-1.eml");
        JsonNode second = received("thread-2.eml");
        JsonNode third = received("thread-3.eml");

        assertThat(second.get("conversationId")).isEqualTo(first.get("conversationId"));
        assertThat(third.get("conversationId")).isEqualTo(first.get("conversationId"));
        JsonNode reply = message(second);
        assertThat(reply.get("text").asString()).isEqualTo("I forgot: the tracking number is ES123.");
        assertThat(reply.get("metadata").get("email").get("fullText").asString()).contains("> Hello, my order 7781");
        assertThat(reply.get("metadata").get("email").get("inReplyTo").asString()).isEqualTo("thread.1@example.es");
        assertThat(message(third).get("text").asString()).isEqualTo("It arrived, thank you!");
    }

    @Test
    void aNewSubjectFromTheSameCustomerIsANewConversation() {
        JsonNode first = received("thread-1.eml");
        JsonNode other = received("new-subject.eml");

        assertThat(other.get("conversationId")).isNotEqualTo(first.get("conversationId"));
        assertThat(conversation(other).get("contactId")).isEqualTo(conversation(first).get("contactId"));
    }

    @Test
    void theConversationTokenInTheSubjectThreadsAReplyWithoutReplyHeaders() {
        JsonNode first = received("thread-1.eml");
        String token = ConversationToken.format(UUID.fromString(first.get("conversationId").asString()));
        byte[] reply = new String(eml("subject-token.eml"), StandardCharsets.UTF_8).replace("{{TOKEN}}", token)
                .getBytes(StandardCharsets.UTF_8);

        TestApi.Response response = post(reply);

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.json().get("conversationId")).isEqualTo(first.get("conversationId"));
    }

    @Test
    void anOutlookStyleChineseReplyKeepsOnlyTheNewText() {
        assertThat(message(received("outlook-reply-zh.eml")).get("text").asString()).isEqualTo("好的，谢谢！");
    }

    @Test
    void anHtmlOnlyOutlookChineseReplyKeepsOnlyTheNewTextAndTheOriginal() {
        JsonNode message = message(received("outlook-reply-zh-html.eml"));

        assertThat(message.get("text").asString()).isEqualTo("收到，谢谢！");
        assertThat(message.get("metadata").get("email").get("fullText").asString()).contains("发件人:", "您的退款已处理。");
        assertThat(filenames(message)).contains("original.eml");
    }

    @Test
    void aKoreanOutlookReplyKeepsOnlyTheNewText() {
        JsonNode message = message(received("outlook-reply-ko.eml"));

        assertThat(message.get("text").asString()).isEqualTo("감사합니다. 확인했습니다.");
        assertThat(message.get("metadata").get("email").get("fullText").asString()).contains("환불이 처리되었습니다.");
    }

    @Test
    void theSameMessageIdIsStoredOnceAndAnsweredAsDuplicate() {
        JsonNode first = received("thread-1.eml");
        TestApi.Response again = post(eml("thread-1.eml"));
        EmailReceipt fromAnotherFolder = receiver.receive(workspace.inbox(Channel.EMAIL), eml("thread-1.eml"), "imap");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("duplicate").asBoolean()).isTrue();
        assertThat(again.json().get("messageId")).isEqualTo(first.get("messageId"));
        assertThat(fromAnotherFolder.duplicate()).isTrue();
        assertThat(fromAnotherFolder.messageId().toString()).isEqualTo(first.get("messageId").asString());
        assertThat(jdbc.sql("select count(*) from messages where workspace_id = ? and external_id = 'thread.1@example.es'")
                .param(workspace.id().value()).query(Long.class).single()).isOne();
    }

    @Test
    void twoMessagesWithoutMessageIdDoNotCollideAndEachIsStoredOnce() {
        JsonNode first = received("no-message-id-1.eml");
        JsonNode second = received("no-message-id-2.eml");
        TestApi.Response firstAgain = post(eml("no-message-id-1.eml"));

        assertThat(second.get("messageId")).isNotEqualTo(first.get("messageId"));
        assertThat(firstAgain.status()).isEqualTo(200);
        assertThat(firstAgain.json().get("messageId")).isEqualTo(first.get("messageId"));
    }

    @Test
    void autoRepliesAreRecognisedByHeadersAndSubjectsAndStoredWithTheirKind() {
        assertThat(received("auto-reply-subject-ko.eml").get("kind").asString()).isEqualTo("auto-reply");
        assertThat(received("auto-reply-precedence.eml").get("kind").asString()).isEqualTo("auto-reply");
        JsonNode auto = received("auto-reply.eml");
        assertThat(auto.get("kind").asString()).isEqualTo("auto-reply");
        assertThat(message(auto).get("metadata").get("email").get("kind").asString()).isEqualTo("auto-reply");
        assertThat(jdbc.sql("select count(*) from conversations where id = ? and waiting_since is null")
                .param(UUID.fromString(auto.get("conversationId").asString())).query(Long.class).single()).isOne();
    }

    @Test
    void anAutoReplyToAnAgentsEmailJoinsItsConversationWithoutReopeningIt() {
        JsonNode first = received("thread-1.eml");
        String conversationId = first.get("conversationId").asString();
        String replyId = api.post("/api/v1/conversations/" + conversationId + "/messages", Map.of("text", "On its way!"))
                .json().get("id").asString();
        jdbc.sql("update messages set external_id = 'out-2@frontline.test' where id = ?").param(UUID.fromString(replyId)).update();
        api.patch("/api/v1/conversations/" + conversationId, Map.of("status", "RESOLVED"));

        JsonNode auto = received("auto-reply.eml");

        assertThat(auto.get("conversationId").asString()).isEqualTo(conversationId);
        assertThat(conversation(auto).get("status").asString()).isEqualTo("RESOLVED");
    }

    @Test
    void aBounceIsStoredWithTheRepliesConversationAndMarksTheReplyFailed() {
        JsonNode first = received("thread-1.eml");
        String conversationId = first.get("conversationId").asString();
        String replyId = api.post("/api/v1/conversations/" + conversationId + "/messages", Map.of("text", "Refund sent"))
                .json().get("id").asString();
        jdbc.sql("update messages set metadata = '{\"email\":{\"messageId\":\"<out-1@frontline.test>\"}}' where id = ?")
                .param(UUID.fromString(replyId)).update();

        JsonNode bounce = received("bounce-dsn.eml");

        assertThat(bounce.get("kind").asString()).isEqualTo("bounce");
        assertThat(bounce.get("conversationId").asString()).isEqualTo(conversationId);
        JsonNode report = message(bounce).get("metadata").get("email").get("report");
        assertThat(report.get("status").asString()).isEqualTo("5.1.1");
        assertThat(report.get("recipient").asString()).isEqualTo("rfc822; nobody@example.invalid");
        assertThat(jdbc.sql("select delivery_status from messages where id = ?").param(UUID.fromString(replyId))
                .query(String.class).single()).isEqualTo("failed");
    }

    @Test
    void unusableRequestsAreClearProblems() {
        UUID chatInbox = workspace.inbox(Channel.CHAT);
        assertThat(api.sendBytes("POST", "/api/v1/inboxes/" + chatInbox + "/email", eml("thread-1.eml"), "message/rfc822")
                .status()).isEqualTo(422);
        assertThat(api.sendBytes("POST", "/api/v1/inboxes/" + UUID.randomUUID() + "/email", eml("thread-1.eml"), "message/rfc822")
                .status()).isEqualTo(404);
        UUID otherWorkspacesInbox = workspaces.create().inbox(Channel.EMAIL);
        assertThat(api.sendBytes("POST", "/api/v1/inboxes/" + otherWorkspacesInbox + "/email", eml("thread-1.eml"),
                "message/rfc822").status()).isEqualTo(404);
        TestApi.Response json = api.sendBytes("POST", "/api/v1/inboxes/" + workspace.inbox(Channel.EMAIL) + "/email",
                "{}".getBytes(StandardCharsets.UTF_8), "application/json");
        assertThat(json.status()).isEqualTo(415);
        TestApi.Response noSender = post("Subject: nobody\r\n\r\nno sender".getBytes(StandardCharsets.US_ASCII));
        assertThat(noSender.status()).isEqualTo(422);
        assertThat(noSender.header("content-type")).startsWith("application/problem+json");
        assertThat(post(new byte[0]).status()).isEqualTo(400);
    }

    @Test
    void aBatchStoresTheEmailsBeforeAnUnusableOneAndRefusesABatchThatStartsWithOne() {
        UUID inbox = workspace.inbox(dev.frontline.channels.Channel.EMAIL);
        byte[] first = "From: ada@customer.example\r\nMessage-ID: <batch-1@customer.example>\r\nSubject: one\r\n\r\none"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] noSender = "Subject: nobody\r\n\r\nno sender".getBytes(StandardCharsets.US_ASCII);
        byte[] after = "From: bob@customer.example\r\nMessage-ID: <batch-2@customer.example>\r\nSubject: two\r\n\r\ntwo"
                .getBytes(StandardCharsets.US_ASCII);

        var receipts = receiver.receiveAll(inbox, List.of(first, noSender, after), "imap");

        assertThat(receipts).hasSize(1).allMatch(receipt -> !receipt.duplicate());
        assertThat(jdbc.sql("select external_id from messages where inbox_id = ?").param(inbox).query(String.class).list())
                .containsExactly("batch-1@customer.example");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> receiver.receiveAll(inbox, List.of(noSender, after), "imap"))
                .isInstanceOf(dev.frontline.shared.UnprocessableException.class);
        assertThat(jdbc.sql("select count(*) from messages where inbox_id = ?").param(inbox).query(Long.class).single())
                .isEqualTo(1);
    }
}
