package dev.frontline.channels.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.frontline.channels.Channel;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The email transport against a real GreenMail server: customer mail fetched by IMAP, agent replies sent by
 * SMTP through the outbox, retries, and fetching again without storing twice.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class EmailTransportIntegrationTests {

    private static final String PASSWORD = "mailbox-Secret-" + UUID.randomUUID();

    @RegisterExtension
    static GreenMailExtension mailServer = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("support@acme.test", "support", PASSWORD));

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    private final List<UUID> configured = new ArrayList<>();

    @Test
    void customerMailIsFetchedAndTheAgentsReplyReachesTheCustomerThreaded(CapturedOutput output) throws Exception {
        var workspace = workspaces.create();
        UUID inbox = workspace.inbox(Channel.EMAIL);
        configure(workspace.admin().api(), inbox, mailServer.getSmtp().getPort(), true);

        customerWrites("<order-1234@customer.example>", "Order 1234 is late", "Where is my parcel?");
        String conversation = awaitConversation(workspace.agent().api(), inbox);
        String attachment = Base64.getEncoder().encodeToString("invoice".getBytes(StandardCharsets.UTF_8));
        var reply = workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages", Map.of(
                "text", "It left our warehouse today.", "html", "<p>It left our <b>warehouse</b> today.</p>",
                "attachments", List.of(Map.of("filename", "invoice.txt", "contentType", "text/plain", "data", attachment)),
                "metadata", Map.of("email", Map.of("cc", List.of("manager@customer.example")))));

        assertThat(reply.status()).isEqualTo(201);
        String messageId = reply.json().get("id").asString();
        String emailMessageId = reply.json().get("externalId").asString();
        MimeMessage sent = awaitMailTo("ada@customer.example");
        assertThat(sent.getMessageID()).isEqualTo("<" + emailMessageId + ">").endsWith("@acme.test>");
        assertThat(sent.getHeader("In-Reply-To", null)).isEqualTo("<order-1234@customer.example>");
        assertThat(sent.getHeader("References", null)).contains("<order-1234@customer.example>");
        assertThat(sent.getSubject()).isEqualTo("Re: Order 1234 is late "
                + ConversationToken.format(UUID.fromString(conversation)));
        assertThat(((InternetAddress) sent.getFrom()[0]).getPersonal()).isEqualTo("Acme Support");
        assertThat(((InternetAddress) sent.getFrom()[0]).getAddress()).isEqualTo("support@acme.test");
        assertThat(addresses(sent.getReplyTo())).containsExactly("help@acme.test");
        assertThat(addresses(sent.getRecipients(Message.RecipientType.CC))).containsExactly("manager@customer.example");
        List<String> parts = new ArrayList<>();
        collect(sent, parts);
        assertThat(parts).contains("text/plain:It left our warehouse today.\r\n\r\n-- \r\nAcme Support team",
                "attachment:invoice.txt:invoice");
        assertThat(parts).anyMatch(part -> part.startsWith("text/html:") && part.contains("<b>warehouse</b>"));
        awaitDelivery(workspace.agent().api(), conversation, messageId, "sent");
        assertThat(output.getAll()).doesNotContain(PASSWORD);

        customerWrites("<order-1234-2@customer.example>", "Re: " + sent.getSubject(), "Thanks!",
                sent.getMessageID());
        await().atMost(Duration.ofSeconds(20)).until(() -> messageCount(inbox) == 3);
        assertThat(workspace.agent().api().get("/api/v1/conversations?inbox=" + inbox).json().get("items").size())
                .isEqualTo(1);
    }

    @Test
    void aReplyTheServerRefusesIsRetriedThenFailedAndSentWhenTheAgentRetries() throws Exception {
        var workspace = workspaces.create();
        UUID inbox = workspace.inbox(Channel.EMAIL);
        int port = freePort();
        configure(workspace.admin().api(), inbox, port, false);
        String conversation = workspaces.inbound(workspace, Channel.EMAIL, Map.of(
                "from", Map.of("address", "ada@customer.example"), "externalId", "<q-1@customer.example>",
                "subject", "Question", "text", "Hello?"));
        String messageId = workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("text", "Hello Ada")).json().get("id").asString();

        awaitDelivery(workspace.agent().api(), conversation, messageId, "failed");
        assertThat(jdbc.sql("select attempts from email_outbox where message_id = ?").param(UUID.fromString(messageId))
                .query(Integer.class).single()).isEqualTo(3);
        GreenMail restarted = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        restarted.setUser("support@acme.test", "support", PASSWORD);
        restarted.start();
        try {
            var retried = workspace.agent().api().post(
                    "/api/v1/conversations/" + conversation + "/messages/" + messageId + "/retry", Map.of());
            var again = workspace.agent().api().post(
                    "/api/v1/conversations/" + conversation + "/messages/" + messageId + "/retry", Map.of());

            assertThat(retried.status()).isEqualTo(200);
            assertThat(retried.json().get("deliveryStatus").asString()).isIn("queued", "sent");
            assertThat(again.status()).isEqualTo(422);
            awaitDelivery(workspace.agent().api(), conversation, messageId, "sent");
            assertThat(restarted.getReceivedMessages()).hasSize(1);
            assertThat(restarted.getReceivedMessages()[0].getHeader("In-Reply-To", null))
                    .isEqualTo("<q-1@customer.example>");
        } finally {
            restarted.stop();
        }
    }

    @Test
    void fetchingAgainAfterACrashOrANewUidValidityStoresNothingTwice() throws Exception {
        var workspace = workspaces.create();
        UUID inbox = workspace.inbox(Channel.EMAIL);
        configure(workspace.admin().api(), inbox, mailServer.getSmtp().getPort(), true);
        customerWrites("<a@customer.example>", "First", "one");
        customerWrites("<b@customer.example>", "Second", "two");
        await().atMost(Duration.ofSeconds(20)).until(() -> messageCount(inbox) == 2 && lastUid(inbox) == 2);

        // A crash after storing but before the UIDs were remembered: the next round fetches both again.
        Instant crash = Instant.now();
        jdbc.sql("update email_mailbox_state set last_uid = 0 where inbox_id = ?").param(inbox).update();
        await().atMost(Duration.ofSeconds(20)).until(() -> lastUid(inbox) == 2 && polledAfter(inbox, crash));
        // The server renumbered the folder (a new UIDVALIDITY): it is read again from the start.
        Instant renumbered = Instant.now();
        jdbc.sql("update email_mailbox_state set uid_validity = uid_validity + 1 where inbox_id = ?").param(inbox).update();
        await().atMost(Duration.ofSeconds(20)).until(() -> polledAfter(inbox, renumbered) && lastUid(inbox) == 2);

        assertThat(messageCount(inbox)).isEqualTo(2);
        var seen = mailServer.getReceivedMessagesForDomain("acme.test");
        assertThat(seen).hasSize(2).allMatch(mail -> flagged(mail));
    }

    @Test
    void aBacklogIsStoredInOneFetchAndAReplyInTheSameFetchJoinsItsThread() throws Exception {
        var workspace = workspaces.create();
        UUID inbox = workspace.inbox(Channel.EMAIL);
        // Mail that waited on the server (the inbox was offline): one round fetches all of it.
        customerWrites("<order@customer.example>", "Where is my order?", "Order 1234 has not arrived.");
        customerWrites("<other@customer.example>", "Invoice address", "Please change my invoice address.");
        customerWrites("<order-again@customer.example>", "Re: Where is my order?", "Any news?",
                "<order@customer.example>");
        configure(workspace.admin().api(), inbox, mailServer.getSmtp().getPort(), true);
        await().atMost(Duration.ofSeconds(20)).until(() -> messageCount(inbox) == 3 && lastUid(inbox) == 3);

        assertThat(conversationOf(inbox, "order-again@customer.example"))
                .isEqualTo(conversationOf(inbox, "order@customer.example"))
                .isNotEqualTo(conversationOf(inbox, "other@customer.example"));
        assertThat(mailServer.getReceivedMessagesForDomain("acme.test")).hasSize(3).allMatch(mail -> flagged(mail));
    }

    private UUID conversationOf(UUID inbox, String messageId) {
        return jdbc.sql("select conversation_id from messages where inbox_id = ? and external_id = ?")
                .params(inbox, messageId).query(UUID.class).single();
    }

    /** Each test's mail server is gone after it: stop fetching from it. */
    @AfterEach
    void disconnectMailboxes() {
        configured.forEach(inbox -> jdbc.sql("update inboxes set settings = '{}' where id = ?").param(inbox).update());
    }

    private static boolean flagged(MimeMessage mail) {
        try {
            return mail.isSet(jakarta.mail.Flags.Flag.SEEN);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void configure(TestApi admin, UUID inbox, int smtpPort, boolean imap) {
        Map<String, Object> email = new LinkedHashMap<>(Map.of("address", "support@acme.test", "fromName", "Acme Support",
                "replyTo", "help@acme.test", "signature", "Acme Support team",
                "smtp", Map.of("host", "127.0.0.1", "port", smtpPort, "tls", "none", "username", "support",
                        "password", PASSWORD)));
        if (imap) {
            email.put("imap", Map.of("host", "127.0.0.1", "port", mailServer.getImap().getPort(), "tls", "none",
                    "username", "support", "password", PASSWORD));
        }
        configured.add(inbox);
        var response = admin.patch("/api/v1/inboxes/" + inbox, Map.of("settings", Map.of("email", email)));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private static void customerWrites(String messageId, String subject, String text) throws Exception {
        customerWrites(messageId, subject, text, null);
    }

    private static void customerWrites(String messageId, String subject, String text, String inReplyTo)
            throws Exception {
        MimeMessage mail = new MimeMessage(mailServer.getSmtp().createSession()) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        mail.setFrom(new InternetAddress("ada@customer.example", "Ada Lovelace"));
        mail.setRecipients(Message.RecipientType.TO, "support@acme.test");
        mail.setSubject(subject);
        mail.setText(text);
        if (inReplyTo != null) {
            mail.setHeader("In-Reply-To", inReplyTo);
            mail.setHeader("References", "<order-1234@customer.example> " + inReplyTo);
        }
        mail.saveChanges();
        GreenMailUtil.sendMimeMessage(mail);
    }

    private String awaitConversation(TestApi api, UUID inbox) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            JsonNode items = api.get("/api/v1/conversations?inbox=" + inbox).json().get("items");
            return items.isEmpty() ? null : items.get(0).get("id").asString();
        }, id -> id != null);
    }

    private static MimeMessage awaitMailTo(String address) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> Arrays.stream(mailServer.getReceivedMessages())
                .filter(mail -> {
                    try {
                        return addresses(mail.getRecipients(Message.RecipientType.TO)).contains(address)
                                && mail.getHeader("In-Reply-To") != null;
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                }).findFirst().orElse(null), mail -> mail != null);
    }

    private static void awaitDelivery(TestApi api, String conversation, String messageId, String status) {
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            for (JsonNode message : api.get("/api/v1/conversations/" + conversation + "/messages").json()) {
                if (message.get("id").asString().equals(messageId)) {
                    return message.get("deliveryStatus").asString();
                }
            }
            return null;
        }, status::equals);
    }

    private long messageCount(UUID inbox) {
        return jdbc.sql("select count(*) from messages where inbox_id = ?").param(inbox).query(Long.class).single();
    }

    private long lastUid(UUID inbox) {
        return jdbc.sql("select last_uid from email_mailbox_state where inbox_id = ?").param(inbox).query(Long.class)
                .optional().orElse(-1L);
    }

    private boolean polledAfter(UUID inbox, Instant instant) {
        return jdbc.sql("select polled_at from email_mailbox_state where inbox_id = ?").param(inbox)
                .query(Timestamp.class).optional().map(at -> at.toInstant().isAfter(instant)).orElse(false);
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of()
                : Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
    }

    private static void collect(Part part, List<String> into) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collect(multipart.getBodyPart(i), into);
            }
        } else if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            into.add("attachment:" + part.getFileName() + ":"
                    + new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } else {
            into.add(part.getContentType().split(";")[0].toLowerCase() + ":" + part.getContent());
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
