package dev.frontline.channels.voice;

import dev.frontline.channels.Channel;
import dev.frontline.channels.messaging.WebhookUrls;
import dev.frontline.conversations.ConversationId;
import dev.frontline.shared.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The workspace's call panel: a conversation's calls, the controls of a live call, and where the agent takes calls. */
@RestController
@RequestMapping("/api/v1")
class VoiceController {

    /** A call as the panel and reports read it; durations in whole seconds, null while unknown. */
    record CallView(UUID id, UUID inboxId, @Nullable UUID conversationId, String callSid, String direction, String from,
                    String to, String state, @Nullable String outcome, @Nullable String providerStatus,
                    @Nullable UUID queueId, @Nullable UUID agentId, Instant createdAt, @Nullable Instant enqueuedAt,
                    @Nullable Instant answeredAt, @Nullable Instant endedAt, @Nullable Long waitSeconds,
                    @Nullable Long ringSeconds, @Nullable Long talkSeconds, long holdSeconds, boolean callbackRequested,
                    boolean voicemail, @Nullable String note, @Nullable Long wrapUpSeconds, boolean inConference,
                    boolean muted, @Nullable UUID consultAgentId, boolean consultAnswered, @Nullable UUID handedOverBy,
                    @Nullable Instant handedOverAt, @Nullable String handOverNote, @Nullable Long handOverWrapUpSeconds) {

        static CallView of(Call call, Instant now) {
            return new CallView(call.id(), call.inboxId(), call.conversationId(), call.callSid(),
                    call.direction().name(), call.from(), call.to(), call.state().name(),
                    call.outcome() == null ? null : call.outcome().name(), call.providerStatus(), call.queueId(),
                    call.agentId(), call.createdAt(), call.enqueuedAt(), call.answeredAt(), call.endedAt(),
                    seconds(call.waitTime()), seconds(call.ringTime()), seconds(call.talkTime(now)),
                    call.holdTime(now).toSeconds(), call.callbackRequested(), call.voicemail(), call.note(),
                    call.wrapUpSeconds(), call.bridge().conferenceSid() != null, call.bridge().agentMuted(),
                    call.bridge().consultAgentId(), call.bridge().consultAnsweredAt() != null, call.handOver().agentId(),
                    call.handOver().at(), call.handOver().note(), call.handOver().wrapUpSeconds());
        }

        private static @Nullable Long seconds(@Nullable Duration duration) {
            return duration == null ? null : duration.toSeconds();
        }
    }

    record TransferBody(@Nullable UUID agentId, @Nullable UUID queueId, @Nullable @Size(max = 5000) String note) {
    }

    record ConsultBody(@NotNull UUID agentId) {
    }

    record CompleteBody(@Nullable @Size(max = 5000) String note) {
    }

    record CallBody(@NotNull UUID inboxId, @NotNull UUID contactId, @Nullable @Size(max = 40) String number) {
    }

    record NoteBody(@NotBlank @Size(max = 5000) String note) {
    }

    record EndpointBody(@NotNull AgentEndpoint.Kind kind, @NotBlank @Size(max = 200) String address) {
    }

    private final CallControls controls;
    private final AgentEndpoints endpoints;
    private final WebhookUrls urls;
    private final Clock clock;

    VoiceController(CallControls controls, AgentEndpoints endpoints, WebhookUrls urls, Clock clock) {
        this.controls = controls;
        this.endpoints = endpoints;
        this.urls = urls;
        this.clock = clock;
    }

    /** Click to call: rings the caller's phone, then the contact (201 with the call). */
    @PostMapping("/voice/calls")
    @ResponseStatus(HttpStatus.CREATED)
    CallView call(@AuthenticationPrincipal Caller caller, @Valid @RequestBody CallBody body, HttpServletRequest request) {
        String incoming = urls.forInbox(request, Channel.VOICE, body.inboxId()).get("messages");
        String base = incoming.substring(0, incoming.indexOf("/webhooks/voice/"));
        return CallView.of(controls.callContact(caller, body.inboxId(), body.contactId(), body.number(), base), clock.instant());
    }

    @GetMapping("/conversations/{id}/calls")
    List<CallView> calls(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        Instant now = clock.instant();
        return controls.ofConversation(caller, new ConversationId(id)).stream().map(call -> CallView.of(call, now)).toList();
    }

    @PostMapping("/voice/calls/{id}/hangup")
    CallView hangUp(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return CallView.of(controls.hangUp(caller, id), clock.instant());
    }

    @PostMapping("/voice/calls/{id}/hold")
    CallView hold(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return CallView.of(controls.hold(caller, id), clock.instant());
    }

    @PostMapping("/voice/calls/{id}/resume")
    CallView resume(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return CallView.of(controls.resume(caller, id), clock.instant());
    }

    @PostMapping("/voice/calls/{id}/transfer")
    CallView transfer(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @Valid @RequestBody TransferBody body) {
        return CallView.of(controls.transfer(caller, id, body.agentId(), body.queueId(), body.note()), clock.instant());
    }

    @PostMapping("/voice/calls/{id}/mute")
    CallView mute(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return CallView.of(controls.mute(caller, id, true), clock.instant());
    }

    @PostMapping("/voice/calls/{id}/unmute")
    CallView unmute(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return CallView.of(controls.mute(caller, id, false), clock.instant());
    }

    /** Warm transfer: holds the caller and dials the colleague into the call's conference. */
    @PostMapping("/voice/calls/{id}/consult")
    CallView consult(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @Valid @RequestBody ConsultBody body) {
        return CallView.of(controls.consult(caller, id, body.agentId()), clock.instant());
    }

    @PostMapping("/voice/calls/{id}/consult/complete")
    CallView completeConsult(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                             @Valid @RequestBody(required = false) @Nullable CompleteBody body) {
        return CallView.of(controls.completeConsult(caller, id, body == null ? null : body.note()), clock.instant());
    }

    @PostMapping("/voice/calls/{id}/consult/cancel")
    CallView cancelConsult(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return CallView.of(controls.cancelConsult(caller, id), clock.instant());
    }

    @PutMapping("/voice/calls/{id}/note")
    CallView note(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @Valid @RequestBody NoteBody body) {
        return CallView.of(controls.note(caller, id, body.note()), clock.instant());
    }

    @GetMapping("/voice/endpoint")
    AgentEndpoint endpoint(@AuthenticationPrincipal Caller caller) {
        return endpoints.of(caller.workspaceId(), caller.userId());
    }

    @PutMapping("/voice/endpoint")
    AgentEndpoint setEndpoint(@AuthenticationPrincipal Caller caller, @Valid @RequestBody EndpointBody body) {
        return endpoints.set(caller.workspaceId(), caller.userId(), body.kind(), body.address().strip());
    }
}
