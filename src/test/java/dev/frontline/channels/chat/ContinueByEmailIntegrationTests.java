package dev.frontline.channels.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.frontline.channels.Channel;
import dev.frontline.channels.email.ConversationToken;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A chat that continues by email, against a real SMTP server (GreenMail): the visitor who found nobody available
 * and left their email, or an agent's "Continue by email"; the customer's emailed answer joins the same conversation.
 */
@IntegrationTest
class ContinueByEmailIntegrationTests {

    static final String SHOP = "https://shop.example.com";

    @RegisterExtension
    static GreenMailExtension mailServer = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    TestWorkspaces workspaces;

    TestWorkspaces.Workspace workspace;
    UUID chat;
    UUID email;

    @BeforeEach
    void setUp() {
        workspace = workspaces.create();
        chat = workspace.inbox(Channel.CHAT);
        email = workspace.inbox(Channel.EMAIL);
        TestApi.Response configured = workspace.admin().api().patch("/api/v1/inboxes/" + email, Map.of("settings", Map.of(
                "email", Map.of("address", "support@acme.test", "fromName", "Acme Support",
                        "smtp", Map.of("host", "127.0.0.1", "port", mailServer.getSmtp().getPort(), "tls", "none")))));
        assertThat(configured.status()).as(configured.body()).isEqualTo(200);
    }

    private void everyone(String status) {
        for (TestWorkspaces.StaffAccount staff : new TestWorkspaces.StaffAccount[] {workspace.admin(), workspace.supervisor(),
                workspace.agent()}) {
            assertThat(staff.api().put("/api/v1/presence/me", Map.of("status", status)).status()).isEqualTo(200);
        }
    }

    private JsonNode session(Map<String, Object> body) {
        return workspaces.anonymous().withHeader("Origin", SHOP).post("/api/v1/widget/" + chat + "/session", body).json();
    }

    private String say(WidgetVisitorClient visitor, String id, String text) {
        visitor.send(Map.of("type", "message", "id", id, "text", text));
        return visitor.next("ack").get("conversationId").asString();
    }

    private String reply(String conversation, String text) {
        TestApi.Response sent = workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("text", text));
        assertThat(sent.status()).isEqualTo(201);
        return sent.json().get("id").asString();
    }

    private static MimeMessage awaitMail(String to, String text) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(mailServer.getReceivedMessages())
                .filter(mail -> {
                    try {
                        return ((InternetAddress) mail.getRecipients(Message.RecipientType.TO)[0]).getAddress().equals(to)
                                && com.icegreen.greenmail.util.GreenMailUtil.getBody(mail).contains(text);
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }).findFirst().orElse(null), mail -> mail != null);
    }

    @Test
    void chosenBusinessHoursCloseTheChatEvenWithAgentsAvailable() {
        everyone("AVAILABLE");
        assertThat(session(Map.of()).get("agentsAvailable").asBoolean()).as("default office hours do not close the chat")
                .isTrue();
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).getDayOfWeek().name();
        String otherDay = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(3).getDayOfWeek().name();
        assertThat(workspace.admin().api().put("/api/v1/business-hours", Map.of("timezone", "UTC", "week",
                Map.of(otherDay, java.util.List.of(Map.of("from", "00:00", "to", "24:00"))))).status()).isEqualTo(200);
        assertThat(session(Map.of()).get("agentsAvailable").asBoolean()).as("closed all " + today).isFalse();

        assertThat(workspace.admin().api().put("/api/v1/business-hours", Map.of("timezone", "UTC", "alwaysOpen", true))
                .status()).isEqualTo(200);
        assertThat(session(Map.of()).get("agentsAvailable").asBoolean()).isTrue();
    }

    @Test
    void aVisitorWhoFoundNobodyGetsTheAnswerByEmailAndTheirEmailedAnswerJoinsTheSameConversation() throws Exception {
        everyone("OFFLINE");
        JsonNode offline = session(Map.of("email", "ada@customer.example", "name", "Ada"));
        assertThat(offline.get("agentsAvailable").asBoolean()).isFalse();
        String conversation;
        try (WidgetVisitorClient visitor = WidgetVisitorClient.connect(workspaces.baseUrl(), offline.get("token").asString(), SHOP)) {
            visitor.next("history");
            conversation = say(visitor, "o-1", "Can I return shoes after 30 days?");
        }
        JsonNode followUp = workspace.agent().api().get("/api/v1/conversations/" + conversation + "/continue-by-email").json();
        assertThat(followUp.get("requestedBy").asString()).isEqualTo("VISITOR");
        assertThat(followUp.get("email").asString()).isEqualTo("ada@customer.example");

        reply(conversation, "Yes, within 60 days.");
        MimeMessage mail = awaitMail("ada@customer.example", "Yes, within 60 days.");
        assertThat(mail.getSubject()).contains(ConversationToken.format(UUID.fromString(conversation)));

        String answer = "From: Ada <ada@customer.example>\r\nTo: support@acme.test\r\nSubject: Re: " + mail.getSubject()
                + "\r\nMessage-ID: <answer-1@customer.example>\r\nIn-Reply-To: " + mail.getMessageID()
                + "\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nGreat, thank you!\r\n";
        TestApi.Response received = workspace.admin().api().sendBytes("POST", "/api/v1/inboxes/" + email + "/email",
                answer.getBytes(StandardCharsets.UTF_8), "message/rfc822");

        assertThat(received.status()).as(received.body()).isEqualTo(201);
        JsonNode thread = workspace.agent().api().get("/api/v1/conversations/" + conversation + "/messages").json();
        assertThat(thread).hasSize(3);
        assertThat(thread.get(2).get("text").asString()).contains("Great, thank you!");
        assertThat(workspace.agent().api().get("/api/v1/conversations?inbox=" + email).json().get("items"))
                .as("no separate email conversation").isEmpty();
    }

    @Test
    void anAgentContinuesAChatByEmailUntilTheVisitorIsBackInTheChat() {
        everyone("AVAILABLE");
        String token = session(Map.of()).get("token").asString();
        try (WidgetVisitorClient visitor = WidgetVisitorClient.connect(workspaces.baseUrl(), token, SHOP)) {
            visitor.next("history");
            String conversation = say(visitor, "a-1", "I have to go, can you email me?");
            String path = "/api/v1/conversations/" + conversation + "/continue-by-email";
            assertThat(workspace.agent().api().get(path).status()).as("a live chat stays a chat").isEqualTo(404);

            TestApi.Response noEmail = workspace.agent().api().post(path, Map.of());
            TestApi.Response badEmail = workspace.agent().api().post(path, Map.of("email", "not an address"));
            TestApi.Response started = workspace.agent().api().post(path, Map.of("email", "bo@customer.example"));

            assertThat(noEmail.status()).isEqualTo(400);
            assertThat(noEmail.header("content-type")).startsWith("application/problem+json");
            assertThat(badEmail.status()).isEqualTo(400);
            assertThat(started.status()).as(started.body()).isEqualTo(200);
            assertThat(started.json().get("requestedBy").asString()).isEqualTo("AGENT");
            assertThat(started.json().get("viaInboxId").asString()).isEqualTo(email.toString());

            reply(conversation, "Here is the summary by email.");
            awaitMail("bo@customer.example", "Here is the summary by email.");

            say(visitor, "a-2", "I am back.");
            assertThat(workspace.agent().api().get(path).status()).as("back in the chat").isEqualTo(404);
            JsonNode timeline = workspace.agent().api().get("/api/v1/conversations/" + conversation + "/timeline").json();
            List<String> switches = new ArrayList<>();
            timeline.forEach(entry -> {
                if (entry.get("kind").asString().equals("channel_switched")) {
                    switches.add(entry.get("detail").get("to").asString() + " by " + entry.get("actor").get("type").asString());
                }
            });
            assertThat(switches).containsExactly("EMAIL by AGENT", "CHAT by CONTACT");
        }
        String emailConversation = workspaces.inbound(workspace, Channel.EMAIL, Map.of(
                "from", Map.of("address", "cy@customer.example"), "externalId", "<q@customer.example>", "text", "Hi"));
        assertThat(workspace.agent().api().post("/api/v1/conversations/" + emailConversation + "/continue-by-email",
                Map.of()).status()).isEqualTo(422);
        TestWorkspaces.Workspace withoutSmtp = workspaces.create();
        String otherChat = workspaces.inbound(withoutSmtp, Channel.CHAT, Map.of(
                "from", Map.of("address", "visitor:x"), "externalId", "chat:x:1", "text", "Hi"));
        assertThat(withoutSmtp.agent().api().post("/api/v1/conversations/" + otherChat + "/continue-by-email",
                Map.of("email", "dee@customer.example")).status()).isEqualTo(422);
        assertThat(withoutSmtp.agent().api().get("/api/v1/conversations/" + emailConversation + "/continue-by-email")
                .status()).as("another workspace's conversation").isEqualTo(404);
    }
}
