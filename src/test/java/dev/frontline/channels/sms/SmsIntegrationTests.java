package dev.frontline.channels.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.frontline.channels.messaging.MessagingTestSupport.awaitDelivery;
import static dev.frontline.channels.messaging.MessagingTestSupport.conversations;
import static dev.frontline.channels.messaging.MessagingTestSupport.form;
import static dev.frontline.channels.messaging.MessagingTestSupport.messages;
import static dev.frontline.channels.messaging.MessagingTestSupport.multi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.frontline.channels.Channel;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * An SMS inbox against a WireMock stand-in of Twilio's Messages API: signed form-encoded webhooks in, replies out
 * through the outbox, status callbacks onto the receipt, opt-out keywords.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class SmsIntegrationTests {

    private static final String SID = "AC" + "0123456789abcdef0123456789abcdef";
    private static final String TOKEN = "twilio-auth-token-" + UUID.randomUUID();
    private static final String OUR_NUMBER = "+15550001111";
    private static final String MESSAGES_PATH = "/2010-04-01/Accounts/" + SID + "/Messages.json";

    @RegisterExtension
    static WireMockExtension twilio = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCustomerTextIsStoredOnceOnTheirE164ContactAndTheAgentsReplyGoesOutAndIsDelivered(CapturedOutput output) {
        var workspace = workspaces.create();
        UUID inbox = configure(workspace.admin().api(), workspace.inbox(Channel.SMS));
        twilio.stubFor(post(urlEqualTo(MESSAGES_PATH)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"sid\": \"SM1111\", \"status\": \"queued\", \"to\": \"+4915112345678\"}")));

        Map<String, String> text = inbound("SM-in-1", "+49 151 12345678", "Where is my parcel?");
        TestApi.Response first = webhook(inbox, "", text, sign(inbox, "", text));
        TestApi.Response again = webhook(inbox, "", text, sign(inbox, "", text));

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Content-Type")).startsWith("text/xml");
        assertThat(first.body()).contains("<Response></Response>");
        assertThat(again.status()).isEqualTo(200);
        JsonNode list = conversations(workspace.agent().api(), inbox);
        assertThat(list.size()).isEqualTo(1);
        String conversation = list.get(0).get("id").asString();
        assertThat(messages(workspace.agent().api(), conversation).size()).isEqualTo(1);
        String contact = list.get(0).get("contactId").asString();
        assertThat(workspace.agent().api().get("/api/v1/contacts/" + contact).body()).contains("+4915112345678");

        var reply = workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("text", "It left our warehouse today."));
        assertThat(reply.status()).isEqualTo(201);
        String messageId = reply.json().get("id").asString();
        awaitDelivery(workspace.agent().api(), conversation, messageId, "sent");
        twilio.verify(1, postRequestedFor(urlEqualTo(MESSAGES_PATH))
                .withBasicAuth(new BasicCredentials(SID, TOKEN))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withFormParam("To", equalTo("+4915112345678"))
                .withFormParam("From", equalTo(OUR_NUMBER))
                .withFormParam("Body", equalTo("It left our warehouse today.")));

        Map<String, String> delivered = Map.of("MessageSid", "SM1111", "MessageStatus", "delivered",
                "AccountSid", SID, "To", "+4915112345678");
        assertThat(webhook(inbox, "/status", delivered, sign(inbox, "/status", delivered)).status()).isEqualTo(204);
        awaitDelivery(workspace.agent().api(), conversation, messageId, "delivered");
        Map<String, String> late = Map.of("MessageSid", "SM1111", "MessageStatus", "sent", "AccountSid", SID);
        webhook(inbox, "/status", late, sign(inbox, "/status", late));
        assertThat(awaitDelivery(workspace.agent().api(), conversation, messageId, "delivered")).isNotNull();
        assertThat(output.getAll()).doesNotContain(TOKEN);
    }

    @Test
    void aRequestWithoutTheRightSignatureIsRefusedAndStoresNothing() {
        var workspace = workspaces.create();
        UUID inbox = configure(workspace.admin().api(), workspace.inbox(Channel.SMS));
        Map<String, String> text = inbound("SM-forged", "+15557654321", "Forged");

        TestApi.Response unsigned = workspaces.anonymous().send("POST", "/webhooks/sms/" + inbox, form(text),
                "application/x-www-form-urlencoded");
        TestApi.Response wrongToken = webhook(inbox, "", text, TwilioSignature.compute("another-token",
                workspaces.baseUrl() + "/webhooks/sms/" + inbox, multi(text)));
        Map<String, String> tampered = new LinkedHashMap<>(text);
        tampered.put("Body", "Tampered");
        TestApi.Response changedBody = webhook(inbox, "", tampered, sign(inbox, "", text));

        assertThat(unsigned.status()).isEqualTo(403);
        assertThat(unsigned.header("Content-Type")).startsWith("application/problem+json");
        assertThat(wrongToken.status()).isEqualTo(403);
        assertThat(changedBody.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from messages where inbox_id = ?").param(inbox).query(Long.class).single())
                .isZero();
    }

    @Test
    void credentialsAreWriteOnlyAndSealedAtRest() {
        var workspace = workspaces.create();
        UUID inbox = configure(workspace.admin().api(), workspace.inbox(Channel.SMS));

        JsonNode shown = workspace.admin().api().get("/api/v1/inboxes/" + inbox).json().get("settings").get("sms");
        String stored = jdbc.sql("select settings from inboxes where id = ?").param(inbox).query(String.class).single();
        var renamed = workspace.admin().api().patch("/api/v1/inboxes/" + inbox, Map.of("settings", Map.of("sms", Map.of(
                "accountSid", SID, "from", "+1 555 000 2222", "apiBaseUrl", twilio.baseUrl()))));
        var webhooks = workspace.admin().api().get("/api/v1/inboxes/" + inbox + "/webhooks");

        assertThat(shown.get("authTokenSet").asBoolean()).isTrue();
        assertThat(shown.has("authToken")).isFalse();
        assertThat(shown.toString()).doesNotContain(TOKEN);
        assertThat(stored).doesNotContain(TOKEN).contains("authTokenCiphertext");
        assertThat(renamed.status()).isEqualTo(200);
        assertThat(renamed.json().get("settings").get("sms").get("from").asString()).isEqualTo("+15550002222");
        assertThat(renamed.json().get("settings").get("sms").get("authTokenSet").asBoolean()).isTrue();
        assertThat(webhooks.json().get("messages").asString()).isEqualTo(workspaces.baseUrl() + "/webhooks/sms/" + inbox);
        assertThat(webhooks.json().get("status").asString()).endsWith("/webhooks/sms/" + inbox + "/status");
        assertThat(workspace.agent().api().get("/api/v1/inboxes/" + inbox + "/webhooks").status()).isEqualTo(403);
    }

    @Test
    void aCustomerWhoSentStopGetsNothingUntilTheySendStart() {
        var workspace = workspaces.create();
        UUID inbox = configure(workspace.admin().api(), workspace.inbox(Channel.SMS));
        twilio.stubFor(post(urlEqualTo(MESSAGES_PATH)).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"sid\": \"SM-after-start\"}")));
        Map<String, String> stop = inbound("SM-stop", "+15557654321", "STOP");
        webhook(inbox, "", stop, sign(inbox, "", stop));
        String conversation = conversations(workspace.agent().api(), inbox).get(0).get("id").asString();

        var refused = workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("text", "Are you sure?"));
        JsonNode composer = workspace.agent().api().get("/api/v1/conversations/" + conversation + "/messaging").json();

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").asString()).contains("opted out");
        assertThat(messages(workspace.agent().api(), conversation).size()).isEqualTo(1);
        assertThat(composer.get("channel").asString()).isEqualTo("sms");
        assertThat(composer.get("optedOut").asBoolean()).isTrue();
        assertThat(composer.get("freeTextAllowed").asBoolean()).isFalse();

        Map<String, String> start = inbound("SM-start", "+15557654321", "start");
        webhook(inbox, "", start, sign(inbox, "", start));
        var sent = workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("text", "Welcome back."));

        assertThat(sent.status()).isEqualTo(201);
        awaitDelivery(workspace.agent().api(), conversation, sent.json().get("id").asString(), "sent");
        twilio.verify(1, postRequestedFor(urlEqualTo(MESSAGES_PATH)).withFormParam("Body", equalTo("Welcome back.")));
    }

    @Test
    void aProviderOutageIsRetriedThenFailsAndARefusalFailsAtOnceWithTheProvidersError() {
        var workspace = workspaces.create();
        UUID inbox = configure(workspace.admin().api(), workspace.inbox(Channel.SMS));
        Map<String, String> text = inbound("SM-outage", "+15557654321", "Hello?");
        webhook(inbox, "", text, sign(inbox, "", text));
        String conversation = conversations(workspace.agent().api(), inbox).get(0).get("id").asString();
        twilio.stubFor(post(urlEqualTo(MESSAGES_PATH)).withFormParam("Body", equalTo("During the outage"))
                .willReturn(aResponse().withStatus(503)));
        twilio.stubFor(post(urlEqualTo(MESSAGES_PATH)).withFormParam("Body", equalTo("To a bad number"))
                .willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json").withBody(
                        "{\"code\": 21211, \"message\": \"The 'To' number is not a valid phone number.\", \"status\": 400}")));

        String outage = workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("text", "During the outage")).json().get("id").asString();
        String refused = workspace.agent().api().post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("text", "To a bad number")).json().get("id").asString();

        awaitDelivery(workspace.agent().api(), conversation, outage, "failed");
        awaitDelivery(workspace.agent().api(), conversation, refused, "failed");
        assertThat(outboxRow(refused)).containsEntry("attempts", 1)
                .hasEntrySatisfying("last_error", error -> assertThat((String) error).contains("21211"));
        assertThat(outboxRow(outage)).containsEntry("attempts", 3);

        twilio.stubFor(post(urlEqualTo(MESSAGES_PATH)).withFormParam("Body", equalTo("During the outage"))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"sid\": \"SM-retried\"}")));
        var retried = workspace.agent().api().post(
                "/api/v1/conversations/" + conversation + "/messages/" + outage + "/retry", Map.of());

        assertThat(retried.status()).isEqualTo(200);
        awaitDelivery(workspace.agent().api(), conversation, outage, "sent");
        await().atMost(Duration.ofSeconds(10)).until(() -> "SM-retried".equals(outboxRow(outage).get("provider_message_id")));
    }

    @Test
    void mmsMediaIsFetchedWithTheAccountsCredentialsAndBecomesAnAttachment() {
        var workspace = workspaces.create();
        UUID inbox = configure(workspace.admin().api(), workspace.inbox(Channel.SMS));
        String mediaPath = "/2010-04-01/Accounts/" + SID + "/Messages/MM1/Media/ME1";
        twilio.stubFor(get(urlEqualTo(mediaPath)).withBasicAuth(SID, TOKEN).willReturn(aResponse()
                .withHeader("Content-Type", "image/png").withBody("PNGBYTES")));
        Map<String, String> mms = inbound("MM1", "+15557654321", "Photo of the damage");
        mms.put("NumMedia", "1");
        mms.put("MediaUrl0", twilio.baseUrl() + mediaPath);
        mms.put("MediaContentType0", "image/png");

        assertThat(webhook(inbox, "", mms, sign(inbox, "", mms)).status()).isEqualTo(200);

        String conversation = conversations(workspace.agent().api(), inbox).get(0).get("id").asString();
        JsonNode message = messages(workspace.agent().api(), conversation).get(0);
        assertThat(message.get("text").asString()).isEqualTo("Photo of the damage");
        assertThat(message.get("attachments").size()).isEqualTo(1);
        assertThat(message.get("attachments").get(0).get("filename").asString()).isEqualTo("media-1.png");
        assertThat(message.get("attachments").get(0).get("size").asLong()).isEqualTo("PNGBYTES".length());
    }

    private Map<String, Object> outboxRow(String messageId) {
        return jdbc.sql("select attempts, last_error, provider_message_id from messaging_outbox where message_id = ?")
                .param(UUID.fromString(messageId)).query().singleRow();
    }

    private UUID configure(TestApi admin, UUID inbox) {
        var response = admin.patch("/api/v1/inboxes/" + inbox, Map.of("settings", Map.of("sms", Map.of(
                "accountSid", SID, "authToken", TOKEN, "from", OUR_NUMBER, "apiBaseUrl", twilio.baseUrl()))));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return inbox;
    }

    private static Map<String, String> inbound(String sid, String from, String body) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("ToCountry", "US");
        form.put("SmsMessageSid", sid);
        form.put("NumMedia", "0");
        form.put("SmsSid", sid);
        form.put("SmsStatus", "received");
        form.put("Body", body);
        form.put("To", OUR_NUMBER);
        form.put("NumSegments", "1");
        form.put("MessageSid", sid);
        form.put("AccountSid", SID);
        form.put("From", from);
        form.put("ApiVersion", "2010-04-01");
        return form;
    }

    private String sign(UUID inbox, String suffix, Map<String, String> form) {
        return TwilioSignature.compute(TOKEN, workspaces.baseUrl() + "/webhooks/sms/" + inbox + suffix, multi(form));
    }

    private TestApi.Response webhook(UUID inbox, String suffix, Map<String, String> form, String signature) {
        return workspaces.anonymous().withHeader("X-Twilio-Signature", signature)
                .send("POST", "/webhooks/sms/" + inbox + suffix, form(form), "application/x-www-form-urlencoded");
    }
}
