package dev.frontline.channels.email.imap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.frontline.channels.Channel;
import dev.frontline.channels.email.EmailReceiver;
import dev.frontline.channels.email.transport.EmailSettings;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * IMAP IDLE against a real GreenMail server (which announces IDLE). The poll interval is ten minutes, so mail
 * stored within seconds was fetched because the server announced it, not by polling.
 */
@IntegrationTest
@TestPropertySource(properties = {"frontline.email.imap.poll-interval=PT10M", "frontline.email.imap.lease=PT10M"})
@DirtiesContext // the test shuts the poller down
class ImapIdleIntegrationTests {

    private static final String PASSWORD = "mailbox-Secret-" + UUID.randomUUID();

    @RegisterExtension
    static GreenMailExtension mailServer = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("support@acme.test", "support", PASSWORD));

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImapPoller poller;

    @Autowired
    EmailSettings settings;

    @Autowired
    MailboxStates states;

    @Autowired
    ObjectProvider<EmailReceiver> receiver;

    private final List<UUID> configured = new ArrayList<>();

    /** Each test's mail server is gone after it: stop fetching from it. */
    @AfterEach
    void disconnectMailboxes() {
        configured.forEach(inbox -> jdbc.sql("update inboxes set settings = '{}' where id = ?").param(inbox).update());
    }

    @Test
    void mailIsFetchedAsSoonAsTheServerAnnouncesItByTheOneNodeHoldingTheLeaseUntilShutdown() throws Exception {
        var workspace = workspaces.create();
        UUID inbox = workspace.inbox(Channel.EMAIL);
        configure(workspace, inbox);

        poller.pollAll(); // connects, finds nothing, and keeps the folder open in IDLE
        String watchThread = "imap-idle-" + inbox;
        assertThat(threadAlive(watchThread)).isTrue();

        customerWrites("<idle-1@customer.example>", "Parcel missing");
        await().atMost(Duration.ofSeconds(5)).until(() -> messageCount(inbox) == 1);
        customerWrites("<idle-2@customer.example>", "Still missing");
        await().atMost(Duration.ofSeconds(5)).until(() -> messageCount(inbox) == 2);
        assertThat(leased(inbox)).isTrue();

        // Another node finds the folder leased and neither fetches nor watches it.
        ImapPoller otherNode = new ImapPoller(settings, states, receiver, Duration.ofSeconds(5), Duration.ofMinutes(10),
                100, Duration.ofMinutes(10), true);
        customerWrites("<idle-3@customer.example>", "And again");
        assertThat(otherNode.poll(inbox, receiver.getObject())).isZero();
        await().atMost(Duration.ofSeconds(5)).until(() -> messageCount(inbox) == 3);
        otherNode.destroy();

        poller.destroy();

        assertThat(threadAlive(watchThread)).isFalse();
        assertThat(leased(inbox)).isFalse();
        assertThat(jdbc.sql("select last_uid from email_mailbox_state where inbox_id = ?").param(inbox)
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void withoutIdleAPollFetchesTheWholeBacklogClosesTheFolderAndReleasesTheLease() throws Exception {
        var workspace = workspaces.create();
        UUID inbox = workspace.inbox(Channel.EMAIL);
        configure(workspace, inbox);
        for (int i = 1; i <= 5; i++) {
            customerWrites("<poll-" + i + "@customer.example>", "Parcel missing " + i);
        }
        // Batches of two: one poll takes the whole backlog, batch after batch, not one batch per poll interval.
        ImapPoller polling = new ImapPoller(settings, states, receiver, Duration.ofSeconds(5), Duration.ofMinutes(10),
                2, Duration.ofMinutes(10), false);

        assertThat(polling.poll(inbox, receiver.getObject())).isEqualTo(5);

        assertThat(messageCount(inbox)).isEqualTo(5);
        assertThat(threadAlive("imap-idle-" + inbox)).isFalse();
        assertThat(leased(inbox)).isFalse();
        polling.destroy();
    }

    private void configure(TestWorkspaces.Workspace workspace, UUID inbox) {
        configured.add(inbox);
        var response = workspace.admin().api().patch("/api/v1/inboxes/" + inbox, Map.of("settings", Map.of("email", Map.of(
                "address", "support@acme.test",
                "imap", Map.of("host", "127.0.0.1", "port", mailServer.getImap().getPort(), "tls", "none",
                        "username", "support", "password", PASSWORD)))));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private static boolean threadAlive(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals(name) && t.isAlive());
    }

    private long messageCount(UUID inbox) {
        return jdbc.sql("select count(*) from messages where inbox_id = ?").param(inbox).query(Long.class).single();
    }

    private boolean leased(UUID inbox) {
        return jdbc.sql("select count(*) from email_mailbox_state where inbox_id = ? and lease_owner is not null")
                .param(inbox).query(Long.class).single() == 1;
    }

    private static void customerWrites(String messageId, String subject) throws Exception {
        MimeMessage mail = new MimeMessage(mailServer.getSmtp().createSession()) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        mail.setFrom(new InternetAddress("ada@customer.example", "Ada Lovelace"));
        mail.setRecipients(Message.RecipientType.TO, "support@acme.test");
        mail.setSubject(subject);
        mail.setText("Where is my parcel?");
        mail.saveChanges();
        GreenMailUtil.sendMimeMessage(mail);
    }
}
