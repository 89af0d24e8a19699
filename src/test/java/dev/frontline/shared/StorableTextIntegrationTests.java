package dev.frontline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.channels.Channel;
import dev.frontline.channels.InboundDelivery;
import dev.frontline.contacts.IdentityKind;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The same hostile strings on every path that stores text a customer, an email or an API client controls:
 * NUL (PostgreSQL refuses it) and lone surrogates. Run on H2 and on PostgreSQL (FRONTLINE_TEST_DB_URL).
 */
@IntegrationTest
class StorableTextIntegrationTests {

    /** JSON escapes, so the request carries exactly these characters (a JSON writer would refuse a lone surrogate). */
    private static final String NUL = "a\\u0000b";
    private static final String LONE_SURROGATE = "x\\ud800y";
    private static final String STORED_NUL = "ab";
    private static final String STORED_SURROGATE = "x\uFFFDy";

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    InboundDelivery delivery;

    TestWorkspaces.Workspace workspace;
    TestApi admin;

    @BeforeEach
    void setUp() {
        workspace = workspaces.create();
        admin = workspace.admin().api();
    }

    private String inboundBody(String externalId) {
        return """
                {"from": {"address": "nul-%1$s\\u0000@customer.example", "name": "%2$s"},
                 "externalId": "%1$s\\u0000", "subject": "%3$s", "text": "%2$s %3$s", "html": "<p>%2$s</p>",
                 "metadata": {"k\\u0000": "%2$s", "list": ["%3$s"]}}
                """.formatted(externalId, NUL, LONE_SURROGATE);
    }

    @Test
    void anInboundMessageWithNulAndLoneSurrogatesIsStoredCleanedOnce() {
        String inbound = "/api/v1/inboxes/" + workspace.inbox(Channel.WHATSAPP) + "/inbound";
        String externalId = UUID.randomUUID().toString();

        TestApi.Response first = admin.post(inbound, inboundBody(externalId));
        TestApi.Response again = admin.post(inbound, inboundBody(externalId));

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(again.status()).as("a redelivery finds the cleaned message").isEqualTo(200);
        String conversation = first.json().get("conversationId").asString();
        JsonNode message = admin.get("/api/v1/conversations/" + conversation + "/messages").json().get(0);
        assertThat(message.get("text").asString()).isEqualTo(STORED_NUL + " " + STORED_SURROGATE);
        assertThat(message.toString()).doesNotContain("\\u0000");
        JsonNode contact = admin.get("/api/v1/conversations/" + conversation).json();
        assertThat(contact.toString()).doesNotContain("\\u0000").doesNotContain("\\ud800");
    }

    @Test
    void aBatchWithHostileTextIsStored() {
        String batch = "/api/v1/inboxes/" + workspace.inbox(Channel.SMS) + "/inbound/batch";
        String body = "{\"messages\": [" + inboundBody(UUID.randomUUID().toString()) + ","
                + inboundBody(UUID.randomUUID().toString()) + "]}";

        TestApi.Response response = admin.post(batch, body);

        assertThat(response.status()).as(response.body()).isIn(200, 201);
        assertThat(response.json().get("results")).hasSize(2);
    }

    @Test
    void contactsNotesAndCannedResponsesStoreHostileTextCleaned() {
        TestApi.Response contact = admin.post("/api/v1/contacts", """
                {"name": "%s", "company": "%s", "notes": "%s", "customAttributes": {"k\\u0000": "%s"},
                 "identities": [{"kind": "EMAIL", "value": "c\\u0000@customer.example"}]}
                """.formatted(NUL, LONE_SURROGATE, NUL, NUL));
        assertThat(contact.status()).as(contact.body()).isEqualTo(201);
        assertThat(contact.json().get("name").asString()).isEqualTo(STORED_NUL);
        assertThat(contact.json().get("company").asString()).isEqualTo(STORED_SURROGATE);
        String contactId = contact.json().get("id").asString();
        TestApi.Response changed = admin.send("PATCH", "/api/v1/contacts/" + contactId,
                "{\"name\": \"" + LONE_SURROGATE + "\"}", "application/json");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("name").asString()).isEqualTo(STORED_SURROGATE);

        String conversation = workspaces.inbound(workspace, Channel.WHATSAPP, java.util.Map.of(
                "from", java.util.Map.of("address", "+4411" + (int) (Math.random() * 1e6)), "text", "hello"));
        TestApi.Response note = admin.post("/api/v1/conversations/" + conversation + "/notes",
                "{\"text\": \"" + NUL + " " + LONE_SURROGATE + "\"}");
        assertThat(note.status()).as(note.body()).isEqualTo(201);
        TestApi.Response reply = admin.post("/api/v1/conversations/" + conversation + "/messages",
                "{\"text\": \"" + NUL + "\"}");
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);

        TestApi.Response canned = admin.post("/api/v1/canned-responses", """
                {"shortcut": "nul%s", "title": "%s", "body": "%s", "shared": true}
                """.formatted("\\u0000", NUL, LONE_SURROGATE));
        assertThat(canned.status()).as(canned.body()).isEqualTo(201);
        assertThat(canned.json().get("shortcut").asString()).isEqualTo("nul");
        assertThat(canned.json().get("body").asString()).isEqualTo(STORED_SURROGATE);
    }

    @Test
    void searchesWithHostileTextAnswerInsteadOfFailing() {
        for (String path : List.of("/api/v1/contacts?q=a%00b", "/api/v1/conversations?q=a%00b",
                "/api/v1/inbox?q=a%00b", "/api/v1/canned-responses?q=a%00b")) {
            TestApi.Response response = admin.get(path);
            assertThat(response.status()).as(path + " " + response.body()).isEqualTo(200);
        }
    }

    @Test
    void anEmailWhoseHeadersAndBodyCarryNulIsStored() {
        byte[] email = ("""
                From: =?UTF-8?Q?Ada=00_Lovelace?= <ada@customer.example>
                To: support@acme.test
                Subject: =?UTF-8?Q?Order=00_status?=
                Message-ID: <nul-%s@customer.example>
                In-Reply-To: <unknown=00@customer.example>
                MIME-Version: 1.0
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: quoted-printable

                Hello=00 there =ED=A0=80 and more
                """).formatted(UUID.randomUUID()).replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);

        TestApi.Response received = admin.sendBytes("POST", "/api/v1/inboxes/" + workspace.inbox(Channel.EMAIL) + "/email",
                email, "message/rfc822");

        assertThat(received.status()).as(received.body()).isEqualTo(201);
        String conversation = received.json().get("conversationId").asString();
        JsonNode message = admin.get("/api/v1/conversations/" + conversation + "/messages").json().get(0);
        assertThat(message.get("text").asString()).startsWith("Hello there");
        assertThat(admin.get("/api/v1/conversations/" + conversation).json().get("subject").asString())
                .isEqualTo("Order status");
    }

    @Test
    void anImportedCalendarWhoseHolidayNamesCarryNulIsStored() {
        byte[] calendar = String.join("\r\n", "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN", "BEGIN:VEVENT",
                "UID:nul-" + UUID.randomUUID(), "DTSTART;VALUE=DATE:20271224", "SUMMARY:Christmas\u0000 Eve",
                "END:VEVENT", "END:VCALENDAR", "").getBytes(StandardCharsets.UTF_8);

        TestApi.Response imported = admin.sendBytes("POST", "/api/v1/business-hours/holidays/import", calendar, "text/calendar");

        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(admin.get("/api/v1/business-hours/holidays").json().get(0).get("name").asString())
                .isEqualTo("Christmas Eve");
    }

    @Test
    void aChatVisitorsMessageWithHostileTextIsStored() {
        var received = delivery.deliverGrouped(workspace.id(), workspace.inbox(Channel.CHAT), new InboundDelivery.Delivery(
                new InboundDelivery.Sender(IdentityKind.CHAT, "visitor:" + UUID.randomUUID(), "Vi\u0000sitor", "en"),
                "chat:" + UUID.randomUUID() + "\u0000", null, "a\u0000b x\uD800y", null, List.of()));

        JsonNode message = admin.get("/api/v1/conversations/" + received.conversationId().value() + "/messages")
                .json().get(0);
        assertThat(message.get("text").asString()).isEqualTo(STORED_NUL + " " + STORED_SURROGATE);
    }
}
