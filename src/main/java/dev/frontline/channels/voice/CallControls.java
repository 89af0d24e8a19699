package dev.frontline.channels.voice;

import dev.frontline.channels.messaging.PhoneNumbers;
import dev.frontline.contacts.Contact;
import dev.frontline.contacts.ContactId;
import dev.frontline.contacts.Contacts;
import dev.frontline.contacts.IdentityKind;
import dev.frontline.conversations.ConversationAssigned;
import dev.frontline.conversations.ConversationCommands;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.ConversationView;
import dev.frontline.routing.Transfers;
import dev.frontline.shared.Caller;
import dev.frontline.shared.ConflictException;
import dev.frontline.shared.ForbiddenException;
import dev.frontline.shared.Ids;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The agent's side of a call. Every call is bridged in its own {@code <Conference>}. When a waiting call's
 * conversation is assigned (an accepted offer, "get next", a supervisor's reassignment), the caller is sent into it
 * and the agent added through the Participants API; click to call rings the agent into the conference first and
 * {@link CallLegs} adds the contact once they answer. From the workspace the agent hangs up, mutes, holds (the caller
 * hears hold music while the agent stays on the line) and resumes, transfers (cold, incoming calls only: the caller waits again and
 * routing offers the call to the queue or the colleague, who is added on accepting; warm: the caller is held, a
 * colleague dialled into the conference, then either the agent leaves and the colleague takes over, the conversation
 * handed straight to them, or the colleague leaves and the caller is back with the agent) and writes the after-call
 * note. Only the agent handling the conversation, or a supervisor, controls its call.
 */
@Service
class CallControls {

    private static final Logger log = LoggerFactory.getLogger(CallControls.class);
    private static final int AGENT_RING_SECONDS = 20;

    private final Calls calls;
    private final VoiceSettings settings;
    private final TwilioCalls twilio;
    private final AgentEndpoints endpoints;
    private final ConversationQueries conversations;
    private final ConversationCommands commands;
    private final Transfers transfers;
    private final Contacts contacts;
    private final CallLegs legs;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CallControls(Calls calls, VoiceSettings settings, TwilioCalls twilio, AgentEndpoints endpoints,
                 ConversationQueries conversations, ConversationCommands commands, Transfers transfers,
                 Contacts contacts, CallLegs legs, TransactionTemplate transaction, Clock clock) {
        this.legs = legs;
        this.calls = calls;
        this.settings = settings;
        this.twilio = twilio;
        this.endpoints = endpoints;
        this.conversations = conversations;
        this.commands = commands;
        this.transfers = transfers;
        this.contacts = contacts;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** After the assignment committed: a call still waiting in that conversation is bridged to the new assignee. */
    @ApplicationModuleListener
    void on(ConversationAssigned assigned) {
        if (assigned.assignee() == null) {
            return;
        }
        calls.waitingIn(assigned.workspaceId(), assigned.conversationId().value()).ifPresent(call -> {
            calls.bridging(call.id(), assigned.assignee().value(), clock.instant());
            try {
                bridge(call, assigned.assignee());
            } catch (UnprocessableException e) {
                log.warn("Could not bridge call {} to the agent: {}", call.callSid(), e.getMessage());
            }
        });
    }

    /**
     * Click to call: the provider rings the agent ({@code POST …/Calls.json} from the inbox's number) into the call's
     * conference, which goes on without them while a colleague takes over, as for an incoming call; when they answer,
     * {@link CallLegs} adds the contact. The call gets its own conversation, assigned to the agent, with an "Outgoing
     * call" message, and is recorded and reported like an incoming one (the contact's leg answering is the answer).
     * {@code base} is the URL the provider reaches this installation at.
     */
    Call callContact(Caller caller, UUID inboxId, UUID contactId, @Nullable String number, String base) {
        VoiceSettings.VoiceAccount account = settings.account(inboxId)
                .filter(a -> a.workspace().equals(caller.workspaceId()))
                .orElseThrow(() -> new UnprocessableException("Inbox " + inboxId + " is not a configured voice inbox."));
        Contact contact = contacts.get(caller.workspaceId(), new ContactId(contactId));
        String to = (number != null ? PhoneNumbers.e164(number) : contact.identities().stream()
                .filter(identity -> identity.kind() == IdentityKind.PHONE).map(identity -> identity.value()).findFirst()
                .flatMap(PhoneNumbers::e164))
                .orElseThrow(() -> new UnprocessableException("The contact has no phone number to call."));
        if (number != null && contact.identities().stream().noneMatch(identity ->
                identity.kind() == IdentityKind.PHONE && PhoneNumbers.e164(identity.value()).orElse("").equals(to))) {
            throw new InvalidRequestException("number", "is not one of the contact's phone numbers");
        }
        UUID callId = Ids.newId();
        UUID agentId = caller.userId().value();
        CallUrls urls = new CallUrls(base, inboxId);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("To", endpoints.of(caller.workspaceId(), caller.userId()).to());
        form.put("From", account.from());
        form.put("Twiml", TwiML.response().conference(urls.dialEnded(), Call.conferenceName(callId),
                TwiML.Joining.CALLING_AGENT, account.holdMusicUrl(), urls.recording(callId), urls.conference()).xml());
        form.put("StatusCallback", urls.agentLeg(callId, agentId));
        form.put("StatusCallbackMethod", "POST");
        form.put("StatusCallbackEvent", "initiated ringing answered completed");
        Instant now = clock.instant();
        // Stored first, so that the agent's leg reporting "initiated" or "ringing" before the provider's answer to
        // creating it arrives finds the call (and names its leg).
        transaction.executeWithoutResult(tx -> {
            ConversationId conversation = commands.start(caller, inboxId, contactId, null, null,
                    "Outgoing call to " + to, null, List.of());
            commands.assign(caller, conversation, agentId, null);
            calls.insert(new Call(callId, caller.workspaceId(), inboxId, Call.provisionalSid(callId),
                    Call.Direction.OUTBOUND, account.from(), to, conversation.value(), null, agentId, base,
                    Call.State.RINGING, null, null, now, null, null, null, null, null, 0, false, false, null, null,
                    Call.Bridge.NONE, Call.HandOver.NONE));
            calls.bridging(callId, agentId, now);
        });
        String agentLeg;
        try {
            agentLeg = twilio.create(account, form);
        } catch (RuntimeException e) {
            transaction.executeWithoutResult(tx -> {
                calls.ended(callId, "failed", clock.instant());
                calls.outcome(callId, Call.Outcome.FAILED);
            });
            throw e;
        }
        try {
            transaction.executeWithoutResult(tx -> calls.agentLegAdded(callId, agentId, agentLeg));
        } catch (DuplicateKeyException e) {
            throw new ConflictException("The provider answered with the id of a call already recorded: " + agentLeg);
        }
        return calls.get(caller.workspaceId(), callId).orElseThrow();
    }

    List<Call> ofConversation(Caller caller, ConversationId conversation) {
        conversations.get(caller.workspaceId(), conversation);
        return calls.ofConversation(caller.workspaceId(), conversation.value());
    }

    Call hangUp(Caller caller, UUID callId) {
        Call call = controllable(caller, callId);
        twilio.hangUp(account(call), call.callSid());
        return call;
    }

    /** The caller (or contact) is held in the conference with the inbox's hold music; the agent stays on the line. */
    Call hold(Caller caller, UUID callId) {
        Call call = controllable(caller, callId);
        if (call.state() != Call.State.CONNECTED) {
            throw new ConflictException("Only a connected call can be put on hold.");
        }
        legs.putOnHold(account(call), call);
        return calls.get(caller.workspaceId(), callId).orElseThrow();
    }

    /** Back from hold: the caller rejoins the conference and the hold time is counted. */
    Call resume(Caller caller, UUID callId) {
        Call call = controllable(caller, callId);
        if (call.state() != Call.State.ON_HOLD || call.holdStartedAt() == null || call.agentId() == null) {
            throw new ConflictException("This call is not on hold.");
        }
        if (call.bridge().consulting()) {
            throw new ConflictException("Complete or cancel the consultation first.");
        }
        CallLegs.conferenceOf(call); // 409 before the conference's first callback, as for hold
        legs.takeOffHold(account(call), call);
        return calls.get(caller.workspaceId(), callId).orElseThrow();
    }

    /**
     * Cold transfer: the conversation moves through routing's transfer (to a queue, or offered to a colleague) and
     * the caller is sent back to the waiting loop, in one transaction. The provider is asked before the commit, so
     * that the next agent's bridge (after the commit) always comes after the caller was sent to wait.
     */
    Call transfer(Caller caller, UUID callId, @Nullable UUID agentId, @Nullable UUID queueId, @Nullable String note) {
        Call call = controllable(caller, callId);
        if (call.state() != Call.State.CONNECTED && call.state() != Call.State.ON_HOLD) {
            throw new ConflictException("Only a connected call can be transferred.");
        }
        if (call.direction() == Call.Direction.OUTBOUND) {
            // The contact never queued: there is no waiting loop that would bridge them to the next agent.
            throw new ConflictException("An outgoing call is handed to a colleague by consulting them (warm transfer).");
        }
        transaction.executeWithoutResult(tx -> {
            Transfers.Transfer moved = transfers.transfer(caller, new ConversationId(call.conversationId()), agentId,
                    queueId, note);
            if (call.holdStartedAt() != null) {
                calls.resume(call.id(), Duration.between(call.holdStartedAt(), clock.instant()).toSeconds());
            }
            calls.requeued(call.id(), moved.queueId());
            twilio.update(account(call), call.callSid(), TwiML.response().redirect(CallFlow.urls(call).waiting()).xml());
        });
        return calls.get(caller.workspaceId(), callId).orElseThrow();
    }

    /** Mutes or unmutes the handling agent's leg in the conference (the caller stops or starts hearing them). */
    Call mute(Caller caller, UUID callId, boolean muted) {
        Call call = controllable(caller, callId);
        String agentLeg = call.bridge().agentCallSid();
        if ((call.state() != Call.State.CONNECTED && call.state() != Call.State.ON_HOLD) || agentLeg == null) {
            throw new ConflictException("Only a connected call can be muted.");
        }
        twilio.updateParticipant(account(call), CallLegs.conferenceOf(call), agentLeg, Map.of("Muted", String.valueOf(muted)));
        calls.muted(call.id(), muted);
        return calls.get(caller.workspaceId(), callId).orElseThrow();
    }

    /**
     * Warm transfer, first step: the caller is held and {@code agentId} (an active colleague) is dialled into the
     * conference, where the handling agent talks to them. One consultation at a time (409 otherwise).
     */
    Call consult(Caller caller, UUID callId, UUID agentId) {
        Call call = controllable(caller, callId);
        if ((call.state() != Call.State.CONNECTED && call.state() != Call.State.ON_HOLD) || call.bridge().agentCallSid() == null) {
            throw new ConflictException("Only a connected call can be transferred.");
        }
        String conference = CallLegs.conferenceOf(call);
        if (agentId.equals(call.agentId()) || transfers.targets(caller).agents().stream()
                .noneMatch(target -> target.userId().equals(agentId))) {
            throw new UnprocessableException("Agent " + agentId + " is not a colleague who can be consulted.");
        }
        if (!calls.consulting(call.id(), agentId)) {
            throw new ConflictException("A consultation is already going on.");
        }
        VoiceSettings.VoiceAccount account = account(call);
        try {
            if (call.state() == Call.State.CONNECTED) {
                legs.putOnHold(account, call);
            }
            calls.consultLeg(call.id(), twilio.addParticipant(account, conference,
                    agentParticipant(account, call, new UserId(agentId), "consult")));
        } catch (RuntimeException e) {
            calls.consultEnded(call.id());
            throw e;
        }
        return calls.get(caller.workspaceId(), callId).orElseThrow();
    }

    /**
     * Warm transfer completed: the conversation is assigned straight to the consulted colleague (routing's hand-over:
     * no offer that could expire), their leg becomes the call's agent leg, the caller rejoins the conference with them
     * and the handling agent's leg is hung up; in one transaction, the provider asked before the commit.
     */
    Call completeConsult(Caller caller, UUID callId, @Nullable String note) {
        Call call = controllable(caller, callId);
        Call.Bridge bridge = call.bridge();
        if (!bridge.consulting() || bridge.consultCallSid() == null || bridge.consultAnsweredAt() == null) {
            throw new ConflictException("The consulted colleague has not answered.");
        }
        VoiceSettings.VoiceAccount account = account(call);
        transaction.executeWithoutResult(tx -> {
            legs.handOver(account, call, caller, note);
            if (bridge.agentCallSid() != null) {
                twilio.hangUp(account, bridge.agentCallSid());
            }
        });
        return calls.get(caller.workspaceId(), callId).orElseThrow();
    }

    /** Warm transfer cancelled: the colleague's leg is hung up and the caller is back with the handling agent. */
    Call cancelConsult(Caller caller, UUID callId) {
        Call call = controllable(caller, callId);
        if (!call.bridge().consulting()) {
            throw new ConflictException("No consultation is going on.");
        }
        VoiceSettings.VoiceAccount account = account(call);
        transaction.executeWithoutResult(tx -> {
            calls.consultEnded(call.id());
            if (call.bridge().consultCallSid() != null) {
                twilio.hangUp(account, call.bridge().consultCallSid());
            }
            legs.takeOffHold(account, call);
        });
        return calls.get(caller.workspaceId(), callId).orElseThrow();
    }

    /**
     * The after-call note: kept on the call and added to the conversation as an internal note. The first note after
     * the call ended fixes the wrap-up time (end of call to note). The agent who handed the call over to a colleague
     * writes their own note for their part: their wrap-up time runs from the hand-over.
     */
    Call note(Caller caller, UUID callId, String text) {
        String note = text == null ? "" : text.strip();
        if (note.isEmpty() || note.length() > 5000) {
            throw new InvalidRequestException("note", "must be 1 to 5000 characters");
        }
        Instant now = clock.instant();
        Call handedOver = calls.get(caller.workspaceId(), callId).filter(call -> call.handOver().by(caller.userId().value())
                && !caller.userId().value().equals(call.agentId())).orElse(null);
        if (handedOver != null) {
            // The agent who handed over wraps up their part: from the hand-over, not from the end of the call.
            transaction.executeWithoutResult(tx -> {
                calls.handOverNote(callId, note, Math.max(0, Duration.between(handedOver.handOver().at(), now).toSeconds()));
                commands.note(caller, new ConversationId(handedOver.conversationId()), note, List.of());
            });
            return calls.get(caller.workspaceId(), callId).orElseThrow();
        }
        Call call = controllable(caller, callId);
        transaction.executeWithoutResult(tx -> {
            calls.note(call.id(), note, call.endedAt() == null ? null
                    : Math.max(0, Duration.between(call.endedAt(), now).toSeconds()));
            commands.note(caller, new ConversationId(call.conversationId()), note, List.of());
        });
        return calls.get(caller.workspaceId(), callId).orElseThrow();
    }

    /**
     * Sends the caller into the call's conference (hold music until someone joins) and adds the agent to it; the
     * agent's leg reports to its own URL, so a late report of an earlier agent's leg is told apart.
     */
    private void bridge(Call call, UserId agent) {
        VoiceSettings.VoiceAccount account = account(call);
        CallUrls urls = CallFlow.urls(call);
        twilio.update(account, call.callSid(), TwiML.response().conference(urls.dialEnded(), call.conferenceName(),
                TwiML.Joining.CALLER, account.holdMusicUrl(), urls.recording(call.id()), urls.conference()).xml());
        String leg = twilio.addParticipant(account, call.conferenceName(), agentParticipant(account, call, agent, "agent"));
        calls.agentLegAdded(call.id(), agent.value(), leg);
    }

    /**
     * The Participants API form that calls {@code agent} into the call's conference. The conference never ends when
     * an agent leaves (a warm transfer goes on without the first agent); the leg reports to a URL naming the agent.
     */
    private Map<String, String> agentParticipant(VoiceSettings.VoiceAccount account, Call call, UserId agent, String label) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("From", account.from());
        form.put("To", endpoints.of(call.workspace(), agent).to());
        form.put("Label", label);
        form.put("Timeout", String.valueOf(AGENT_RING_SECONDS));
        form.put("EndConferenceOnExit", "false");
        form.put("Beep", "false");
        form.put("StatusCallback", CallFlow.urls(call).agentLeg(call.id(), agent.value()));
        form.put("StatusCallbackMethod", "POST");
        form.put("StatusCallbackEvent", "initiated ringing answered completed");
        return form;
    }

    private Call controllable(Caller caller, UUID callId) {
        Call call = calls.get(caller.workspaceId(), callId).orElseThrow(() -> new NotFoundException("Call", callId));
        if (call.conversationId() == null) {
            throw new ConflictException("This call has not reached an agent.");
        }
        ConversationView conversation = conversations.get(caller.workspaceId(), new ConversationId(call.conversationId()));
        if (!caller.userId().value().equals(conversation.assigneeId()) && !caller.role().includes(Role.SUPERVISOR)) {
            throw new ForbiddenException("Only the agent handling this call or a supervisor may control it.");
        }
        return call;
    }

    private VoiceSettings.VoiceAccount account(Call call) {
        return settings.account(call.inboxId())
                .orElseThrow(() -> new ConflictException("The call's inbox is no longer a configured voice inbox."));
    }
}
