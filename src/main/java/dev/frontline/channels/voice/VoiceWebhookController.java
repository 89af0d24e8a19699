package dev.frontline.channels.voice;

import dev.frontline.channels.messaging.PhoneNumbers;
import dev.frontline.channels.messaging.WebhookUrls;
import dev.frontline.channels.sms.TwilioForm;
import dev.frontline.channels.sms.TwilioSignature;
import dev.frontline.shared.ForbiddenException;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Twilio's voice webhooks for a voice inbox, form-encoded and signed with {@code X-Twilio-Signature} (checked before
 * anything is read or stored; 403 otherwise): the incoming call ({@code /webhooks/voice/{inbox}}), the IVR choice
 * ({@code /menu}), the waiting loop ({@code /wait}, {@code /wait-key}), the end of the agent's dial
 * ({@code /dial-ended}), the end of a voicemail ({@code /voicemail-done}) answered with TwiML, and the status,
 * agent leg, contact leg, conference and recording callbacks ({@code /status}, {@code /calls/{call}/legs/{agent}},
 * {@code /calls/{call}/contact}, {@code /conference}, {@code /calls/{call}/recording}, and {@code /recording} by CallSid) answered with 204.
 */
@RestController
class VoiceWebhookController {

    private static final String FORM = MediaType.APPLICATION_FORM_URLENCODED_VALUE;

    private final VoiceSettings settings;
    private final CallFlow flow;
    private final CallLegs legs;
    private final WebhookUrls urls;
    private final Clock clock;

    VoiceWebhookController(VoiceSettings settings, CallFlow flow, CallLegs legs, WebhookUrls urls, Clock clock) {
        this.settings = settings;
        this.flow = flow;
        this.legs = legs;
        this.urls = urls;
        this.clock = clock;
    }

    private record Signed(VoiceSettings.VoiceAccount account, TwilioForm form) {

        @Nullable String first(String name) {
            return form.first(name);
        }

        String required(String name) {
            return form.required(name);
        }
    }

    @PostMapping(path = "/webhooks/voice/{inboxId}", consumes = FORM)
    ResponseEntity<String> incoming(@PathVariable UUID inboxId, HttpServletRequest request) {
        Signed call = verified(inboxId, request);
        String from = PhoneNumbers.e164(call.required("From"))
                .orElseThrow(() -> new InvalidRequestException("From", "is not a phone number"));
        String to = PhoneNumbers.e164(call.required("To")).orElse(call.required("To"));
        String called = urls.called(request);
        String base = called.substring(0, called.indexOf("/webhooks/voice/"));
        return twiml(flow.incoming(call.account(), call.required("CallSid"), from, to, base));
    }

    @PostMapping(path = "/webhooks/voice/{inboxId}/menu", consumes = FORM)
    ResponseEntity<String> menu(@PathVariable UUID inboxId, HttpServletRequest request) {
        Signed call = verified(inboxId, request);
        return twiml(flow.menuChosen(call.account(), call.required("CallSid"), call.first("Digits")));
    }

    @PostMapping(path = "/webhooks/voice/{inboxId}/wait", consumes = FORM)
    ResponseEntity<String> waiting(@PathVariable UUID inboxId, HttpServletRequest request) {
        Signed call = verified(inboxId, request);
        return twiml(flow.waiting(call.account(), call.required("CallSid")));
    }

    @PostMapping(path = "/webhooks/voice/{inboxId}/wait-key", consumes = FORM)
    ResponseEntity<String> waitingKey(@PathVariable UUID inboxId, HttpServletRequest request) {
        Signed call = verified(inboxId, request);
        return twiml(flow.waitingKey(call.account(), call.required("CallSid"), call.first("Digits")));
    }

    @PostMapping(path = "/webhooks/voice/{inboxId}/dial-ended", consumes = FORM)
    ResponseEntity<String> dialEnded(@PathVariable UUID inboxId, HttpServletRequest request) {
        Signed call = verified(inboxId, request);
        return twiml(flow.dialEnded(call.account(), call.required("CallSid"), call.first("DialCallStatus")));
    }

    @PostMapping(path = "/webhooks/voice/{inboxId}/voicemail-done", consumes = FORM)
    ResponseEntity<String> voicemailDone(@PathVariable UUID inboxId, HttpServletRequest request) {
        Signed call = verified(inboxId, request);
        return twiml(flow.voicemailDone(call.account()));
    }

    @PostMapping(path = "/webhooks/voice/{inboxId}/status", consumes = FORM)
    ResponseEntity<Void> status(@PathVariable UUID inboxId, HttpServletRequest request) {
        Signed call = verified(inboxId, request);
        flow.status(call.account(), call.required("CallSid"), call.first("ParentCallSid"), call.required("CallStatus"),
                timestamp(call.first("Timestamp")));
        return ResponseEntity.noContent().build();
    }

    /** A status report of an agent's leg in a call's conference (the handling agent's or a consulted colleague's). */
    @PostMapping(path = "/webhooks/voice/{inboxId}/calls/{callId}/legs/{agentId}", consumes = FORM)
    ResponseEntity<Void> agentLeg(@PathVariable UUID inboxId, @PathVariable UUID callId, @PathVariable UUID agentId,
                                  HttpServletRequest request) {
        Signed leg = verified(inboxId, request);
        legs.agentLeg(leg.account(), callId, agentId, leg.required("CallSid"), leg.required("CallStatus"),
                timestamp(leg.first("Timestamp")));
        return ResponseEntity.noContent().build();
    }

    /** A status report of the contact's leg of an outgoing call, added to its conference once the agent answered. */
    @PostMapping(path = "/webhooks/voice/{inboxId}/calls/{callId}/contact", consumes = FORM)
    ResponseEntity<Void> contactLeg(@PathVariable UUID inboxId, @PathVariable UUID callId, HttpServletRequest request) {
        Signed leg = verified(inboxId, request);
        legs.contactLeg(leg.account(), callId, leg.required("CallSid"), leg.required("CallStatus"),
                timestamp(leg.first("Timestamp")));
        return ResponseEntity.noContent().build();
    }

    /** The conference's status callback (start, end, join, leave, mute, hold). */
    @PostMapping(path = "/webhooks/voice/{inboxId}/conference", consumes = FORM)
    ResponseEntity<Void> conference(@PathVariable UUID inboxId, HttpServletRequest request) {
        Signed conference = verified(inboxId, request);
        legs.conference(conference.account(), conference.required("FriendlyName"), conference.required("ConferenceSid"),
                conference.required("StatusCallbackEvent"), timestamp(conference.first("Timestamp")));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/webhooks/voice/{inboxId}/calls/{callId}/recording", consumes = FORM)
    ResponseEntity<Void> recordingOfCall(@PathVariable UUID inboxId, @PathVariable UUID callId, HttpServletRequest request) {
        Signed call = verified(inboxId, request);
        if ("completed".equals(call.first("RecordingStatus"))) {
            flow.recording(call.account(), callId, call.required("RecordingSid"), call.required("RecordingUrl"),
                    call.first("RecordingDuration"));
        }
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/webhooks/voice/{inboxId}/recording", consumes = FORM)
    ResponseEntity<Void> recording(@PathVariable UUID inboxId, HttpServletRequest request) {
        Signed call = verified(inboxId, request);
        if ("completed".equals(call.first("RecordingStatus"))) {
            flow.recording(call.account(), call.required("CallSid"), call.required("RecordingSid"),
                    call.required("RecordingUrl"), call.first("RecordingDuration"));
        }
        return ResponseEntity.noContent().build();
    }

    /** When the provider says the status changed (Twilio's {@code Timestamp}, RFC 1123), else when it arrived. */
    private Instant timestamp(@Nullable String value) {
        if (value != null) {
            try {
                return ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            } catch (DateTimeParseException e) {
                // an unreadable timestamp is no reason to lose the report
            }
        }
        return clock.instant();
    }

    private Signed verified(UUID inboxId, HttpServletRequest request) {
        TwilioForm form = TwilioForm.of(request);
        VoiceSettings.VoiceAccount account = settings.account(inboxId)
                .orElseThrow(() -> new NotFoundException("Inbox", inboxId));
        if (!TwilioSignature.valid(request.getHeader("X-Twilio-Signature"), account.authToken(), urls.called(request), form.parameters())) {
            throw new ForbiddenException("The request's X-Twilio-Signature does not match.");
        }
        return new Signed(account, form);
    }

    private static ResponseEntity<String> twiml(String xml) {
        return ResponseEntity.ok().contentType(MediaType.TEXT_XML).body(xml);
    }
}
