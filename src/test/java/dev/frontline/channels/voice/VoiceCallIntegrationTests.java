package dev.frontline.channels.voice;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.frontline.channels.messaging.MessagingTestSupport.form;
import static dev.frontline.channels.messaging.MessagingTestSupport.messages;
import static dev.frontline.channels.messaging.MessagingTestSupport.multi;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.tomakehurst.wiremock.client.BasicCredentials;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.frontline.channels.Channel;
import dev.frontline.channels.sms.TwilioSignature;
import dev.frontline.presence.Presence;
import dev.frontline.presence.PresenceStatus;
import dev.frontline.routing.QueueHistory;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A voice inbox against a WireMock stand-in of Twilio's Calls API, driven by Twilio's real webhook payloads and
 * signatures: IVR, queue, offer, the bridge in a conference (Participants API), transfer cold and warm, mute, hold,
 * an agent who does not pick up, status and conference callbacks (duplicates, out of order), recording, and an
 * abandoned call.
 */
@IntegrationTest
class VoiceCallIntegrationTests {

    private static final String SID = "AC" + "0123456789abcdef0123456789abcdef";
    private static final String TOKEN = "twilio-voice-token-" + UUID.randomUUID();
    private static final String OUR_NUMBER = "+15550001111";
    private static final String AGENT_PHONE = "+15550002222";
    private static final String CUSTOMER = "+4915112345678";

    @RegisterExtension
    static WireMockExtension twilio = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    Presence presence;

    @Autowired
    QueueHistory history;

    @Autowired
    JdbcClient jdbc;

    private record Setup(TestWorkspaces.Workspace workspace, UUID inbox, String billing, String support) {
    }

    @Test
    void aCallGoesThroughTheMenuAndTheQueueToAnAgentIsTransferredAndEndsRecorded() {
        Setup setup = voiceInbox();
        var workspace = setup.workspace();
        String callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
        twilio.stubFor(post(urlEqualTo(callPath(callSid))).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"sid\": \"" + callSid + "\", \"status\": \"in-progress\"}")));
        assertThat(workspace.agent().api().put("/api/v1/voice/endpoint", Map.of("kind", "PHONE", "address", "+1 555 000 2222"))
                .json().get("address").asString()).isEqualTo(AGENT_PHONE);

        TestApi.Response greeting = webhook(setup.inbox(), "", incoming(callSid));

        assertThat(greeting.status()).isEqualTo(200);
        assertThat(greeting.header("Content-Type")).startsWith("text/xml");
        assertThat(greeting.body()).contains("<Gather numDigits=\"1\" action=\"" + url(setup.inbox(), "/menu") + "\"")
                .contains("<Say language=\"en-US\">Thanks for calling Acme.</Say>")
                .contains("<Say language=\"en-US\">For Billing, press 1.</Say>")
                .contains("<Say language=\"en-US\">For Support, press 2.</Say>");
        assertThat(webhook(setup.inbox(), "", incoming(callSid)).status()).as("a retried webhook").isEqualTo(200);

        TestApi.Response chosen = webhook(setup.inbox(), "/menu", with(incoming(callSid), "Digits", "1"));

        assertThat(chosen.body()).contains("<Gather numDigits=\"1\" action=\"" + url(setup.inbox(), "/wait-key") + "\"")
                .contains("To be called back instead of waiting, press *.")
                .contains("<Play loop=\"1\">")
                .contains("<Redirect method=\"POST\">" + url(setup.inbox(), "/wait") + "</Redirect>");
        JsonNode call = onlyCall(setup);
        String conversation = call.get("conversationId").asString();
        assertThat(call.get("state").asString()).isEqualTo("QUEUED");
        assertThat(call.get("queueId").asString()).isEqualTo(setup.billing());
        assertThat(call.get("from").asString()).isEqualTo(CUSTOMER);
        JsonNode first = messages(workspace.agent().api(), conversation).get(0);
        assertThat(first.get("text").asString()).isEqualTo("Incoming call from " + CUSTOMER + " to " + OUR_NUMBER);
        assertThat(first.get("metadata").get("voice").get("direction").asString()).isEqualTo("inbound");
        String contact = workspace.agent().api().get("/api/v1/conversations/" + conversation).json().get("contactId").asString();
        assertThat(workspace.agent().api().get("/api/v1/contacts/" + contact).body()).contains(CUSTOMER);
        await().atMost(Duration.ofSeconds(10)).until(() -> queueOf(workspace, conversation), setup.billing()::equals);

        presence.change(workspace.id(), workspace.agent().id(), PresenceStatus.AVAILABLE, null);
        String offer = await().atMost(Duration.ofSeconds(15)).until(() -> pendingOffer(workspace, workspace.agent(), conversation),
                id -> id != null);
        assertThat(workspace.agent().api().post("/api/v1/routing/offers/" + offer + "/accept", Map.of()).status()).isEqualTo(200);

        String callId = call.get("id").asString();
        stubParticipant(AGENT_PHONE, "CA-leg-" + callSid);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> twilio.verify(1, postRequestedFor(urlEqualTo(callPath(callSid)))
                .withBasicAuth(new BasicCredentials(SID, TOKEN))
                .withHeader("Content-Type", equalTo("application/x-www-form-urlencoded"))
                .withFormParam("Twiml", equalTo(conferenceTwiml(setup.inbox(), callId)))));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> twilio.verify(1, postRequestedFor(urlEqualTo(participants(callId)))
                .withBasicAuth(new BasicCredentials(SID, TOKEN))
                .withFormParam("From", equalTo(OUR_NUMBER))
                .withFormParam("To", equalTo(AGENT_PHONE))
                .withFormParam("Label", equalTo("agent"))
                .withFormParam("Timeout", equalTo("20"))
                .withFormParam("EndConferenceOnExit", equalTo("false"))
                .withFormParam("StatusCallback", equalTo(url(setup.inbox(), "/calls/" + callId + "/legs/" + workspace.agent().id())))
                .withFormParam("StatusCallbackEvent", equalTo("initiated ringing answered completed"))));
        assertThat(onlyCall(setup).get("state").asString()).isEqualTo("RINGING");

        assertThat(webhook(setup.inbox(), "/calls/" + callId + "/legs/" + workspace.agent().id(),
                leg("CA-leg-" + callSid, "in-progress", Instant.now())).status()).isEqualTo(204);
        assertThat(onlyCall(setup).get("state").asString()).isEqualTo("CONNECTED");

        stubParticipant("client:" + workspace.supervisor().id(), "CA-leg2-" + callSid);
        presence.change(workspace.id(), workspace.supervisor().id(), PresenceStatus.AVAILABLE, null);
        TestApi.Response transferred = workspace.agent().api().post("/api/v1/voice/calls/" + call.get("id").asString() + "/transfer",
                Map.of("agentId", workspace.supervisor().id().toString(), "note", "Wants a refund"));
        assertThat(transferred.status()).as(transferred.body()).isEqualTo(200);
        assertThat(transferred.json().get("state").asString()).isEqualTo("QUEUED");
        twilio.verify(1, postRequestedFor(urlEqualTo(callPath(callSid))).withFormParam("Twiml", equalTo(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Redirect method=\"POST\">" + url(setup.inbox(), "/wait")
                        + "</Redirect></Response>")));
        String transferOffer = await().atMost(Duration.ofSeconds(15))
                .until(() -> pendingOffer(workspace, workspace.supervisor(), conversation), id -> id != null);
        workspace.supervisor().api().post("/api/v1/routing/offers/" + transferOffer + "/accept", Map.of());
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> twilio.verify(2, postRequestedFor(urlEqualTo(callPath(callSid)))
                .withFormParam("Twiml", equalTo(conferenceTwiml(setup.inbox(), callId)))));
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> twilio.verify(1, postRequestedFor(urlEqualTo(participants(callId)))
                .withFormParam("To", equalTo("client:" + workspace.supervisor().id()))));

        Instant end = Instant.now().plusSeconds(30);
        Map<String, String> completed = mainLeg(callSid, "completed", end);
        assertThat(webhook(setup.inbox(), "/status", completed).status()).isEqualTo(204);
        assertThat(webhook(setup.inbox(), "/status", completed).status()).as("a duplicate").isEqualTo(204);
        String recordingPath = "/2010-04-01/Accounts/" + SID + "/Recordings/RE0001";
        twilio.stubFor(get(urlEqualTo(recordingPath + ".mp3")).withBasicAuth(SID, TOKEN)
                .willReturn(aResponse().withHeader("Content-Type", "audio/mpeg").withBody("ID3AUDIO")));
        // A conference's recording callback names the conference, not a call: the URL names the call.
        Map<String, String> recording = new LinkedHashMap<>();
        recording.put("AccountSid", SID);
        recording.put("ConferenceSid", "CF0001");
        recording.put("RecordingSid", "RE0001");
        recording.put("RecordingUrl", twilio.baseUrl() + recordingPath);
        recording.put("RecordingStatus", "completed");
        recording.put("RecordingDuration", "42");
        recording.put("RecordingChannels", "2");
        recording.put("RecordingSource", "Conference");
        assertThat(webhook(setup.inbox(), "/calls/" + callId + "/recording", recording).status()).isEqualTo(204);
        webhook(setup.inbox(), "/calls/" + callId + "/recording", recording);
        // A call placed before that, reported by CallSid to the inbox's recording URL: the same recording, stored once.
        Map<String, String> byCallSid = new LinkedHashMap<>(recording);
        byCallSid.remove("ConferenceSid");
        byCallSid.put("CallSid", callSid);
        assertThat(webhook(setup.inbox(), "/recording", byCallSid).status()).isEqualTo(204);

        JsonNode ended = onlyCall(setup);
        assertThat(ended.get("state").asString()).isEqualTo("ENDED");
        assertThat(ended.get("outcome").asString()).isEqualTo("COMPLETED");
        assertThat(ended.get("providerStatus").asString()).isEqualTo("completed");
        assertThat(ended.get("waitSeconds").isNull()).isFalse();
        assertThat(ended.get("talkSeconds").asLong()).isBetween(25L, 40L);
        assertThat(jdbc.sql("select count(*) from voice_call_events where call_id = ?")
                .param(UUID.fromString(ended.get("id").asString())).query(Long.class).single())
                .as("the agent leg's in-progress and completed, each once").isEqualTo(2);
        List<JsonNode> thread = new ArrayList<>();
        messages(workspace.agent().api(), conversation).forEach(thread::add);
        JsonNode audio = thread.stream().filter(m -> m.get("text").asString("").startsWith("Call recording")).findFirst().orElseThrow();
        assertThat(thread.stream().filter(m -> m.get("text").asString("").startsWith("Call recording")).count()).isEqualTo(1);
        assertThat(audio.get("text").asString()).isEqualTo("Call recording (42 s)");
        assertThat(audio.get("attachments").get(0).get("contentType").asString()).isEqualTo("audio/mpeg");
        assertThat(audio.get("attachments").get(0).get("size").asLong()).isEqualTo("ID3AUDIO".length());

        TestApi.Response note = workspace.supervisor().api().put("/api/v1/voice/calls/" + ended.get("id").asString() + "/note",
                Map.of("note", "Refund promised by Friday."));
        assertThat(note.status()).as(note.body()).isEqualTo(200);
        assertThat(note.json().get("note").asString()).isEqualTo("Refund promised by Friday.");
        assertThat(note.json().get("wrapUpSeconds").isNull()).isFalse();
    }

    @Test
    void aCallerWhoHangsUpWhileWaitingIsAbandonedInTheQueue() {
        Setup setup = voiceInbox();
        String callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
        webhook(setup.inbox(), "", incoming(callSid));
        webhook(setup.inbox(), "/menu", with(incoming(callSid), "Digits", "2"));
        String conversation = onlyCall(setup).get("conversationId").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> queueOf(setup.workspace(), conversation), setup.support()::equals);

        assertThat(webhook(setup.inbox(), "/status", mainLeg(callSid, "completed", Instant.now())).status()).isEqualTo(204);

        JsonNode call = onlyCall(setup);
        assertThat(call.get("outcome").asString()).isEqualTo("ABANDONED");
        assertThat(call.get("talkSeconds").isNull()).isTrue();
        assertThat(queueOf(setup.workspace(), conversation)).isNull();
        List<QueueHistory.Visit> visits = new ArrayList<>();
        history.visits(setup.workspace().id(), Instant.now().minusSeconds(600), Instant.now().plusSeconds(60), visits::add);
        assertThat(visits).singleElement().satisfies(visit -> {
            assertThat(visit.conversationId().value().toString()).isEqualTo(conversation);
            assertThat(visit.queueId().toString()).isEqualTo(setup.support());
            assertThat(visit.outcome()).isEqualTo(QueueHistory.Outcome.ABANDONED);
        });
    }

    @Test
    void anAnsweredReportArrivingAfterTheCompletedOneStillEndsTheCallCompleted() {
        Setup setup = voiceInbox();
        var workspace = setup.workspace();
        String callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
        stubCall(callSid);
        stubParticipant("client:" + workspace.agent().id(), "CA-leg-" + callSid);
        String conversation = takenByAgent(setup, callSid).get("conversationId").asString();
        Instant answered = Instant.now().plusSeconds(5);

        webhook(setup.inbox(), "/status", mainLeg(callSid, "completed", answered.plusSeconds(65)));
        assertThat(onlyCall(setup).get("outcome").asString()).as("before the answer is known").isEqualTo("ABANDONED");
        webhook(setup.inbox(), "/calls/" + onlyCall(setup).get("id").asString() + "/legs/" + workspace.agent().id(),
                leg("CA-leg-" + callSid, "in-progress", answered));

        JsonNode call = onlyCall(setup);
        assertThat(call.get("state").asString()).isEqualTo("ENDED");
        assertThat(call.get("outcome").asString()).isEqualTo("COMPLETED");
        assertThat(call.get("talkSeconds").asLong()).isEqualTo(65);
        assertThat(workspace.agent().api().get("/api/v1/conversations/" + conversation).json().get("assigneeId").asString())
                .isEqualTo(workspace.agent().id().toString());
    }

    @Test
    void aCallerMayAskForACallbackAndStaysQueuedAsACallbackTask() {
        Setup setup = voiceInbox();
        String callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
        webhook(setup.inbox(), "", incoming(callSid));
        webhook(setup.inbox(), "/menu", with(incoming(callSid), "Digits", "1"));
        String conversation = onlyCall(setup).get("conversationId").asString();

        TestApi.Response confirmed = webhook(setup.inbox(), "/wait-key", with(incoming(callSid), "Digits", "*"));
        webhook(setup.inbox(), "/status", mainLeg(callSid, "completed", Instant.now()));

        assertThat(confirmed.body()).contains("We will call you back").contains("<Hangup/>");
        JsonNode call = onlyCall(setup);
        assertThat(call.get("outcome").asString()).isEqualTo("CALLBACK");
        assertThat(call.get("callbackRequested").asBoolean()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> queueOf(setup.workspace(), conversation), setup.billing()::equals);
        assertThat(messages(setup.workspace().agent().api(), conversation).toString()).contains("Callback requested to " + CUSTOMER);
    }

    @Test
    void clickToCallRingsTheAgentThenTheContactAndIsRecordedTheSameWay() {
        Setup setup = voiceInbox();
        var workspace = setup.workspace();
        Legs legs = stubOutgoingLegs();
        String agentLeg = legs.agent();
        String contactLeg = legs.contact();
        String contact = agentPhoneAndContactToCall(workspace);

        TestApi.Response started = workspace.agent().api().post("/api/v1/voice/calls",
                Map.of("inboxId", setup.inbox().toString(), "contactId", contact));

        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String id = started.json().get("id").asString();
        String agentLegUrl = "/calls/" + id + "/legs/" + workspace.agent().id();
        assertThat(started.json().get("direction").asString()).isEqualTo("OUTBOUND");
        assertThat(started.json().get("to").asString()).isEqualTo(CUSTOMER);
        assertThat(started.json().get("state").asString()).isEqualTo("RINGING");
        twilio.verify(1, postRequestedFor(urlEqualTo("/2010-04-01/Accounts/" + SID + "/Calls.json"))
                .withBasicAuth(new BasicCredentials(SID, TOKEN))
                .withFormParam("To", equalTo(AGENT_PHONE))
                .withFormParam("From", equalTo(OUR_NUMBER))
                .withFormParam("StatusCallback", equalTo(url(setup.inbox(), agentLegUrl)))
                .withFormParam("StatusCallbackEvent", equalTo("initiated ringing answered completed"))
                .withFormParam("Twiml", equalTo(conferenceTwiml(setup.inbox(), id, false))));
        String conversation = started.json().get("conversationId").asString();
        assertThat(assignee(workspace, conversation)).isEqualTo(workspace.agent().id().toString());
        twilio.verify(0, postRequestedFor(urlEqualTo(participants(id))));

        Instant agentAnswered = Instant.now().plusSeconds(3);
        webhook(setup.inbox(), agentLegUrl, leg(agentLeg, "ringing", Instant.now()));
        assertThat(webhook(setup.inbox(), agentLegUrl, leg(agentLeg, "in-progress", agentAnswered)).status()).isEqualTo(204);
        webhook(setup.inbox(), agentLegUrl, leg(agentLeg, "in-progress", agentAnswered));

        twilio.verify(1, postRequestedFor(urlEqualTo(participants(id)))
                .withBasicAuth(new BasicCredentials(SID, TOKEN))
                .withFormParam("From", equalTo(OUR_NUMBER))
                .withFormParam("To", equalTo(CUSTOMER))
                .withFormParam("Label", equalTo("contact"))
                .withFormParam("Timeout", equalTo("30"))
                .withFormParam("EndConferenceOnExit", equalTo("true"))
                .withFormParam("StatusCallback", equalTo(url(setup.inbox(), "/calls/" + id + "/contact")))
                .withFormParam("StatusCallbackEvent", equalTo("initiated ringing answered completed")));
        JsonNode dialling = onlyCall(setup);
        assertThat(dialling.get("state").asString()).as("the agent's answer is not the call's").isEqualTo("RINGING");
        assertThat(dialling.get("answeredAt").isNull()).isTrue();
        assertThat(dialling.get("callSid").asString()).as("the contact's leg is the call now").isEqualTo(contactLeg);
        assertThat(webhook(setup.inbox(), "/dial-ended", with(incoming(agentLeg), "DialCallStatus", "completed")).body())
                .contains("<Hangup/>");

        Instant answered = agentAnswered.plusSeconds(5);
        webhook(setup.inbox(), "/conference", conferenceEvent(id, "CF" + agentLeg.substring(2), "conference-start", null));
        webhook(setup.inbox(), "/calls/" + id + "/contact", contactLegReport(contactLeg, "ringing", agentAnswered));
        webhook(setup.inbox(), "/calls/" + id + "/contact", contactLegReport(contactLeg, "in-progress", answered));
        JsonNode connected = onlyCall(setup);
        assertThat(connected.get("state").asString()).isEqualTo("CONNECTED");
        assertThat(connected.get("inConference").asBoolean()).as("mute and warm transfer apply").isTrue();
        assertThat(webhook(setup.inbox(), "/calls/" + id + "/contact", contactLegReport(contactLeg, "completed",
                answered.plusSeconds(40))).status()).isEqualTo(204);
        webhook(setup.inbox(), agentLegUrl, leg(agentLeg, "completed", answered.plusSeconds(41)));
        Map<String, String> recording = recording("CF-out-" + agentLeg, "RE-out-" + agentLeg, "40");
        twilio.stubFor(get(urlEqualTo(recordingPath("RE-out-" + agentLeg) + ".mp3")).withBasicAuth(SID, TOKEN)
                .willReturn(aResponse().withHeader("Content-Type", "audio/mpeg").withBody("ID3OUT")));
        assertThat(webhook(setup.inbox(), "/calls/" + id + "/recording", recording).status()).isEqualTo(204);

        JsonNode call = onlyCall(setup);
        assertThat(call.get("state").asString()).isEqualTo("ENDED");
        assertThat(call.get("outcome").asString()).isEqualTo("COMPLETED");
        assertThat(call.get("talkSeconds").asLong()).isEqualTo(40);
        assertThat(call.get("ringSeconds").isNull()).isFalse();
        twilio.verify(0, postRequestedFor(urlMatching("/2010-04-01/Accounts/" + SID + "/Calls/.+"))
                .withFormParam("Status", equalTo("completed")));
        List<JsonNode> thread = new ArrayList<>();
        messages(workspace.agent().api(), conversation).forEach(thread::add);
        assertThat(thread.get(0).get("text").asString()).isEqualTo("Outgoing call to " + CUSTOMER);
        assertThat(thread).anySatisfy(message -> assertThat(message.get("text").asString()).isEqualTo("Call recording (40 s)"));
        TestApi.Response note = workspace.agent().api().put("/api/v1/voice/calls/" + id + "/note", Map.of("note", "Called back."));
        assertThat(note.status()).as(note.body()).isEqualTo(200);
        assertThat(note.json().get("wrapUpSeconds").isNull()).isFalse();
        TestApi.Response withoutNumber = workspace.agent().api().post("/api/v1/voice/calls", Map.of("inboxId",
                setup.inbox().toString(), "contactId", workspace.admin().api().post("/api/v1/contacts", Map.of("name", "No Phone"))
                        .json().get("id").asString()));
        assertThat(withoutNumber.status()).isEqualTo(422);
    }

    @Test
    void anAgentAnsweringBeforeTheProvidersAnswerToRingingThemIsStoredStillGetsTheContactDialled() {
        Setup setup = voiceInbox();
        var workspace = setup.workspace();
        Legs legs = stubOutgoingLegs();
        String agentLeg = legs.agent();
        String contactLeg = legs.contact();
        // The provider is slow to answer; the agent's softphone answers at once and its report arrives first.
        twilio.stubFor(post(urlEqualTo("/2010-04-01/Accounts/" + SID + "/Calls.json")).willReturn(aResponse()
                .withStatus(201).withFixedDelay(1500).withHeader("Content-Type", "application/json")
                .withBody("{\"sid\": \"" + agentLeg + "\", \"status\": \"queued\"}")));
        String contact = agentPhoneAndContactToCall(workspace);

        CompletableFuture<TestApi.Response> started = CompletableFuture.supplyAsync(() -> workspace.agent().api()
                .post("/api/v1/voice/calls", Map.of("inboxId", setup.inbox().toString(), "contactId", contact)));
        String statusCallback = await().atMost(Duration.ofSeconds(10)).until(() -> twilio.findAll(
                        postRequestedFor(urlEqualTo("/2010-04-01/Accounts/" + SID + "/Calls.json"))).stream()
                .map(request -> request.formParameter("StatusCallback").firstValue()).findFirst().orElse(null),
                java.util.Objects::nonNull);
        String agentLegUrl = statusCallback.substring(url(setup.inbox(), "").length());
        assertThat(webhook(setup.inbox(), agentLegUrl, leg(agentLeg, "ringing", Instant.now())).status()).isEqualTo(204);
        assertThat(webhook(setup.inbox(), agentLegUrl, leg(agentLeg, "in-progress", Instant.now())).status())
                .isEqualTo(204);
        assertThat(started.isDone()).as("the provider has not answered yet").isFalse();

        TestApi.Response response = started.join();
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String id = response.json().get("id").asString();
        twilio.verify(1, postRequestedFor(urlEqualTo(participants(id))).withFormParam("To", equalTo(CUSTOMER)));
        JsonNode call = onlyCall(setup);
        assertThat(call.get("callSid").asString()).as("the contact's leg is the call now").isEqualTo(contactLeg);
        assertThat(call.get("state").asString()).as("the contact's phone rings").isEqualTo("RINGING");
        assertThat(jdbc.sql("select agent_call_sid from voice_calls where id = ?").param(UUID.fromString(id))
                .query(String.class).single()).isEqualTo(agentLeg);
    }

    @Test
    void aClickToCallTheProviderRefusesEndsAsFailedAndSaysWhy() {
        Setup setup = voiceInbox();
        var workspace = setup.workspace();
        twilio.stubFor(post(urlEqualTo("/2010-04-01/Accounts/" + SID + "/Calls.json")).willReturn(aResponse()
                .withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"code\": 21215, \"message\": \"Geographic permission is not enabled\"}")));
        String contact = agentPhoneAndContactToCall(workspace);

        TestApi.Response refused = workspace.agent().api().post("/api/v1/voice/calls",
                Map.of("inboxId", setup.inbox().toString(), "contactId", contact));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body()).contains("21215").contains("Geographic permission is not enabled");
        JsonNode call = onlyCall(setup);
        assertThat(call.get("state").asString()).isEqualTo("ENDED");
        assertThat(call.get("outcome").asString()).isEqualTo("FAILED");
    }

    @Test
    void anOutgoingCallIsMutedHeldAndHandedToAConsultedColleague() {
        Setup setup = voiceInbox();
        var workspace = setup.workspace();
        Outgoing call = outgoingConnected(setup);
        String legB = "CA-consult-" + call.agentLeg();
        stubParticipant("client:" + workspace.supervisor().id(), legB);
        TestApi agent = workspace.agent().api();
        String calls = "/api/v1/voice/calls/" + call.id();

        assertThat(agent.post(calls + "/mute", Map.of()).json().get("muted").asBoolean()).isTrue();
        twilio.verify(1, postRequestedFor(urlEqualTo(participant(call.conference(), call.agentLeg())))
                .withFormParam("Muted", equalTo("true")));
        assertThat(agent.post(calls + "/unmute", Map.of()).json().get("muted").asBoolean()).isFalse();
        assertThat(agent.post(calls + "/hold", Map.of()).json().get("state").asString()).isEqualTo("ON_HOLD");
        twilio.verify(1, postRequestedFor(urlEqualTo(participant(call.conference(), call.contactLeg())))
                .withFormParam("Hold", equalTo("true")).withFormParam("HoldUrl", equalTo(VoiceSettings.DEFAULT_HOLD_MUSIC)));
        assertThat(agent.post(calls + "/resume", Map.of()).json().get("state").asString()).isEqualTo("CONNECTED");
        twilio.verify(1, postRequestedFor(urlEqualTo(participant(call.conference(), call.contactLeg())))
                .withFormParam("Hold", equalTo("false")));
        assertThat(agent.post(calls + "/transfer", Map.of("queueId", setup.billing())).status())
                .as("an outgoing call never queued: no cold transfer").isEqualTo(409);

        presence.change(workspace.id(), workspace.supervisor().id(), PresenceStatus.AVAILABLE, null);
        TestApi.Response consulting = agent.post(calls + "/consult", Map.of("agentId", workspace.supervisor().id().toString()));
        assertThat(consulting.status()).as(consulting.body()).isEqualTo(200);
        assertThat(consulting.json().get("state").asString()).isEqualTo("ON_HOLD");
        twilio.verify(1, postRequestedFor(urlEqualTo("/2010-04-01/Accounts/" + SID + "/Conferences/" + call.conference()
                + "/Participants.json")).withFormParam("To", equalTo("client:" + workspace.supervisor().id()))
                .withFormParam("Label", equalTo("consult")).withFormParam("EndConferenceOnExit", equalTo("false")));
        webhook(setup.inbox(), "/calls/" + call.id() + "/legs/" + workspace.supervisor().id(), leg(legB, "in-progress", Instant.now()));

        TestApi.Response completed = agent.post(calls + "/consult/complete", Map.of("note", "Knows the contract"));

        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(completed.json().get("state").asString()).isEqualTo("CONNECTED");
        assertThat(completed.json().get("agentId").asString()).isEqualTo(workspace.supervisor().id().toString());
        twilio.verify(2, postRequestedFor(urlEqualTo(participant(call.conference(), call.contactLeg())))
                .withFormParam("Hold", equalTo("false")));
        twilio.verify(1, postRequestedFor(urlEqualTo(callPath(call.agentLeg()))).withFormParam("Status", equalTo("completed")));
        assertThat(assignee(workspace, call.conversation())).isEqualTo(workspace.supervisor().id().toString());
        webhook(setup.inbox(), "/calls/" + call.id() + "/legs/" + workspace.agent().id(),
                leg(call.agentLeg(), "completed", Instant.now()));
        twilio.verify(0, postRequestedFor(urlEqualTo(callPath(call.contactLeg()))).withFormParam("Status", equalTo("completed")));
        assertThat(workspace.supervisor().api().post(calls + "/mute", Map.of()).status()).as("the colleague's call now")
                .isEqualTo(200);
        twilio.verify(1, postRequestedFor(urlEqualTo(participant(call.conference(), legB))).withFormParam("Muted", equalTo("true")));

        webhook(setup.inbox(), "/calls/" + call.id() + "/contact", contactLegReport(call.contactLeg(), "completed", Instant.now()));

        JsonNode ended = callOf(setup, call.conversation());
        assertThat(ended.get("outcome").asString()).isEqualTo("COMPLETED");
        assertThat(ended.get("handedOverBy").asString()).isEqualTo(workspace.agent().id().toString());
        assertThat(ended.get("holdSeconds").isNull()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"busy, BUSY", "no-answer, NO_ANSWER", "failed, FAILED"})
    void aContactWhoDoesNotAnswerEndsTheCallWithThatOutcomeAndHangsUpTheAgent(String status, String outcome) {
        Setup setup = voiceInbox();
        Outgoing call = outgoingRinging(setup);
        webhook(setup.inbox(), "/calls/" + call.id() + "/contact", contactLegReport(call.contactLeg(), "ringing", Instant.now()));

        webhook(setup.inbox(), "/calls/" + call.id() + "/contact", contactLegReport(call.contactLeg(), status, Instant.now()));
        webhook(setup.inbox(), "/calls/" + call.id() + "/contact", contactLegReport(call.contactLeg(), status, Instant.now()));

        JsonNode ended = callOf(setup, call.conversation());
        assertThat(ended.get("state").asString()).isEqualTo("ENDED");
        assertThat(ended.get("outcome").asString()).isEqualTo(outcome);
        assertThat(ended.get("talkSeconds").isNull()).isTrue();
        twilio.verify(1, postRequestedFor(urlEqualTo(callPath(call.agentLeg()))).withFormParam("Status", equalTo("completed")));
        webhook(setup.inbox(), "/calls/" + call.id() + "/legs/" + setup.workspace().agent().id(),
                leg(call.agentLeg(), "completed", Instant.now()));
        assertThat(callOf(setup, call.conversation()).get("outcome").asString()).isEqualTo(outcome);
        assertThat(queueOf(setup.workspace(), call.conversation())).as("never queued").isNull();
        assertThat(assignee(setup.workspace(), call.conversation())).isEqualTo(setup.workspace().agent().id().toString());
    }

    @Test
    void anAgentWhoDoesNotPickUpTheirOwnOutgoingCallJustEndsIt() {
        Setup setup = voiceInbox();
        var workspace = setup.workspace();
        String agentLeg = "CA" + UUID.randomUUID().toString().replace("-", "");
        stubCallsJson(agentLeg);
        String id = workspace.agent().api().post("/api/v1/voice/calls", Map.of("inboxId", setup.inbox().toString(),
                "contactId", contactWithPhone(workspace))).json().get("id").asString();

        webhook(setup.inbox(), "/calls/" + id + "/legs/" + workspace.agent().id(), leg(agentLeg, "no-answer", Instant.now()));

        JsonNode call = onlyCall(setup);
        assertThat(call.get("state").asString()).isEqualTo("ENDED");
        assertThat(call.get("outcome").asString()).isEqualTo("NO_ANSWER");
        twilio.verify(0, postRequestedFor(urlEqualTo(participants(id))));
        twilio.verify(0, postRequestedFor(urlMatching("/2010-04-01/Accounts/" + SID + "/Calls/.+")));
        assertThat(queueOf(workspace, call.get("conversationId").asString())).as("not put back in a queue").isNull();
        assertThat(assignee(workspace, call.get("conversationId").asString())).isEqualTo(workspace.agent().id().toString());
    }

    private record Outgoing(String id, String conversation, String agentLeg, String contactLeg, String conference) {
    }

    /** The provider's answers for an outgoing call: the agent's leg created, both legs updatable, the contact added. */
    /** The two legs of an outgoing call: the agent's, then the contact's. */
    private record Legs(String agent, String contact) {
    }

    /** New leg ids, and the stand-in's answers for creating and adding them. */
    private static Legs stubOutgoingLegs() {
        String agentLeg = "CA" + UUID.randomUUID().toString().replace("-", "");
        String contactLeg = "CA-contact-" + agentLeg;
        stubCallsJson(agentLeg);
        stubCall(agentLeg);
        stubCall(contactLeg);
        stubParticipant(CUSTOMER, contactLeg);
        return new Legs(agentLeg, contactLeg);
    }

    /** The agent calls the contact out (their phone rings into the conference) and answers: the contact's phone rings. */
    private Outgoing outgoingRinging(Setup setup) {
        var workspace = setup.workspace();
        Legs legs = stubOutgoingLegs();
        String agentLeg = legs.agent();
        String contactLeg = legs.contact();
        twilio.stubFor(post(urlMatching("/2010-04-01/Accounts/" + SID + "/Conferences/CF[0-9a-z]+/Participants/.+\\.json"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));
        TestApi.Response started = workspace.agent().api().post("/api/v1/voice/calls",
                Map.of("inboxId", setup.inbox().toString(), "contactId", contactWithPhone(workspace)));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String id = started.json().get("id").asString();
        String conference = "CF" + agentLeg.substring(2);
        webhook(setup.inbox(), "/calls/" + id + "/legs/" + workspace.agent().id(), leg(agentLeg, "in-progress", Instant.now()));
        webhook(setup.inbox(), "/conference", conferenceEvent(id, conference, "conference-start", null));
        return new Outgoing(id, started.json().get("conversationId").asString(), agentLeg, contactLeg, conference);
    }

    /** An outgoing call the contact answered. */
    private Outgoing outgoingConnected(Setup setup) {
        Outgoing call = outgoingRinging(setup);
        webhook(setup.inbox(), "/calls/" + call.id() + "/contact", contactLegReport(call.contactLeg(), "in-progress", Instant.now()));
        assertThat(callOf(setup, call.conversation()).get("state").asString()).isEqualTo("CONNECTED");
        return call;
    }

    /** The agent's phone is their endpoint; the contact they will call has a phone number. */
    private static String agentPhoneAndContactToCall(TestWorkspaces.Workspace workspace) {
        workspace.agent().api().put("/api/v1/voice/endpoint", Map.of("kind", "PHONE", "address", AGENT_PHONE));
        return contactWithPhone(workspace);
    }

    private static String contactWithPhone(TestWorkspaces.Workspace workspace) {
        return workspace.admin().api().post("/api/v1/contacts", Map.of("name", "Ada Caller",
                "identities", List.of(Map.of("kind", "PHONE", "value", CUSTOMER)))).json().get("id").asString();
    }

    private static void stubCallsJson(String agentLeg) {
        twilio.stubFor(post(urlEqualTo("/2010-04-01/Accounts/" + SID + "/Calls.json")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody("{\"sid\": \"" + agentLeg + "\", \"status\": \"queued\"}")));
    }

    /** A status callback of the contact's leg of an outgoing call (placed by the Participants API). */
    private static Map<String, String> contactLegReport(String legSid, String status, Instant at) {
        Map<String, String> form = leg(legSid, status, at);
        form.put("To", CUSTOMER);
        return form;
    }

    private static String recordingPath(String recordingSid) {
        return "/2010-04-01/Accounts/" + SID + "/Recordings/" + recordingSid;
    }

    /** Twilio's recording status callback of a finished recording. */
    /** A conference's recording callback: it names the conference, not a call. */
    private static Map<String, String> recording(String conferenceSid, String recordingSid, String seconds) {
        Map<String, String> recording = new LinkedHashMap<>();
        recording.put("AccountSid", SID);
        recording.put("ConferenceSid", conferenceSid);
        recording.put("RecordingSid", recordingSid);
        recording.put("RecordingUrl", twilio.baseUrl() + recordingPath(recordingSid));
        recording.put("RecordingStatus", "completed");
        recording.put("RecordingDuration", seconds);
        recording.put("RecordingChannels", "1");
        recording.put("RecordingSource", "Conference");
        return recording;
    }

    @Test
    void whenTheWaitRunsOutTheCallerLeavesAVoicemailThatArrivesInTheThread() {
        Setup setup = voiceInbox();
        setup.workspace().admin().api().patch("/api/v1/inboxes/" + setup.inbox(), Map.of("settings", Map.of("voice", Map.of(
                "accountSid", SID, "from", OUR_NUMBER, "apiBaseUrl", twilio.baseUrl(), "voicemailAfterSeconds", 1))));
        String callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
        webhook(setup.inbox(), "", incoming(callSid));
        String conversation = onlyCall(setup).get("conversationId").asString();
        String callId = onlyCall(setup).get("id").asString();

        TestApi.Response voicemail = await().atMost(Duration.ofSeconds(10)).until(
                () -> webhook(setup.inbox(), "/wait", incoming(callSid)), wait -> wait.body().contains("<Record"));

        assertThat(voicemail.body()).contains("Please leave a message after the tone.")
                .contains("<Record action=\"" + url(setup.inbox(), "/voicemail-done") + "\" method=\"POST\" maxLength=\"180\"")
                .contains("recordingStatusCallback=\"" + url(setup.inbox(), "/calls/" + callId + "/recording") + "\"");
        String recordingPath = "/2010-04-01/Accounts/" + SID + "/Recordings/RE-vm-" + callSid;
        twilio.stubFor(get(urlEqualTo(recordingPath + ".mp3")).withBasicAuth(SID, TOKEN)
                .willReturn(aResponse().withHeader("Content-Type", "audio/mpeg").withBody("ID3VOICEMAIL")));
        Map<String, String> recording = new LinkedHashMap<>();
        recording.put("AccountSid", SID);
        recording.put("CallSid", callSid);
        recording.put("RecordingSid", "RE-vm-" + callSid);
        recording.put("RecordingUrl", twilio.baseUrl() + recordingPath);
        recording.put("RecordingStatus", "completed");
        recording.put("RecordingDuration", "12");
        recording.put("RecordingSource", "RecordVerb");
        webhook(setup.inbox(), "/calls/" + callId + "/recording", recording);
        assertThat(webhook(setup.inbox(), "/voicemail-done", incoming(callSid)).body()).contains("Goodbye").contains("<Hangup/>");
        webhook(setup.inbox(), "/status", mainLeg(callSid, "completed", Instant.now()));

        assertThat(onlyCall(setup).get("outcome").asString()).isEqualTo("VOICEMAIL");
        JsonNode message = messages(setup.workspace().agent().api(), conversation).valueStream()
                .filter(m -> m.get("text").asString("").startsWith("Voicemail")).findFirst().orElseThrow();
        assertThat(message.get("text").asString()).isEqualTo("Voicemail (12 s)");
        assertThat(message.get("attachments").get(0).get("size").asLong()).isEqualTo("ID3VOICEMAIL".length());
        await().atMost(Duration.ofSeconds(10)).until(() -> queueOf(setup.workspace(), conversation), id -> id != null);
    }

    @Test
    void anAgentWhoAcceptsButDoesNotPickUpPutsTheCallerBackAtTheFrontOfTheQueue() {
        Setup setup = voiceInbox();
        var workspace = setup.workspace();
        String first = "CA" + UUID.randomUUID().toString().replace("-", "");
        String second = "CA" + UUID.randomUUID().toString().replace("-", "");
        stubCall(first);
        stubParticipant("client:" + workspace.agent().id(), "CA-leg-" + first);
        JsonNode call = takenByAgent(setup, first);
        presence.change(workspace.id(), workspace.agent().id(), PresenceStatus.AWAY, null);
        webhook(setup.inbox(), "", incoming(second));
        webhook(setup.inbox(), "/menu", with(incoming(second), "Digits", "1"));
        String conversation = call.get("conversationId").asString();

        TestApi.Response missed = webhook(setup.inbox(), "/calls/" + call.get("id").asString() + "/legs/" + workspace.agent().id(),
                leg("CA-leg-" + first, "no-answer", Instant.now()));

        assertThat(missed.status()).isEqualTo(204);
        twilio.verify(1, postRequestedFor(urlEqualTo(callPath(first))).withFormParam("Twiml", equalTo(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Redirect method=\"POST\">" + url(setup.inbox(), "/wait")
                        + "</Redirect></Response>")));
        JsonNode requeued = callOf(setup, conversation);
        assertThat(requeued.get("state").asString()).isEqualTo("QUEUED");
        assertThat(requeued.get("voicemail").asBoolean()).isFalse();
        assertThat(workspace.agent().api().get("/api/v1/conversations/" + conversation).json().get("assigneeId").isNull()).isTrue();
        await().atMost(Duration.ofSeconds(10)).until(() -> queueOf(workspace, conversation), setup.billing()::equals);
        List<String> order = workspace.supervisor().api().get("/api/v1/routing/queued").json().valueStream()
                .map(item -> item.get("conversationId").asString()).toList();
        assertThat(order).as("the missed caller is ahead of the one who called later").startsWith(conversation);
        assertThat(webhook(setup.inbox(), "/wait", incoming(first)).body()).contains("<Gather").doesNotContain("<Record");
        webhook(setup.inbox(), "/calls/" + requeued.get("id").asString() + "/legs/" + workspace.agent().id(),
                leg("CA-leg-" + first, "no-answer", Instant.now()));
        twilio.verify(1, postRequestedFor(urlEqualTo(callPath(first))).withFormParam("Twiml", equalTo(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Redirect method=\"POST\">" + url(setup.inbox(), "/wait")
                        + "</Redirect></Response>")));
    }

    @Test
    void theAgentMutesHoldsAndHandsTheCallerToAConsultedColleague() {
        Setup setup = voiceInbox();
        var workspace = setup.workspace();
        String callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
        String legA = "CA-leg-" + callSid;
        String legB = "CA-consult-" + callSid;
        stubCall(callSid);
        stubCall(legA);
        stubParticipant("client:" + workspace.agent().id(), legA);
        stubParticipant("client:" + workspace.supervisor().id(), legB);
        twilio.stubFor(post(urlMatching("/2010-04-01/Accounts/" + SID + "/Conferences/CF[0-9a-z]+/Participants/.+\\.json"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));
        JsonNode call = takenByAgent(setup, callSid);
        String id = call.get("id").asString();
        String conference = "CF" + callSid.substring(2);
        TestApi agent = workspace.agent().api();
        assertThat(agent.post("/api/v1/voice/calls/" + id + "/mute", Map.of()).status()).as("before the conference started")
                .isEqualTo(409);
        webhook(setup.inbox(), "/conference", conferenceEvent(id, conference, "participant-join", callSid));
        webhook(setup.inbox(), "/calls/" + id + "/legs/" + workspace.agent().id(), leg(legA, "in-progress", Instant.now()));
        webhook(setup.inbox(), "/conference", conferenceEvent(id, conference, "participant-join", legA));

        TestApi.Response muted = agent.post("/api/v1/voice/calls/" + id + "/mute", Map.of());
        assertThat(muted.status()).as(muted.body()).isEqualTo(200);
        assertThat(muted.json().get("muted").asBoolean()).isTrue();
        assertThat(agent.get("/api/v1/conversations/" + call.get("conversationId").asString() + "/calls").json().get(0)
                .get("muted").asBoolean()).as("stored, after a reload").isTrue();
        twilio.verify(1, postRequestedFor(urlEqualTo(participant(conference, legA))).withBasicAuth(new BasicCredentials(SID, TOKEN))
                .withFormParam("Muted", equalTo("true")));
        assertThat(agent.post("/api/v1/voice/calls/" + id + "/unmute", Map.of()).json().get("muted").asBoolean()).isFalse();
        twilio.verify(1, postRequestedFor(urlEqualTo(participant(conference, legA))).withFormParam("Muted", equalTo("false")));

        assertThat(agent.post("/api/v1/voice/calls/" + id + "/hold", Map.of()).json().get("state").asString()).isEqualTo("ON_HOLD");
        twilio.verify(1, postRequestedFor(urlEqualTo(participant(conference, callSid))).withFormParam("Hold", equalTo("true"))
                .withFormParam("HoldUrl", equalTo(VoiceSettings.DEFAULT_HOLD_MUSIC)).withFormParam("HoldMethod", equalTo("GET")));
        assertThat(agent.post("/api/v1/voice/calls/" + id + "/resume", Map.of()).json().get("state").asString()).isEqualTo("CONNECTED");
        twilio.verify(1, postRequestedFor(urlEqualTo(participant(conference, callSid))).withFormParam("Hold", equalTo("false")));

        presence.change(workspace.id(), workspace.supervisor().id(), PresenceStatus.AVAILABLE, null);
        TestApi.Response consulting = agent.post("/api/v1/voice/calls/" + id + "/consult",
                Map.of("agentId", workspace.supervisor().id().toString()));
        assertThat(consulting.status()).as(consulting.body()).isEqualTo(200);
        assertThat(consulting.json().get("state").asString()).isEqualTo("ON_HOLD");
        assertThat(consulting.json().get("consultAgentId").asString()).isEqualTo(workspace.supervisor().id().toString());
        twilio.verify(2, postRequestedFor(urlEqualTo(participant(conference, callSid))).withFormParam("Hold", equalTo("true")));
        twilio.verify(1, postRequestedFor(urlEqualTo("/2010-04-01/Accounts/" + SID + "/Conferences/" + conference + "/Participants.json"))
                .withFormParam("To", equalTo("client:" + workspace.supervisor().id()))
                .withFormParam("From", equalTo(OUR_NUMBER))
                .withFormParam("Label", equalTo("consult"))
                .withFormParam("EndConferenceOnExit", equalTo("false"))
                .withFormParam("StatusCallback", equalTo(url(setup.inbox(), "/calls/" + id + "/legs/" + workspace.supervisor().id()))));
        assertThat(agent.post("/api/v1/voice/calls/" + id + "/consult/complete", Map.of()).status())
                .as("before the colleague answered").isEqualTo(409);
        webhook(setup.inbox(), "/calls/" + id + "/legs/" + workspace.supervisor().id(), leg(legB, "in-progress", Instant.now()));

        TestApi.Response completed = agent.post("/api/v1/voice/calls/" + id + "/consult/complete", Map.of("note", "Knows the case"));

        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(completed.json().get("state").asString()).isEqualTo("CONNECTED");
        assertThat(completed.json().get("agentId").asString()).isEqualTo(workspace.supervisor().id().toString());
        assertThat(completed.json().get("consultAgentId").isNull()).isTrue();
        twilio.verify(2, postRequestedFor(urlEqualTo(participant(conference, callSid))).withFormParam("Hold", equalTo("false")));
        twilio.verify(1, postRequestedFor(urlEqualTo(callPath(legA))).withFormParam("Status", equalTo("completed")));
        String conversation = call.get("conversationId").asString();
        assertThat(pendingOffer(workspace, workspace.supervisor(), conversation)).as("no offer: assigned straight away").isNull();
        assertThat(assignee(workspace, conversation)).as("the colleague is already talking to the caller")
                .isEqualTo(workspace.supervisor().id().toString());
        webhook(setup.inbox(), "/calls/" + id + "/legs/" + workspace.agent().id(), leg(legA, "completed", Instant.now()));
        twilio.verify(0, postRequestedFor(urlEqualTo(callPath(callSid))).withFormParam("Status", equalTo("completed")));
        webhook(setup.inbox(), "/calls/" + id + "/legs/" + workspace.supervisor().id(), leg(legB, "completed", Instant.now()));
        twilio.verify(1, postRequestedFor(urlEqualTo(callPath(callSid))).withFormParam("Status", equalTo("completed")));
    }

    @Test
    void aCancelledConsultationHangsUpTheColleagueAndBringsTheCallerBack() {
        Setup setup = voiceInbox();
        var workspace = setup.workspace();
        Consultation consultation = consulting(setup);
        String id = consultation.id();
        String callSid = consultation.callSid();
        String conference = consultation.conference();
        String legB = consultation.legB();
        TestApi agent = workspace.agent().api();
        assertThat(agent.post("/api/v1/voice/calls/" + id + "/consult", Map.of("agentId", workspace.supervisor().id().toString()))
                .status()).as("one consultation at a time").isEqualTo(409);

        TestApi.Response cancelled = agent.post("/api/v1/voice/calls/" + id + "/consult/cancel", Map.of());

        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("state").asString()).isEqualTo("CONNECTED");
        assertThat(cancelled.json().get("consultAgentId").isNull()).isTrue();
        assertThat(cancelled.json().get("agentId").asString()).isEqualTo(workspace.agent().id().toString());
        twilio.verify(1, postRequestedFor(urlEqualTo(callPath(legB))).withFormParam("Status", equalTo("completed")));
        twilio.verify(1, postRequestedFor(urlEqualTo(participant(conference, callSid))).withFormParam("Hold", equalTo("false")));
        webhook(setup.inbox(), "/calls/" + id + "/legs/" + workspace.supervisor().id(), leg(legB, "completed", Instant.now()));
        twilio.verify(1, postRequestedFor(urlEqualTo(participant(conference, callSid))).withFormParam("Hold", equalTo("false")));
        assertThat(workspace.supervisor().api().post("/api/v1/voice/calls/" + id + "/consult/cancel", Map.of()).status())
                .isEqualTo(409);
    }

    @Test
    void anAgentWhoHangsUpDuringTheConsultationLeavesTheCallerWithTheColleague() {
        Setup setup = voiceInbox();
        var workspace = setup.workspace();
        Consultation consultation = consultationAnswered(setup);
        String legs = "/calls/" + consultation.id() + "/legs/";

        webhook(setup.inbox(), legs + workspace.agent().id(), leg(consultation.legA(), "completed", Instant.now()));

        JsonNode call = callOf(setup, consultation.conversation());
        assertThat(call.get("state").asString()).isEqualTo("CONNECTED");
        assertThat(call.get("agentId").asString()).isEqualTo(workspace.supervisor().id().toString());
        assertThat(call.get("consultAgentId").isNull()).isTrue();
        assertThat(assignee(workspace, consultation.conversation())).isEqualTo(workspace.supervisor().id().toString());
        assertThat(pendingOffer(workspace, workspace.supervisor(), consultation.conversation())).isNull();
        twilio.verify(1, postRequestedFor(urlEqualTo(participant(consultation.conference(), consultation.callSid())))
                .withFormParam("Hold", equalTo("false")));
        twilio.verify(0, postRequestedFor(urlEqualTo(callPath(consultation.callSid()))).withFormParam("Status", equalTo("completed")));

        TestApi.Response mine = workspace.agent().api().put("/api/v1/voice/calls/" + consultation.id() + "/note",
                Map.of("note", "Explained the invoice, handed over"));
        assertThat(mine.status()).as("the agent who handed over wraps up their part: " + mine.body()).isEqualTo(200);
        assertThat(mine.json().get("handedOverBy").asString()).isEqualTo(workspace.agent().id().toString());
        assertThat(mine.json().get("handOverNote").asString()).isEqualTo("Explained the invoice, handed over");
        assertThat(mine.json().get("handOverWrapUpSeconds").isNull()).as("counted from the hand-over").isFalse();
        assertThat(mine.json().get("note").isNull()).as("the colleague's note is their own").isTrue();
        assertThat(mine.json().get("wrapUpSeconds").isNull()).isTrue();
        TestApi.Response theirs = workspace.supervisor().api().put("/api/v1/voice/calls/" + consultation.id() + "/note",
                Map.of("note", "Refund promised"));
        assertThat(theirs.json().get("note").asString()).isEqualTo("Refund promised");
        assertThat(theirs.json().get("handOverNote").asString()).isEqualTo("Explained the invoice, handed over");
        assertThat(workspace.agent().api().post("/api/v1/voice/calls/" + consultation.id() + "/hold", Map.of()).status())
                .as("the call itself is the colleague's now").isEqualTo(403);
    }

    @Test
    void anAgentWhoHangsUpBeforeTheColleagueAnswersHandsOverWhenTheyDo() {
        Setup setup = voiceInbox();
        var workspace = setup.workspace();
        Consultation consultation = consulting(setup);
        String legs = "/calls/" + consultation.id() + "/legs/";
        webhook(setup.inbox(), legs + workspace.agent().id(), leg(consultation.legA(), "completed", Instant.now()));
        assertThat(callOf(setup, consultation.conversation()).get("state").asString()).as("the caller waits on hold")
                .isEqualTo("ON_HOLD");
        twilio.verify(0, postRequestedFor(urlEqualTo(callPath(consultation.callSid()))).withFormParam("Status", equalTo("completed")));

        webhook(setup.inbox(), legs + workspace.supervisor().id(), leg(consultation.legB(), "in-progress", Instant.now()));

        JsonNode call = callOf(setup, consultation.conversation());
        assertThat(call.get("state").asString()).isEqualTo("CONNECTED");
        assertThat(call.get("agentId").asString()).isEqualTo(workspace.supervisor().id().toString());
        assertThat(assignee(workspace, consultation.conversation())).isEqualTo(workspace.supervisor().id().toString());
        twilio.verify(1, postRequestedFor(urlEqualTo(participant(consultation.conference(), consultation.callSid())))
                .withFormParam("Hold", equalTo("false")));
    }

    @Test
    void aColleagueWhoHangsUpDuringTheConsultationBringsTheCallerBackToTheAgent() {
        Setup setup = voiceInbox();
        var workspace = setup.workspace();
        Consultation consultation = consultationAnswered(setup);
        String legs = "/calls/" + consultation.id() + "/legs/";

        webhook(setup.inbox(), legs + workspace.supervisor().id(), leg(consultation.legB(), "completed", Instant.now()));

        JsonNode call = callOf(setup, consultation.conversation());
        assertThat(call.get("state").asString()).isEqualTo("CONNECTED");
        assertThat(call.get("agentId").asString()).isEqualTo(workspace.agent().id().toString());
        assertThat(call.get("consultAgentId").isNull()).isTrue();
        assertThat(assignee(workspace, consultation.conversation())).isEqualTo(workspace.agent().id().toString());
        twilio.verify(1, postRequestedFor(urlEqualTo(participant(consultation.conference(), consultation.callSid())))
                .withFormParam("Hold", equalTo("false")));
        assertThat(workspace.agent().api().post("/api/v1/voice/calls/" + consultation.id() + "/mute", Map.of()).status())
                .as("the agent controls the call again").isEqualTo(200);
    }

    private record Consultation(String id, String callSid, String conversation, String conference, String legA, String legB) {
    }

    /** A call connected to the agent, who consults the supervisor: the caller is on hold, the supervisor's phone rings. */
    private Consultation consulting(Setup setup) {
        var workspace = setup.workspace();
        String callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
        String legA = "CA-leg-" + callSid;
        String legB = "CA-consult-" + callSid;
        stubCall(callSid);
        stubCall(legA);
        stubCall(legB);
        stubParticipant("client:" + workspace.agent().id(), legA);
        stubParticipant("client:" + workspace.supervisor().id(), legB);
        twilio.stubFor(post(urlMatching("/2010-04-01/Accounts/" + SID + "/Conferences/CF[0-9a-z]+/Participants/.+\\.json"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{}")));
        JsonNode call = takenByAgent(setup, callSid);
        String id = call.get("id").asString();
        String conference = "CF" + callSid.substring(2);
        webhook(setup.inbox(), "/conference", conferenceEvent(id, conference, "conference-start", null));
        webhook(setup.inbox(), "/calls/" + id + "/legs/" + workspace.agent().id(), leg(legA, "in-progress", Instant.now()));
        presence.change(workspace.id(), workspace.supervisor().id(), PresenceStatus.AVAILABLE, null);
        TestApi.Response consulting = workspace.agent().api().post("/api/v1/voice/calls/" + id + "/consult",
                Map.of("agentId", workspace.supervisor().id().toString()));
        assertThat(consulting.status()).as(consulting.body()).isEqualTo(200);
        return new Consultation(id, callSid, call.get("conversationId").asString(), conference, legA, legB);
    }

    /** {@link #consulting}, then the colleague answers: agent and colleague talk while the caller waits on hold. */
    private Consultation consultationAnswered(Setup setup) {
        Consultation consultation = consulting(setup);
        webhook(setup.inbox(), "/calls/" + consultation.id() + "/legs/" + setup.workspace().supervisor().id(),
                leg(consultation.legB(), "in-progress", Instant.now()));
        return consultation;
    }

    private static String assignee(TestWorkspaces.Workspace workspace, String conversation) {
        JsonNode assignee = workspace.supervisor().api().get("/api/v1/conversations/" + conversation).json().get("assigneeId");
        return assignee.isNull() ? null : assignee.asString();
    }

    @Test
    void conferenceCallbacksOutOfOrderLeaveTheCallInTheConferenceStillGoingOn() {
        Setup setup = voiceInbox();
        String callSid = "CA" + UUID.randomUUID().toString().replace("-", "");
        webhook(setup.inbox(), "", incoming(callSid));
        webhook(setup.inbox(), "/menu", with(incoming(callSid), "Digits", "1"));
        String id = onlyCall(setup).get("id").asString();

        webhook(setup.inbox(), "/conference", conferenceEvent(id, "CFold", "conference-end", null));
        webhook(setup.inbox(), "/conference", conferenceEvent(id, "CFold", "participant-join", callSid));
        assertThat(onlyCall(setup).get("inConference").asBoolean()).as("a join reported after its conference ended").isFalse();
        webhook(setup.inbox(), "/conference", conferenceEvent(id, "CFnew", "participant-join", callSid));
        webhook(setup.inbox(), "/conference", conferenceEvent(id, "CFold", "conference-end", null));
        assertThat(onlyCall(setup).get("inConference").asBoolean()).as("the old conference's end again").isTrue();
        assertThat(jdbc.sql("select conference_sid from voice_calls where id = ?").param(UUID.fromString(id))
                .query(String.class).single()).isEqualTo("CFnew");
        webhook(setup.inbox(), "/conference", conferenceEvent(id, "CFnew", "conference-end", null));
        assertThat(onlyCall(setup).get("inConference").asBoolean()).isFalse();
        assertThat(webhook(setup.inbox(), "/conference", conferenceEvent(UUID.randomUUID().toString(), "CFx", "conference-start", null))
                .status()).as("an unknown call").isEqualTo(204);
    }

    @Test
    void aRequestWithoutTheRightSignatureIsRefusedAndStoresNothing() {
        Setup setup = voiceInbox();
        Map<String, String> call = incoming("CA-forged");

        TestApi.Response unsigned = workspaces.anonymous().send("POST", "/webhooks/voice/" + setup.inbox(), form(call),
                "application/x-www-form-urlencoded");
        TestApi.Response wrongToken = workspaces.anonymous()
                .withHeader("X-Twilio-Signature", TwilioSignature.compute("another-token", url(setup.inbox(), ""), multi(call)))
                .send("POST", "/webhooks/voice/" + setup.inbox(), form(call), "application/x-www-form-urlencoded");

        assertThat(unsigned.status()).isEqualTo(403);
        assertThat(unsigned.header("Content-Type")).startsWith("application/problem+json");
        assertThat(wrongToken.status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from voice_calls where inbox_id = ?").param(setup.inbox()).query(Long.class).single())
                .isZero();
    }

    @Test
    void theAuthTokenIsWriteOnlyAndAMenuMustNameDistinctDigits() {
        Setup setup = voiceInbox();
        TestApi admin = setup.workspace().admin().api();

        JsonNode shown = admin.get("/api/v1/inboxes/" + setup.inbox()).json().get("settings").get("voice");
        String stored = jdbc.sql("select settings from inboxes where id = ?").param(setup.inbox()).query(String.class).single();
        TestApi.Response twice = admin.patch("/api/v1/inboxes/" + setup.inbox(), Map.of("settings", Map.of("voice", Map.of(
                "accountSid", SID, "from", OUR_NUMBER, "menu", List.of(
                        Map.of("digit", "1", "label", "A", "queueId", setup.billing()),
                        Map.of("digit", "1", "label", "B", "queueId", setup.support()))))));

        assertThat(shown.get("authTokenSet").asBoolean()).isTrue();
        assertThat(shown.toString()).doesNotContain(TOKEN);
        assertThat(stored).doesNotContain(TOKEN);
        assertThat(shown.get("menu").size()).isEqualTo(2);
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.body()).contains("settings.voice.menu[1].digit");
    }

    private Setup voiceInbox() {
        var workspace = workspaces.create();
        UUID inbox = workspace.inbox(Channel.VOICE);
        TestApi admin = workspace.admin().api();
        String billing = admin.post("/api/v1/routing/queues", Map.of("name", "Billing", "push", true)).json().get("id").asString();
        String support = admin.post("/api/v1/routing/queues", Map.of("name", "Support", "push", true)).json().get("id").asString();
        TestApi.Response configured = admin.patch("/api/v1/inboxes/" + inbox, Map.of("settings", Map.of("voice", Map.of(
                "accountSid", SID, "authToken", TOKEN, "from", OUR_NUMBER, "apiBaseUrl", twilio.baseUrl(),
                "greeting", "Thanks for calling Acme.", "menu", List.of(
                        Map.of("digit", "1", "label", "Billing", "queueId", billing),
                        Map.of("digit", "2", "label", "Support", "queueId", support))))));
        assertThat(configured.status()).as(configured.body()).isEqualTo(200);
        return new Setup(workspace, inbox, billing, support);
    }

    private JsonNode onlyCall(Setup setup) {
        String conversation = jdbc.sql("select conversation_id from voice_calls where inbox_id = ?").param(setup.inbox())
                .query(String.class).single();
        JsonNode calls = setup.workspace().supervisor().api().get("/api/v1/conversations/" + conversation + "/calls").json();
        assertThat(calls.size()).isEqualTo(1);
        return calls.get(0);
    }

    private static String queueOf(TestWorkspaces.Workspace workspace, String conversation) {
        return workspace.supervisor().api().get("/api/v1/routing/queued").json().valueStream()
                .filter(item -> item.get("conversationId").asString().equals(conversation))
                .map(item -> item.get("queueId").asString()).findFirst().orElse(null);
    }

    private static String pendingOffer(TestWorkspaces.Workspace workspace, TestWorkspaces.StaffAccount agent, String conversation) {
        return agent.api().get("/api/v1/routing/offers?outcome=PENDING&conversationId=" + conversation).json().valueStream()
                .map(offer -> offer.get("id").asString()).findFirst().orElse(null);
    }

    /** The stand-in answers adding a participant (to a conference named or by sid) called at {@code to} with that leg's CallSid. */
    private static void stubParticipant(String to, String legSid) {
        twilio.stubFor(post(urlMatching("/2010-04-01/Accounts/" + SID + "/Conferences/[^/]+/Participants\\.json"))
                .withFormParam("To", equalTo(to))
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody("{\"call_sid\": \"" + legSid + "\", \"label\": \"agent\", \"status\": \"queued\"}")));
    }

    private static String participants(String callId) {
        return "/2010-04-01/Accounts/" + SID + "/Conferences/frontline-call-" + callId + "/Participants.json";
    }

    private static String participant(String conferenceSid, String legSid) {
        return "/2010-04-01/Accounts/" + SID + "/Conferences/" + conferenceSid + "/Participants/" + legSid + ".json";
    }

    /** What the caller's call is given when an agent takes it: its own conference, the agent added separately. */
    private String conferenceTwiml(UUID inbox, String callId) {
        return conferenceTwiml(inbox, callId, true);
    }

    /**
     * The call's conference as the caller of an incoming call joins it (waits for the agent, ends it when leaving), or
     * as the agent of an outgoing call does (starts it, hearing the contact ring; the conference goes on without them).
     */
    private String conferenceTwiml(UUID inbox, String callId, boolean caller) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Dial action=\"" + url(inbox, "/dial-ended")
                + "\" method=\"POST\"><Conference startConferenceOnEnter=\"" + !caller + "\" endConferenceOnExit=\""
                + caller + "\" beep=\"false\""
                + " waitUrl=\"" + VoiceSettings.DEFAULT_HOLD_MUSIC + "\" waitMethod=\"GET\" record=\"record-from-start\""
                + " recordingStatusCallback=\"" + url(inbox, "/calls/" + callId + "/recording") + "\" recordingStatusCallbackMethod=\"POST\""
                + " statusCallback=\"" + url(inbox, "/conference") + "\" statusCallbackMethod=\"POST\""
                + " statusCallbackEvent=\"start end join leave mute hold\">frontline-call-" + callId + "</Conference></Dial></Response>";
    }

    /** A status callback of an agent's leg added to a conference (no ParentCallSid: the Participants API placed it). */
    private static Map<String, String> leg(String legSid, String status, Instant at) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", SID);
        form.put("ApiVersion", "2010-04-01");
        form.put("CallSid", legSid);
        form.put("CallStatus", status);
        form.put("Direction", "outbound-api");
        form.put("From", OUR_NUMBER);
        form.put("To", AGENT_PHONE);
        form.put("Timestamp", DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC)));
        form.put("CallbackSource", "call-progress-events");
        form.put("SequenceNumber", "1");
        return form;
    }

    /** Twilio's conference status callback. */
    private static Map<String, String> conferenceEvent(String callId, String conferenceSid, String event, String legSid) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("AccountSid", SID);
        form.put("ConferenceSid", conferenceSid);
        form.put("FriendlyName", "frontline-call-" + callId);
        form.put("StatusCallbackEvent", event);
        form.put("Timestamp", DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().atOffset(ZoneOffset.UTC)));
        form.put("SequenceNumber", "1");
        if (legSid != null) {
            form.put("CallSid", legSid);
            form.put("Muted", "false");
            form.put("Hold", "false");
            form.put("EndConferenceOnExit", "false");
            form.put("StartConferenceOnEnter", "true");
            form.put("Coaching", "false");
        }
        return form;
    }

    private static void stubCall(String callSid) {
        twilio.stubFor(post(urlEqualTo(callPath(callSid))).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{\"sid\": \"" + callSid + "\"}")));
    }

    /** A call through the menu into Billing, offered to the agent, who accepts: the caller is sent into the conference. */
    private JsonNode takenByAgent(Setup setup, String callSid) {
        var workspace = setup.workspace();
        webhook(setup.inbox(), "", incoming(callSid));
        webhook(setup.inbox(), "/menu", with(incoming(callSid), "Digits", "1"));
        String conversation = jdbc.sql("select conversation_id from voice_calls where inbox_id = ? and call_sid = ?")
                .params(setup.inbox(), callSid).query(String.class).single();
        presence.change(workspace.id(), workspace.agent().id(), PresenceStatus.AVAILABLE, null);
        String offer = await().atMost(Duration.ofSeconds(15)).until(() -> pendingOffer(workspace, workspace.agent(), conversation),
                id -> id != null);
        workspace.agent().api().post("/api/v1/routing/offers/" + offer + "/accept", Map.of());
        await().atMost(Duration.ofSeconds(15)).until(() -> callOf(setup, conversation).get("state").asString().equals("RINGING"));
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("select agent_call_sid from voice_calls where call_sid = ?")
                .param(callSid).query(String.class).optional().isPresent());
        return callOf(setup, conversation);
    }

    private JsonNode callOf(Setup setup, String conversation) {
        return setup.workspace().supervisor().api().get("/api/v1/conversations/" + conversation + "/calls").json().get(0);
    }

    private static String callPath(String callSid) {
        return "/2010-04-01/Accounts/" + SID + "/Calls/" + callSid + ".json";
    }

    /** Twilio's incoming-call webhook as it posts it. */
    private static Map<String, String> incoming(String callSid) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("Called", OUR_NUMBER);
        form.put("ToState", "CA");
        form.put("CallerCountry", "DE");
        form.put("Direction", "inbound");
        form.put("CallerState", "");
        form.put("ToZip", "94105");
        form.put("CallSid", callSid);
        form.put("To", OUR_NUMBER);
        form.put("CallerZip", "");
        form.put("ToCountry", "US");
        form.put("ApiVersion", "2010-04-01");
        form.put("CalledZip", "94105");
        form.put("CalledCity", "SAN FRANCISCO");
        form.put("CallStatus", "ringing");
        form.put("From", CUSTOMER);
        form.put("AccountSid", SID);
        form.put("CalledCountry", "US");
        form.put("CallerCity", "");
        form.put("Caller", CUSTOMER);
        form.put("FromCountry", "DE");
        form.put("ToCity", "SAN FRANCISCO");
        form.put("FromCity", "");
        form.put("CalledState", "CA");
        form.put("FromZip", "");
        form.put("FromState", "");
        return form;
    }

    private static Map<String, String> mainLeg(String callSid, String status, Instant at) {
        Map<String, String> form = incoming(callSid);
        form.put("CallStatus", status);
        form.put("Timestamp", DateTimeFormatter.RFC_1123_DATE_TIME.format(at.atOffset(ZoneOffset.UTC)));
        form.put("CallbackSource", "call-progress-events");
        form.put("SequenceNumber", "2");
        form.put("CallDuration", "95");
        return form;
    }

    private static Map<String, String> with(Map<String, String> form, String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(form);
        more.put(name, value);
        return more;
    }

    private String url(UUID inbox, String suffix) {
        return workspaces.baseUrl() + "/webhooks/voice/" + inbox + suffix;
    }

    private TestApi.Response webhook(UUID inbox, String suffix, Map<String, String> form) {
        return workspaces.anonymous()
                .withHeader("X-Twilio-Signature", TwilioSignature.compute(TOKEN, url(inbox, suffix), multi(form)))
                .send("POST", "/webhooks/voice/" + inbox + suffix, form(form), "application/x-www-form-urlencoded");
    }
}
