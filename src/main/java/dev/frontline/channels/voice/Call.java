package dev.frontline.channels.voice;

import dev.frontline.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One telephone call as the provider reported it and the workspace handled it. The times say how long the caller
 * waited in the queue (enqueued → an agent was dialled, or the end), how long the agent's phone rang (dialled →
 * answered), talked (answered → end, without hold) and was on hold. The outcome follows from them and from the
 * provider's final status, never from the order the reports came in: a call is COMPLETED if an agent answered,
 * whenever that report arrives.
 */
record Call(UUID id, WorkspaceId workspace, UUID inboxId, String callSid, Direction direction, String from, String to,
            @Nullable UUID conversationId, @Nullable UUID queueId, @Nullable UUID agentId, String webhookBase,
            State state, @Nullable Outcome outcome, @Nullable String providerStatus, Instant createdAt,
            @Nullable Instant enqueuedAt, @Nullable Instant bridgedAt, @Nullable Instant answeredAt,
            @Nullable Instant endedAt, @Nullable Instant holdStartedAt, long holdSeconds, boolean callbackRequested,
            boolean voicemail, @Nullable String note, @Nullable Long wrapUpSeconds, Bridge bridge, HandOver handOver) {

    /**
     * The agent who handed the caller over to a consulted colleague (warm transfer), when, and that agent's own
     * after-call note and wrap-up time (hand-over to their first note), apart from the colleague's.
     */
    record HandOver(@Nullable UUID agentId, @Nullable Instant at, @Nullable String note, @Nullable Long wrapUpSeconds) {

        static final HandOver NONE = new HandOver(null, null, null, null);

        boolean by(UUID agent) {
            return agent.equals(agentId);
        }
    }

    /**
     * How the caller is bridged when the call is in a conference: the provider's conference (null until its first
     * status callback, and again once it ended), the handling agent's leg and whether it is muted, and the colleague
     * consulted for a warm transfer (their leg, answered or still ringing) while the caller is on hold.
     */
    record Bridge(@Nullable String conferenceSid, @Nullable String agentCallSid, boolean agentMuted,
                  @Nullable UUID consultAgentId, @Nullable String consultCallSid, @Nullable Instant consultAnsweredAt) {

        static final Bridge NONE = new Bridge(null, null, false, null, null, null);

        boolean consulting() {
            return consultAgentId != null;
        }
    }

    /** The conference a call is bridged in is named after the call, so its status callbacks name their call. */
    String conferenceName() {
        return conferenceName(id);
    }

    static String conferenceName(UUID callId) {
        return "frontline-call-" + callId;
    }

    /**
     * An outgoing call's CallSid until the provider names the agent's leg: the row is stored before the provider is
     * asked to ring the agent, so that the leg's first reports find it. No provider's CallSid looks like it.
     */
    static String provisionalSid(UUID callId) {
        return "frontline:" + callId;
    }

    /**
     * An outgoing call rings the agent first and adds the contact to its conference once they answer; until then the
     * call's CallSid is the agent's leg, and afterwards the contact's.
     */
    boolean awaitingContact() {
        return direction == Direction.OUTBOUND && callSid.equals(bridge.agentCallSid());
    }

    enum Direction { INBOUND, OUTBOUND }

    /** IVR: choosing; QUEUED: waiting for an agent; RINGING: an agent is being dialled; then CONNECTED, ON_HOLD, ENDED. */
    enum State { IVR, QUEUED, RINGING, CONNECTED, ON_HOLD, ENDED }

    enum Outcome { COMPLETED, ABANDONED, CALLBACK, VOICEMAIL, BUSY, NO_ANSWER, FAILED, CANCELED }

    /** The provider's final call statuses (Twilio's CallStatus values). */
    static boolean isFinal(String providerStatus) {
        return switch (providerStatus) {
            case "completed", "busy", "no-answer", "failed", "canceled" -> true;
            default -> false;
        };
    }

    /** The outcome of an ended call with this final provider status. */
    Outcome outcomeAfter(String finalStatus) {
        if (answeredAt != null) {
            return Outcome.COMPLETED;
        }
        if (voicemail) {
            return Outcome.VOICEMAIL;
        }
        if (callbackRequested) {
            return Outcome.CALLBACK;
        }
        return switch (finalStatus) {
            case "busy" -> Outcome.BUSY;
            case "no-answer" -> Outcome.NO_ANSWER;
            case "failed" -> Outcome.FAILED;
            case "canceled" -> Outcome.CANCELED;
            // Nobody abandons an outgoing call: the contact did not pick up.
            default -> direction == Direction.OUTBOUND ? Outcome.NO_ANSWER : Outcome.ABANDONED;
        };
    }

    /** Time in the queue: from entering it until an agent was dialled (or answered), else until the end. */
    @Nullable Duration waitTime() {
        Instant left = bridgedAt != null ? bridgedAt : answeredAt != null ? answeredAt : endedAt;
        return enqueuedAt == null || left == null ? null : nonNegative(Duration.between(enqueuedAt, left));
    }

    /** Time the agent's phone rang: from dialling until they answered, or until the call ended unanswered. */
    @Nullable Duration ringTime() {
        Instant stopped = answeredAt != null ? answeredAt : endedAt;
        return bridgedAt == null || stopped == null ? null : nonNegative(Duration.between(bridgedAt, stopped));
    }

    /** Time on hold, including a hold still going on at {@code now}. */
    Duration holdTime(Instant now) {
        Duration ongoing = holdStartedAt == null ? Duration.ZERO
                : nonNegative(Duration.between(holdStartedAt, endedAt != null ? endedAt : now));
        return Duration.ofSeconds(holdSeconds).plus(ongoing);
    }

    /** Time talking with an agent: answered until the end (or now), without the time on hold. */
    @Nullable Duration talkTime(Instant now) {
        return answeredAt == null ? null
                : nonNegative(Duration.between(answeredAt, endedAt != null ? endedAt : now).minus(holdTime(now)));
    }

    /** For the status a webhook reports: the agent's leg is told apart from the caller's by a prefix. */
    static String eventKey(boolean agentLeg, String status) {
        return (agentLeg ? "agent:" : "") + status.toLowerCase(Locale.ROOT);
    }

    private static Duration nonNegative(Duration duration) {
        return duration.isNegative() ? Duration.ZERO : duration;
    }
}
