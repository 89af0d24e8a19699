package dev.frontline.channels.voice;

import dev.frontline.channels.InboundDelivery;
import dev.frontline.channels.messaging.MessageProvider;
import dev.frontline.channels.messaging.ProviderHttp;
import dev.frontline.contacts.IdentityKind;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.Inbound;
import dev.frontline.conversations.NewAttachment;
import dev.frontline.routing.CallQueueing;
import dev.frontline.shared.Ids;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens on the caller's side of a call, driven by the provider's webhooks: greeting and IVR menu, the
 * conversation opened on the caller's contact and put in the chosen queue, the wait with hold music and
 * announcements, a callback request or voicemail instead of waiting, status reports and recordings. Every answer
 * is TwiML for the provider; all state is in the database, so any node can take the next webhook of a call.
 */
@Service
class CallFlow {

    private static final Logger log = LoggerFactory.getLogger(CallFlow.class);
    private static final int MENU_TIMEOUT_SECONDS = 6;
    private static final int VOICEMAIL_MAX_SECONDS = 180;

    private final Calls calls;
    private final InboundDelivery delivery;
    private final CallQueueing queueing;
    private final ProviderHttp http;
    private final CallLegs legs;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CallFlow(Calls calls, InboundDelivery delivery, CallQueueing queueing, ProviderHttp http, CallLegs legs,
             TransactionTemplate transaction, Clock clock) {
        this.legs = legs;
        this.calls = calls;
        this.delivery = delivery;
        this.queueing = queueing;
        this.http = http;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * A new call: stored once by its CallSid, then the greeting and the menu; an inbox without a menu queues the
     * caller at once by the routing rules. The conversation is opened only once the caller chose, so routing never
     * offers a call whose caller is still listening to the menu.
     */
    String incoming(VoiceSettings.VoiceAccount account, String callSid, String from, String to, String base) {
        calls.insert(new Call(Ids.newId(), account.workspace(), account.inboxId(), callSid, Call.Direction.INBOUND,
                from, to, null, null, null, base, Call.State.IVR, null, null, clock.instant(), null, null, null, null,
                null, 0, false, false, null, null, Call.Bridge.NONE, Call.HandOver.NONE));
        Call call = calls.bySid(account.inboxId(), callSid).orElseThrow();
        VoicePrompts prompts = new VoicePrompts(account.language());
        CallUrls urls = urls(call);
        if (account.menu().isEmpty()) {
            queue(account, call, null);
            return TwiML.response().say(prompts.greeting(account.greeting()), prompts.sayLanguage())
                    .redirect(urls.waiting()).xml();
        }
        return TwiML.response()
                .gather(urls.menu(), MENU_TIMEOUT_SECONDS, menu -> {
                    menu.say(prompts.greeting(account.greeting()), prompts.sayLanguage());
                    account.menu().forEach(choice ->
                            menu.say(prompts.menuChoice(choice.label(), choice.digit()), prompts.sayLanguage()));
                })
                .redirect(urls.menu())
                .xml();
    }

    /** The caller pressed {@code digits} in the menu (none: the menu timed out, and the rules choose the queue). */
    String menuChosen(VoiceSettings.VoiceAccount account, String callSid, @Nullable String digits) {
        Optional<Call> found = calls.bySid(account.inboxId(), callSid);
        if (found.isEmpty()) {
            return TwiML.response().hangup().xml();
        }
        Call call = found.get();
        Optional<VoiceSettings.MenuEntry> choice = account.choice(digits);
        if (digits != null && !digits.isEmpty() && choice.isEmpty()) {
            VoicePrompts prompts = new VoicePrompts(account.language());
            return TwiML.response().say(prompts.invalidChoice(), prompts.sayLanguage()).redirect(urls(call).incoming()).xml();
        }
        queue(account, call, choice.map(VoiceSettings.MenuEntry::queueId).orElse(null));
        return waiting(account, callSid);
    }

    /**
     * The waiting loop: position and expected wait (routing's estimate), how to ask for a callback, one play of the
     * hold music, and again. Past the inbox's voicemail time the caller may leave a message instead.
     */
    String waiting(VoiceSettings.VoiceAccount account, String callSid) {
        Optional<Call> found = calls.bySid(account.inboxId(), callSid);
        if (found.isEmpty() || found.get().state() == Call.State.ENDED || found.get().conversationId() == null) {
            return TwiML.response().hangup().xml();
        }
        Call call = found.get();
        VoicePrompts prompts = new VoicePrompts(account.language());
        CallUrls urls = urls(call);
        if (account.voicemailAfterSeconds() > 0 && call.enqueuedAt() != null
                && !clock.instant().isBefore(call.enqueuedAt().plusSeconds(account.voicemailAfterSeconds()))) {
            return voicemail(call, prompts);
        }
        Optional<CallQueueing.Place> place = queueing.place(account.workspace(), new ConversationId(call.conversationId()));
        return TwiML.response()
                .gather(urls.waitingKey(), 1, wait -> {
                    place.ifPresent(p -> wait.say(prompts.waiting(p.position(), p.expectedWait()), prompts.sayLanguage()));
                    wait.say(prompts.callbackOffer(account.callbackDigit()), prompts.sayLanguage());
                    wait.play(account.holdMusicUrl(), 1);
                })
                .redirect(urls.waiting())
                .xml();
    }

    /**
     * A key pressed while waiting: the callback key ends the call and leaves the conversation in its queue as a
     * callback task with the caller's number; any other key just goes on waiting.
     */
    String waitingKey(VoiceSettings.VoiceAccount account, String callSid, @Nullable String digits) {
        Optional<Call> found = calls.bySid(account.inboxId(), callSid);
        if (found.isEmpty() || found.get().conversationId() == null) {
            return TwiML.response().hangup().xml();
        }
        Call call = found.get();
        if (!account.callbackDigit().equals(digits)) {
            return TwiML.response().redirect(urls(call).waiting()).xml();
        }
        calls.callbackRequested(call.id());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("callSid", call.callSid());
        details.put("callback", true);
        details.put("number", call.from());
        delivery.deliver(account.workspace(), account.inboxId(), new InboundDelivery.Delivery(
                new InboundDelivery.Sender(IdentityKind.PHONE, call.from(), null, null), call.callSid() + ":callback",
                null, "Callback requested to " + call.from(), null, List.of(), Map.of("voice", details),
                Inbound.Threading.continuing(new ConversationId(call.conversationId())), false));
        VoicePrompts prompts = new VoicePrompts(account.language());
        return TwiML.response().say(prompts.callbackConfirmed(), prompts.sayLanguage()).hangup().xml();
    }

    /**
     * The {@code <Dial>} ended: hung up after talking, or the agent did not answer: then the caller goes back to the
     * front of the queue to wait for the next agent (voicemail only when the wait runs out). An outgoing call just ends.
     */
    String dialEnded(VoiceSettings.VoiceAccount account, String callSid, @Nullable String dialStatus) {
        Optional<Call> found = calls.bySid(account.inboxId(), callSid);
        if (found.isEmpty() || found.get().direction() == Call.Direction.OUTBOUND
                || "completed".equals(dialStatus) || "answered".equals(dialStatus)) {
            return TwiML.response().hangup().xml();
        }
        Boolean requeued = transaction.execute(tx -> calls.lock(found.get().id()).map(legs::returnToQueue).orElse(false));
        Call call = found.get();
        return Boolean.TRUE.equals(requeued) || call.state() == Call.State.QUEUED
                ? TwiML.response().redirect(urls(call).waiting()).xml()
                : TwiML.response().hangup().xml();
    }

    String voicemailDone(VoiceSettings.VoiceAccount account) {
        VoicePrompts prompts = new VoicePrompts(account.language());
        return TwiML.response().say(prompts.goodbye(), prompts.sayLanguage()).hangup().xml();
    }

    /**
     * A status report of the call or of the agent's leg ({@code parentCallSid} set): stored once per call and status,
     * applied under the call's row lock, the outcome recomputed from everything known. A call that ends unanswered
     * leaves its queue as abandoned, unless the caller asked for a callback or left a voicemail (the conversation
     * then waits for an agent).
     */
    void status(VoiceSettings.VoiceAccount account, String callSid, @Nullable String parentCallSid, String status,
                Instant at) {
        boolean agentLeg = parentCallSid != null && !parentCallSid.isEmpty();
        Optional<Call> found = calls.bySid(account.inboxId(), agentLeg ? parentCallSid : callSid);
        if (found.isEmpty()) {
            return;
        }
        transaction.executeWithoutResult(tx -> {
            UUID id = found.get().id();
            if (!calls.recordEvent(id, Call.eventKey(agentLeg, status), at)) {
                return;
            }
            calls.lock(id).orElseThrow(); // reports of one call apply one at a time
            if (agentLeg && (status.equals("in-progress") || status.equals("answered"))) {
                calls.answered(id, at);
            } else if (!agentLeg && Call.isFinal(status)) {
                calls.ended(id, status, at);
            }
            legs.settle(account, id);
        });
    }

    /**
     * A finished recording (of the talk, or a voicemail): fetched from the provider with the account's credentials
     * and added to the call's conversation as a message with the audio, once per RecordingSid.
     */
    void recording(VoiceSettings.VoiceAccount account, UUID callId, String recordingSid, String recordingUrl,
                   @Nullable String durationSeconds) {
        calls.get(account.workspace(), callId).filter(call -> call.inboxId().equals(account.inboxId()))
                .ifPresent(call -> recording(account, call, recordingSid, recordingUrl, durationSeconds));
    }

    /** As above, for a callback that names the call by its CallSid (calls placed before recordings named the call in their URL). */
    void recording(VoiceSettings.VoiceAccount account, String callSid, String recordingSid, String recordingUrl,
                   @Nullable String durationSeconds) {
        calls.bySid(account.inboxId(), callSid)
                .ifPresent(call -> recording(account, call, recordingSid, recordingUrl, durationSeconds));
    }

    private void recording(VoiceSettings.VoiceAccount account, Call call, String recordingSid, String recordingUrl,
                           @Nullable String durationSeconds) {
        if (call.conversationId() == null) {
            return;
        }
        String callSid = call.callSid();
        byte[] audio;
        try {
            audio = http.download(URI.create(recordingUrl + ".mp3"), "Basic " + Base64.getEncoder().encodeToString(
                    (account.accountSid() + ":" + account.authToken()).getBytes(StandardCharsets.UTF_8)));
        } catch (MessageProvider.ProviderException | IllegalArgumentException e) {
            log.warn("Could not fetch recording {} of call {}: {}", recordingSid, callSid, e.getMessage());
            return;
        }
        String customer = call.direction() == Call.Direction.INBOUND ? call.from() : call.to();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("callSid", callSid);
        details.put("recordingSid", recordingSid);
        details.put("kind", call.voicemail() ? "voicemail" : "recording");
        if (durationSeconds != null) {
            details.put("durationSeconds", durationSeconds);
        }
        String text = (call.voicemail() ? "Voicemail" : "Call recording")
                + (durationSeconds == null ? "" : " (" + durationSeconds + " s)");
        delivery.deliver(account.workspace(), account.inboxId(), new InboundDelivery.Delivery(
                new InboundDelivery.Sender(IdentityKind.PHONE, customer, null, null), recordingSid, null, text, null,
                List.of(new NewAttachment(recordingSid + ".mp3", "audio/mpeg", audio, null)), Map.of("voice", details),
                Inbound.Threading.continuing(new ConversationId(call.conversationId())), false));
    }

    private String voicemail(Call call, VoicePrompts prompts) {
        calls.voicemail(call.id());
        CallUrls urls = urls(call);
        return TwiML.response().say(prompts.voicemail(), prompts.sayLanguage())
                .record(urls.voicemailDone(), VOICEMAIL_MAX_SECONDS, urls.recording(call.id())).xml();
    }

    /** Opens the call's conversation on the caller's contact (once, by CallSid) and puts it in {@code queueId}. */
    private void queue(VoiceSettings.VoiceAccount account, Call call, @Nullable UUID queueId) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("callSid", call.callSid());
        details.put("direction", "inbound");
        details.put("from", call.from());
        details.put("to", call.to());
        Inbound.Received received = delivery.deliver(account.workspace(), account.inboxId(), new InboundDelivery.Delivery(
                new InboundDelivery.Sender(IdentityKind.PHONE, call.from(), null, null), call.callSid(), null,
                "Incoming call from " + call.from() + " to " + call.to(), null, List.of(), Map.of("voice", details),
                Inbound.Threading.newConversation(), false));
        if (queueId != null && !queueing.place(account.workspace(), received.conversationId(), queueId)) {
            log.warn("Voice inbox {}: menu queue {} does not exist; the routing rules choose", account.inboxId(), queueId);
            queueId = null;
        }
        calls.queued(call.id(), received.conversationId().value(), queueId, clock.instant());
    }

    static CallUrls urls(Call call) {
        return new CallUrls(call.webhookBase(), call.inboxId());
    }
}
