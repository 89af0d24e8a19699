package dev.frontline.channels.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.frontline.channels.Channel;
import dev.frontline.channels.email.ConversationToken;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * "Offer chat": an agent offers an email customer the web chat; the emailed link opens the hosted chat page bound
 * to the same contact and conversation, against a real SMTP server (GreenMail) and the real widget socket.
 */
@IntegrationTest
class OfferChatIntegrationTests {

    static final String SHOP = "https://shop.example.com";
    static final Pattern LINK = Pattern.compile("https?://\\S+/chat/([0-9a-f-]{36})\\?continue=([A-Za-z0-9_-]+)");

    @RegisterExtension
    static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    TestWorkspaces.Workspace workspace;
    UUID chat;
    UUID email;

    @BeforeEach
    void setUp() {
        workspace = workspaces.create();
        chat = workspace.inbox(Channel.CHAT);
        email = workspace.inbox(Channel.EMAIL);
        configureSmtp(workspace);
        // Only the shop may embed the widget: the hosted page, on the app's own origin, still may open it.
        assertThat(workspace.admin().api().patch("/api/v1/inboxes/" + chat,
                Map.of("settings", Map.of("allowedOrigins", List.of(SHOP)))).status()).isEqualTo(200);
    }

    private static void configureSmtp(TestWorkspaces.Workspace in) {
        TestApi.Response configured = in.admin().api().patch("/api/v1/inboxes/" + in.inbox(Channel.EMAIL), Map.of("settings",
                Map.of("email", Map.of("address", "support@acme.test", "fromName", "Acme Support",
                        "smtp", Map.of("host", "127.0.0.1", "port", mailServer.getSmtp().getPort(), "tls", "none")))));
        assertThat(configured.status()).as(configured.body()).isEqualTo(200);
    }

    private String emailConversation(TestWorkspaces.Workspace in, String from, String text) {
        return workspaces.inbound(in, Channel.EMAIL, Map.of("from", Map.of("address", from),
                "externalId", "<" + UUID.randomUUID() + "@customer.example>", "subject", "My order", "text", text));
    }

    private TestApi.Response offer(TestWorkspaces.Workspace in, String conversation, Map<String, Object> body) {
        return in.agent().api().post("/api/v1/conversations/" + conversation + "/offer-chat", body);
    }

    /** The continuation token of the link in the offer emailed to {@code to}. */
    private static String emailedToken(String to, String conversation) {
        MimeMessage mail = await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(mailServer.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().contains(to) && GreenMailUtil.getBody(m).contains("/chat/");
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }).findFirst().orElse(null), m -> m != null);
        try {
            assertThat(mail.getSubject()).as("threads with the email conversation")
                    .contains(ConversationToken.format(UUID.fromString(conversation)));
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
        Matcher link = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        assertThat(link.find()).as(GreenMailUtil.getBody(mail)).isTrue();
        return link.group(2);
    }

    private JsonNode session(String origin, UUID inbox, Map<String, Object> body) {
        TestApi.Response session = workspaces.anonymous().withHeader("Origin", origin)
                .post("/api/v1/widget/" + inbox + "/session", body);
        assertThat(session.status()).as(session.body()).isEqualTo(200);
        return session.json();
    }

    private static List<String> texts(JsonNode messages) {
        List<String> texts = new ArrayList<>();
        messages.forEach(message -> texts.add(message.path("text").asString()));
        return texts;
    }

    @Test
    void theCustomerOpensTheEmailedLinkAndChatsInTheSameConversation() {
        String conversation = emailConversation(workspace, "ada@customer.example", "Where is my order?");
        TestApi.Response offered = offer(workspace, conversation, Map.of());
        assertThat(offered.status()).as(offered.body()).isEqualTo(201);
        assertThat(offered.json().get("chatInboxId").asString()).isEqualTo(chat.toString());
        String token = emailedToken("ada@customer.example", conversation);
        assertThat(offered.json().get("url").asString()).endsWith("/chat/" + chat + "?continue=" + token);

        TestApi.Response page = workspaces.anonymous().getAccepting("/chat/" + chat + "?continue=" + token, "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("src=\"/widget.js\"", "data-inbox=\"" + chat + "\"").doesNotContain("<script>");
        assertThat(page.header("content-security-policy")).contains("script-src 'self'");

        String app = workspaces.baseUrl();
        JsonNode session = session(app, chat, Map.of("continue", token));
        assertThat(session.get("continuation").asString()).isEqualTo("CONTINUED");
        assertThat(session.get("conversation").get("id").asString()).isEqualTo(conversation);
        assertThat(texts(session.get("messages"))).hasSize(2).first().isEqualTo("Where is my order?");
        assertThat(texts(session.get("messages")).get(1)).contains("continue this conversation in our live chat");
        String visitorToken = session.get("token").asString();
        assertThat(session(app, chat, Map.of("token", visitorToken, "continue", token)).get("token").asString())
                .as("a reload of the page keeps the visitor").isEqualTo(visitorToken);
        JsonNode forwarded = session(app, chat, Map.of("continue", token));
        assertThat(forwarded.get("continuation").asString()).as("the link is the first browser's").isEqualTo("EXPIRED");
        assertThat(forwarded.get("conversation").isNull()).as("nobody else's history").isTrue();
        assertThat(forwarded.get("token").asString()).isNotEqualTo(visitorToken);
        assertThat(session(app, chat, Map.of("token", visitorToken, "continue", token)).get("continuation").asString())
                .as("still the first browser's").isEqualTo("CONTINUED");

        try (WidgetVisitorClient visitor = WidgetVisitorClient.connect(app, visitorToken, app)) {
            assertThat(visitor.next("history").get("conversation").get("id").asString()).isEqualTo(conversation);
            visitor.send(Map.of("type", "message", "id", "c-1", "text", "Hi, it is Ada from the email"));
            assertThat(visitor.next("ack").get("conversationId").asString()).isEqualTo(conversation);

            workspace.agent().api().post("/api/v1/conversations/" + conversation + "/notes", Map.of("text", "Internal: VIP"));
            workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages", Map.of("text", "Hello Ada!"));
            List<String> live = new ArrayList<>();
            while (!live.contains("Hello Ada!")) {
                live.add(visitor.next("message").get("message").get("text").asString());
            }
            assertThat(live).as("the reply in the email inbox's conversation reaches the chat; the note never")
                    .doesNotContain("Internal: VIP");
        }

        JsonNode thread = workspace.agent().api().get("/api/v1/conversations/" + conversation + "/messages").json();
        assertThat(texts(thread)).contains("Where is my order?", "Hi, it is Ada from the email", "Hello Ada!");
        assertThat(workspace.agent().api().get("/api/v1/conversations?inbox=" + chat).json().get("items"))
                .as("no separate chat conversation").isEmpty();
        JsonNode view = workspace.agent().api().get("/api/v1/conversations/" + conversation).json();
        JsonNode contact = workspace.agent().api().get("/api/v1/contacts/" + view.get("contactId").asString()).json();
        List<String> identities = new ArrayList<>();
        contact.get("identities").forEach(identity -> identities.add(identity.get("kind").asString()));
        assertThat(identities).as("the visitor is the email customer").contains("EMAIL", "CHAT");
        List<String> switches = new ArrayList<>();
        workspace.agent().api().get("/api/v1/conversations/" + conversation + "/timeline").json().forEach(entry -> {
            if (entry.get("kind").asString().equals("channel_switched")) {
                switches.add(entry.get("detail").get("to").asString() + " by " + entry.get("actor").get("type").asString());
            }
        });
        assertThat(switches).containsExactly("CHAT_OFFERED by AGENT", "CHAT by CONTACT");
    }

    @Test
    void theOfferIsWrittenInTheCustomersLanguage() {
        Map<String, String> expected = Map.of("ko", "실시간 채팅에서 이 대화를 이어가실 수 있습니다",
                "zh-Hant", "您可以在線上聊天中繼續此對話", "zh-CN", "您可以在在线聊天中继续此对话",
                "fr", "You can continue this conversation in our live chat");
        expected.forEach((language, text) -> {
            String conversation = workspaces.inbound(workspace, Channel.EMAIL, Map.of(
                    "from", Map.of("address", language + "-" + UUID.randomUUID() + "@customer.example", "language", language),
                    "externalId", "<" + UUID.randomUUID() + "@customer.example>", "subject", "Order", "text", "?"));
            TestApi.Response offered = offer(workspace, conversation, Map.of());
            assertThat(offered.status()).as(offered.body()).isEqualTo(201);

            JsonNode messages = workspace.agent().api().get("/api/v1/conversations/" + conversation + "/messages").json();
            assertThat(messages.toString()).as(language).contains(text).contains(offered.json().get("url").asString());
        });
    }

    @Test
    void anExpiredForgedOrForeignLinkOpensAnAnonymousChatThatSaysSo() {
        String conversation = emailConversation(workspace, "bo@customer.example", "Can I chat?");
        assertThat(offer(workspace, conversation, Map.of()).status()).isEqualTo(201);
        String expired = emailedToken("bo@customer.example", conversation);
        jdbc.sql("update chat_continuations set expires_at = expires_at - interval '8' day where conversation_id = ?")
                .param(UUID.fromString(conversation)).update();

        TestWorkspaces.Workspace other = workspaces.create();
        configureSmtp(other);
        String foreignConversation = emailConversation(other, "cy@customer.example", "Hello from elsewhere");
        assertThat(offer(other, foreignConversation, Map.of()).status()).isEqualTo(201);
        String foreign = emailedToken("cy@customer.example", foreignConversation);
        assertThat(session(workspaces.baseUrl(), other.inbox(Channel.CHAT), Map.of("continue", foreign))
                .get("continuation").asString()).as("valid for its own workspace's chat").isEqualTo("CONTINUED");

        for (String token : List.of(expired, "forged-" + "x".repeat(36), foreign)) {
            Map<String, Object> body = new HashMap<>();
            body.put("continue", token);
            JsonNode session = session(workspaces.baseUrl(), chat, body);
            assertThat(session.get("continuation").asString()).as(token).isEqualTo("EXPIRED");
            assertThat(session.get("conversation").isNull()).as("nobody's history").isTrue();
            assertThat(session.get("messages")).isEmpty();
        }
    }

    @Test
    void onlyAnEmailConversationIsOfferedTheChatOfItsOwnWorkspace() {
        String chatConversation = workspaces.inbound(workspace, Channel.CHAT, Map.of(
                "from", Map.of("address", "visitor:z"), "externalId", "chat:z:1", "text", "Hi"));
        String conversation = emailConversation(workspace, "dee@customer.example", "Hi");
        TestWorkspaces.Workspace other = workspaces.create();

        TestApi.Response ofChat = offer(workspace, chatConversation, Map.of());
        TestApi.Response toEmailInbox = offer(workspace, conversation, Map.of("chatInboxId", email.toString()));
        TestApi.Response toForeignChat = offer(workspace, conversation, Map.of("chatInboxId", other.inbox(Channel.CHAT).toString()));
        TestApi.Response foreignConversation = offer(other, conversation, Map.of());

        assertThat(ofChat.status()).isEqualTo(422);
        assertThat(ofChat.header("content-type")).startsWith("application/problem+json");
        assertThat(toEmailInbox.status()).isEqualTo(422);
        assertThat(toForeignChat.status()).isEqualTo(404);
        assertThat(foreignConversation.status()).isEqualTo(404);
        assertThat(workspaces.anonymous().getAccepting("/chat/" + email, "text/html").status())
                .as("the hosted page is only for chat inboxes").isEqualTo(404);
    }
}
