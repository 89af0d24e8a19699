package dev.frontline.channels.email.transport;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.channels.Channel;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class EmailSettingsIntegrationTests {

    private static final String IMAP_PASSWORD = "imap-Pa55word-" + UUID.randomUUID();
    private static final String SMTP_PASSWORD = "smtp-Pa55word-" + UUID.randomUUID();

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmailSettings emailSettings;

    @Test
    void mailboxPasswordsAreStoredEncryptedAndNeverShown(CapturedOutput output) {
        var workspace = workspaces.create();
        TestApi admin = workspace.admin().api();

        var created = admin.post("/api/v1/inboxes", Map.of("name", "Support mail", "channel", "EMAIL",
                "settings", Map.of("email", email("imap.acme.test", IMAP_PASSWORD, SMTP_PASSWORD))));

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        for (String body : new String[] {created.body(), admin.get("/api/v1/inboxes/" + id).body(),
                admin.get("/api/v1/inboxes").body()}) {
            assertThat(body).doesNotContain(IMAP_PASSWORD).doesNotContain(SMTP_PASSWORD).doesNotContain("Ciphertext");
        }
        var imap = admin.get("/api/v1/inboxes/" + id).json().get("settings").get("email").get("imap");
        assertThat(imap.get("passwordSet").asBoolean()).isTrue();
        assertThat(imap.get("port").asInt()).isEqualTo(993);
        assertThat(imap.get("folder").asString()).isEqualTo("INBOX");
        String stored = jdbc.sql("select settings from inboxes where id = ?").param(UUID.fromString(id))
                .query(String.class).single();
        assertThat(stored).doesNotContain(IMAP_PASSWORD).doesNotContain(SMTP_PASSWORD).contains("passwordCiphertext");
        EmailTransport transport = emailSettings.transport(UUID.fromString(id)).orElseThrow();
        assertThat(transport.imap().password()).isEqualTo(IMAP_PASSWORD);
        assertThat(transport.smtp().password()).isEqualTo(SMTP_PASSWORD);
        assertThat(transport.toString()).doesNotContain(IMAP_PASSWORD).doesNotContain(SMTP_PASSWORD);
        assertThat(output.getAll()).doesNotContain(IMAP_PASSWORD).doesNotContain(SMTP_PASSWORD);
    }

    @Test
    void aChangeWithoutThePasswordKeepsItUnlessTheServerChanges() {
        var workspace = workspaces.create();
        TestApi admin = workspace.admin().api();
        UUID inbox = workspace.inbox(Channel.EMAIL);
        assertThat(admin.patch("/api/v1/inboxes/" + inbox,
                Map.of("settings", Map.of("email", email("imap.acme.test", IMAP_PASSWORD, SMTP_PASSWORD)))).status())
                .isEqualTo(200);

        var shown = admin.get("/api/v1/inboxes/" + inbox).json().get("settings");
        var resent = admin.patch("/api/v1/inboxes/" + inbox, Map.of("name", "Renamed", "settings",
                TestApi.json().convertValue(shown, Map.class)));
        var movedHost = admin.patch("/api/v1/inboxes/" + inbox,
                Map.of("settings", Map.of("email", email("evil.example", null, null))));

        assertThat(resent.status()).isEqualTo(200);
        assertThat(emailSettings.transport(inbox).orElseThrow().imap().password()).isEqualTo(IMAP_PASSWORD);
        assertThat(movedHost.status()).isEqualTo(400);
        assertThat(movedHost.header("content-type")).contains("application/problem+json");
        assertThat(movedHost.body()).contains("settings.email.imap.password");
        assertThat(emailSettings.transport(inbox).orElseThrow().imap().host()).isEqualTo("imap.acme.test");
    }

    @Test
    void invalidMailSettingsAreRefusedWithTheFieldAtFault() {
        var workspace = workspaces.create();
        TestApi admin = workspace.admin().api();
        String path = "/api/v1/inboxes/" + workspace.inbox(Channel.EMAIL);

        var badPort = admin.patch(path, Map.of("settings", Map.of("email", Map.of("address", "support@acme.test",
                "imap", Map.of("host", "imap.acme.test", "port", 70000, "username", "u", "password", "p")))));
        var badAddress = admin.patch(path, Map.of("settings", Map.of("email", Map.of("address", "not an address"))));
        var badTls = admin.patch(path, Map.of("settings", Map.of("email", Map.of("address", "support@acme.test",
                "smtp", Map.of("host", "smtp.acme.test", "tls", "maybe")))));
        var noPassword = admin.patch(path, Map.of("settings", Map.of("email", Map.of("address", "support@acme.test",
                "imap", Map.of("host", "imap.acme.test", "username", "u")))));
        var agent = workspace.agent().api().patch(path,
                Map.of("settings", Map.of("email", Map.of("address", "support@acme.test"))));

        assertThat(badPort.status()).isEqualTo(400);
        assertThat(badPort.body()).contains("settings.email.imap.port");
        assertThat(badAddress.status()).isEqualTo(400);
        assertThat(badAddress.body()).contains("settings.email.address");
        assertThat(badTls.status()).isEqualTo(400);
        assertThat(badTls.body()).contains("settings.email.smtp.tls");
        assertThat(noPassword.status()).isEqualTo(400);
        assertThat(noPassword.body()).contains("settings.email.imap.password");
        assertThat(agent.status()).isEqualTo(403);
    }

    private static Map<String, Object> email(String imapHost, String imapPassword, String smtpPassword) {
        Map<String, Object> imap = new java.util.LinkedHashMap<>(Map.of("host", imapHost, "username", "support"));
        Map<String, Object> smtp = new java.util.LinkedHashMap<>(Map.of("host", "smtp.acme.test", "port", 587,
                "username", "support"));
        if (imapPassword != null) {
            imap.put("password", imapPassword);
        }
        if (smtpPassword != null) {
            smtp.put("password", smtpPassword);
        }
        return Map.of("address", "support@acme.test", "fromName", "Acme Support", "imap", imap, "smtp", smtp);
    }
}
