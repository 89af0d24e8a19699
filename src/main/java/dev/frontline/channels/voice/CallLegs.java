package dev.frontline.channels.voice;

import dev.frontline.conversations.ConversationId;
import dev.frontline.routing.CallQueueing;
import dev.frontline.routing.Transfers;
import dev.frontline.shared.Caller;
import dev.frontline.shared.ConflictException;
import dev.frontline.shared.Role;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The legs of a call bridged in its conference, driven by the provider's callbacks: the handling agent's leg (answered:
 * connected; hung up after talking: the caller is hung up too, or in the middle of a consultation handed over to the
 * colleague; rang out, busy or failed: the caller goes back to the front of the queue, never to voicemail), a consulted
 * colleague's leg (answered, or ended: the caller is taken off hold), and the conference itself (its sid, needed to
 * change participants). An outgoing call rings the agent first: their answer adds the contact to the conference, and
 * the contact's leg is then the call's own (its answer is the call's answer, its end the call's end; unanswered, the
 * agent's leg is hung up); an agent who does not pick up their own call just ends it. Every report is stored once and
 * applied under the call's row lock, so reports may arrive twice, late or out of order, on any node.
 */
@Service
class CallLegs {

    private static final Logger log = LoggerFactory.getLogger(CallLegs.class);
    private static final int CONTACT_RING_SECONDS = 30;

    private final Calls calls;
    private final TwilioCalls twilio;
    private final CallQueueing queueing;
    private final Transfers transfers;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CallLegs(Calls calls, TwilioCalls twilio, CallQueueing queueing, Transfers transfers, TransactionTemplate transaction,
             Clock clock) {
        this.transfers = transfers;
        this.calls = calls;
        this.twilio = twilio;
        this.queueing = queueing;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** A status report of the leg dialled to {@code agentId} for call {@code callId}. */
    void agentLeg(VoiceSettings.VoiceAccount account, UUID callId, UUID agentId, String legSid, String status, Instant at) {
        transaction.executeWithoutResult(tx -> {
            Optional<Call> found = calls.lock(callId).filter(call -> call.inboxId().equals(account.inboxId()));
            if (found.isEmpty() || !calls.recordEvent(callId, "leg:" + legSid + ":" + status, at)) {
                return;
            }
            Call call = found.get();
            if (agentId.equals(call.agentId()) && sameLeg(call.bridge().agentCallSid(), legSid)) {
                if (call.bridge().agentCallSid() == null) {
                    calls.agentLeg(callId, legSid); // reported before the provider's answer to adding it was stored
                    call = calls.lock(callId).orElseThrow();
                }
                handlingLeg(account, call, status, at);
                calls.lock(callId).filter(now -> now.state() == Call.State.ENDED && now.providerStatus() != null)
                        .ifPresent(ended -> calls.outcome(callId, ended.outcomeAfter(ended.providerStatus()))); // answered after the end was reported
            } else if (agentId.equals(call.bridge().consultAgentId()) && sameLeg(call.bridge().consultCallSid(), legSid)) {
                if (call.bridge().consultCallSid() == null) {
                    calls.consultLeg(callId, legSid);
                }
                consultLeg(account, call, status, at);
            }
            // else: a leg that no longer matters (the agent before a transfer), whatever it reports
        });
    }

    /**
     * A status report of the contact's leg of an outgoing call: answered, the call is connected; ended, so is the call
     * (the outcome from its status), and if the contact never answered the agent waiting in the conference is hung up.
     */
    void contactLeg(VoiceSettings.VoiceAccount account, UUID callId, String legSid, String status, Instant at) {
        transaction.executeWithoutResult(tx -> {
            Optional<Call> found = calls.lock(callId)
                    .filter(call -> call.inboxId().equals(account.inboxId()) && call.direction() == Call.Direction.OUTBOUND);
            if (found.isEmpty()) {
                return;
            }
            Call call = found.get();
            if (call.awaitingContact() && call.state() != Call.State.ENDED) {
                calls.contactLegAdded(callId, legSid); // reported before the provider's answer to adding it was stored
            } else if (!call.callSid().equals(legSid)) {
                return;
            }
            if (!calls.recordEvent(callId, Call.eventKey(false, status), at)) {
                return;
            }
            if (status.equals("in-progress") || status.equals("answered")) {
                calls.answered(callId, at);
            } else if (Call.isFinal(status)) {
                calls.ended(callId, status, at);
                String agentLeg = call.bridge().agentCallSid();
                if (call.answeredAt() == null && call.state() != Call.State.ENDED && agentLeg != null
                        && !handlingAgentLeft(call)) {
                    hangUpQuietly(account, agentLeg); // else the contact leaving ended the conference
                }
            }
            settle(account, callId);
        });
    }

    /**
     * Once the call ended: its outcome from everything known, never from the order of the reports. A call that ended
     * unanswered leaves its queue (abandoned), unless the caller asked for a callback or left a voicemail (the
     * conversation then waits for an agent).
     */
    void settle(VoiceSettings.VoiceAccount account, UUID callId) {
        Call call = calls.lock(callId).orElseThrow();
        if (call.state() != Call.State.ENDED) {
            return;
        }
        Call.Outcome outcome = call.outcomeAfter(call.providerStatus());
        calls.outcome(callId, outcome);
        if (call.conversationId() != null && outcome != Call.Outcome.COMPLETED
                && outcome != Call.Outcome.CALLBACK && outcome != Call.Outcome.VOICEMAIL) {
            queueing.abandon(account.workspace(), new ConversationId(call.conversationId()));
        }
    }

    /** A conference status callback: the sid of the conference the caller is in, until it ends. */
    void conference(VoiceSettings.VoiceAccount account, String friendlyName, String conferenceSid, String event, Instant at) {
        if (!friendlyName.startsWith("frontline-call-")) {
            return;
        }
        UUID callId;
        try {
            callId = UUID.fromString(friendlyName.substring("frontline-call-".length()));
        } catch (IllegalArgumentException e) {
            return;
        }
        transaction.executeWithoutResult(tx -> {
            if (calls.lock(callId).filter(call -> call.inboxId().equals(account.inboxId())).isEmpty()) {
                return;
            }
            if (event.equals("conference-end")) {
                if (calls.recordEvent(callId, "conference:" + conferenceSid + ":conference-end", at)) {
                    calls.conferenceEnded(callId, conferenceSid);
                }
            } else {
                calls.conference(callId, conferenceSid);
            }
        });
    }

    /**
     * The agent did not pick up: the conversation goes back to the front of its queue and the caller back to the
     * waiting loop. Answers false if the call is no longer waiting for this agent, or is outgoing (it never queued:
     * the agent who called out did not pick up, and the call just ends).
     */
    boolean returnToQueue(Call call) {
        if (call.direction() == Call.Direction.OUTBOUND || call.state() != Call.State.RINGING || call.agentId() == null
                || call.conversationId() == null) {
            return false;
        }
        queueing.returnToFront(new Caller(call.workspace(), new UserId(call.agentId()), Role.AGENT),
                new ConversationId(call.conversationId()), call.queueId());
        calls.requeued(call.id(), call.queueId());
        return true;
    }

    private void handlingLeg(VoiceSettings.VoiceAccount account, Call call, String status, Instant at) {
        switch (status) {
            case "in-progress", "answered" -> {
                if (!call.awaitingContact()) {
                    calls.answered(call.id(), at);
                } else if (call.state() != Call.State.ENDED) {
                    dialContact(account, call, at); // the answer of an outgoing call is the contact's
                }
            }
            case "no-answer", "busy", "failed", "canceled" -> {
                if (call.awaitingContact()) {
                    endUnanswered(account, call.id(), status, at);
                } else if (returnToQueue(call)) {
                    // Asked before the commit, so the next agent's bridge (after it) always comes after the redirect.
                    twilio.update(account, call.callSid(), TwiML.response().redirect(CallFlow.urls(call).waiting()).xml());
                }
            }
            case "completed" -> {
                if (call.state() == Call.State.ENDED) {
                    return;
                }
                if (call.awaitingContact()) {
                    endUnanswered(account, call.id(), status, at); // hung up before the contact was dialled
                } else if (!call.bridge().consulting()) {
                    hangUpQuietly(account, call.callSid());
                } else if (call.bridge().consultAnsweredAt() != null) {
                    handOver(account, call, leaving(call), null);
                }
                // else the colleague's phone still rings: their answer completes the hand-over (consultLeg)
            }
            default -> {
            }
        }
    }

    /**
     * The agent of an outgoing call answered: the contact is called into the conference from the inbox's number. Their
     * leg ends the conference when it leaves (as the caller of an incoming call does), lets the agent hear it ring, and
     * reports to its own URL; its CallSid becomes the call's. A refusal ends the call as failed.
     */
    private void dialContact(VoiceSettings.VoiceAccount account, Call call, Instant at) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("From", account.from());
        form.put("To", call.to());
        form.put("Label", "contact");
        form.put("Timeout", String.valueOf(CONTACT_RING_SECONDS));
        form.put("EndConferenceOnExit", "true");
        form.put("EarlyMedia", "true");
        form.put("Beep", "false");
        form.put("StatusCallback", CallFlow.urls(call).contactLeg(call.id()));
        form.put("StatusCallbackMethod", "POST");
        form.put("StatusCallbackEvent", "initiated ringing answered completed");
        try {
            calls.contactLegAdded(call.id(), twilio.addParticipant(account, call.conferenceName(), form));
        } catch (UnprocessableException e) {
            log.warn("Could not call the contact of outgoing call {}: {}", call.id(), e.getMessage());
            hangUpQuietly(account, call.callSid());
            endUnanswered(account, call.id(), "failed", at);
        }
    }

    /** An outgoing call whose agent did not pick up, or hung up before the contact was called: it just ends. */
    private void endUnanswered(VoiceSettings.VoiceAccount account, UUID callId, String status, Instant at) {
        calls.ended(callId, status, at);
        settle(account, callId);
    }

    /**
     * The consulted colleague's leg: answered, the consultation goes on (or, if the handling agent already hung up,
     * the colleague takes the caller over); ended, the caller is back with the handling agent, or hung up if that
     * agent left too (nobody is on the line any more).
     */
    private void consultLeg(VoiceSettings.VoiceAccount account, Call call, String status, Instant at) {
        if (status.equals("in-progress") || status.equals("answered")) {
            calls.consultAnswered(call.id(), at);
            if (call.state() != Call.State.ENDED && handlingAgentLeft(call)) {
                handOver(account, calls.lock(call.id()).orElseThrow(), leaving(call), null);
            }
        } else if (Call.isFinal(status)) {
            calls.consultEnded(call.id());
            if (call.state() == Call.State.ENDED) {
                return;
            }
            if (handlingAgentLeft(call)) {
                hangUpQuietly(account, call.callSid());
            } else {
                takeOffHold(account, call);
            }
        }
    }

    /**
     * Warm transfer completed: the conversation is assigned straight to the consulted colleague (routing's hand-over,
     * no offer), their leg becomes the call's agent leg and the caller is taken off hold to talk to them.
     */
    void handOver(VoiceSettings.VoiceAccount account, Call call, Caller handing, @Nullable String note) {
        Call.Bridge bridge = call.bridge();
        transfers.handOver(handing, new ConversationId(call.conversationId()), bridge.consultAgentId(), note);
        calls.consultTookOver(call.id(), bridge.consultAgentId(), bridge.consultCallSid(), clock.instant());
        takeOffHold(account, call);
    }

    private boolean handlingAgentLeft(Call call) {
        String agentLeg = call.bridge().agentCallSid();
        return agentLeg != null && calls.reported(call.id(), "leg:" + agentLeg + ":completed");
    }

    /**
     * The agent who hung up in the middle of a consultation, as the one handing over. A supervisor may have been the
     * assignee meanwhile, so the hand-over is carried out with the supervisor's permission, in the agent's name.
     */
    private static Caller leaving(Call call) {
        return new Caller(call.workspace(), new UserId(call.agentId()), Role.SUPERVISOR);
    }

    /** The caller rejoins the conference (after a consultation) and the time on hold is counted. */
    void takeOffHold(VoiceSettings.VoiceAccount account, Call call) {
        if (call.holdStartedAt() == null || call.bridge().conferenceSid() == null) {
            return;
        }
        twilio.updateParticipant(account, call.bridge().conferenceSid(), call.callSid(), Map.of("Hold", "false"));
        calls.resume(call.id(), Duration.between(call.holdStartedAt(), clock.instant()).toSeconds());
    }

    /** Puts the caller on hold in the conference with the inbox's hold music. */
    void putOnHold(VoiceSettings.VoiceAccount account, Call call) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("Hold", "true");
        form.put("HoldUrl", account.holdMusicUrl());
        form.put("HoldMethod", "GET");
        twilio.updateParticipant(account, conferenceOf(call), call.callSid(), form);
        calls.hold(call.id(), clock.instant());
    }

    static String conferenceOf(Call call) {
        String sid = call.bridge().conferenceSid();
        if (sid == null) {
            throw new ConflictException("The call's conference has not started yet.");
        }
        return sid;
    }

    private void hangUpQuietly(VoiceSettings.VoiceAccount account, String callSid) {
        try {
            twilio.hangUp(account, callSid);
        } catch (UnprocessableException e) {
            log.warn("Could not hang up call {}: {}", callSid, e.getMessage());
        }
    }

    private static boolean sameLeg(@Nullable String stored, String reported) {
        return stored == null || stored.equals(reported);
    }
}
