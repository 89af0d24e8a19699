package dev.frontline.channels.voice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CallTests {

    private static final Instant T0 = Instant.parse("2026-12-03T09:00:00Z");

    private static Call call(@Nullable Instant bridged, @Nullable Instant answered, @Nullable Instant ended,
                             @Nullable Instant holdStarted, long holdSeconds, boolean callback, boolean voicemail) {
        return new Call(UUID.randomUUID(), new WorkspaceId(UUID.randomUUID()), UUID.randomUUID(), "CA1",
                Call.Direction.INBOUND, "+4915112345678", "+15550001111", UUID.randomUUID(), null, null,
                "http://localhost", ended == null ? Call.State.CONNECTED : Call.State.ENDED, null, null, T0,
                T0.plusSeconds(10), bridged, answered, ended, holdStarted, holdSeconds, callback, voicemail, null, null, Call.Bridge.NONE,
                Call.HandOver.NONE);
    }

    @Test
    void anAnsweredCallSplitsIntoWaitRingTalkAndHold() {
        Call call = call(T0.plusSeconds(70), T0.plusSeconds(80), T0.plusSeconds(400), null, 60, false, false);

        assertThat(call.waitTime()).isEqualTo(Duration.ofSeconds(60));
        assertThat(call.ringTime()).isEqualTo(Duration.ofSeconds(10));
        assertThat(call.holdTime(T0.plusSeconds(999))).isEqualTo(Duration.ofSeconds(60));
        assertThat(call.talkTime(T0.plusSeconds(999))).isEqualTo(Duration.ofSeconds(260));
        assertThat(call.outcomeAfter("completed")).isEqualTo(Call.Outcome.COMPLETED);
    }

    @Test
    void anAnswerKnownOnlyAfterTheEndStillMakesTheCallCompleted() {
        Call endedFirst = call(T0.plusSeconds(70), null, T0.plusSeconds(400), null, 0, false, false);
        Call answerArrived = call(T0.plusSeconds(70), T0.plusSeconds(75), T0.plusSeconds(400), null, 0, false, false);

        assertThat(endedFirst.outcomeAfter("completed")).isEqualTo(Call.Outcome.ABANDONED);
        assertThat(answerArrived.outcomeAfter("completed")).isEqualTo(Call.Outcome.COMPLETED);
        assertThat(answerArrived.talkTime(T0.plusSeconds(999))).isEqualTo(Duration.ofSeconds(325));
    }

    @Test
    void aCallerWhoHangsUpWaitingIsAbandonedUnlessTheyAskedForACallbackOrLeftAMessage() {
        Instant end = T0.plusSeconds(100);

        assertThat(call(null, null, end, null, 0, false, false).outcomeAfter("completed")).isEqualTo(Call.Outcome.ABANDONED);
        assertThat(call(null, null, end, null, 0, true, false).outcomeAfter("completed")).isEqualTo(Call.Outcome.CALLBACK);
        assertThat(call(null, null, end, null, 0, false, true).outcomeAfter("completed")).isEqualTo(Call.Outcome.VOICEMAIL);
        assertThat(call(null, null, end, null, 0, false, false).outcomeAfter("no-answer")).isEqualTo(Call.Outcome.NO_ANSWER);
        assertThat(call(null, null, end, null, 0, false, false).waitTime()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void aHoldStillGoingOnCountsUntilNowAndEndsWithTheCall() {
        Call onHold = call(T0.plusSeconds(20), T0.plusSeconds(30), null, T0.plusSeconds(100), 15, false, false);
        Call endedOnHold = call(T0.plusSeconds(20), T0.plusSeconds(30), T0.plusSeconds(130), T0.plusSeconds(100), 15, false, false);

        assertThat(onHold.holdTime(T0.plusSeconds(160))).isEqualTo(Duration.ofSeconds(75));
        assertThat(onHold.talkTime(T0.plusSeconds(160))).isEqualTo(Duration.ofSeconds(55));
        assertThat(endedOnHold.holdTime(T0.plusSeconds(999))).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void anOutgoingCallNobodyAnsweredIsNoAnswerNotAbandoned() {
        Call unanswered = call(T0, null, T0.plusSeconds(30), null, 0, false, false);
        Call outgoing = new Call(unanswered.id(), unanswered.workspace(), unanswered.inboxId(), "CA2", Call.Direction.OUTBOUND,
                "+15550001111", "+4915112345678", unanswered.conversationId(), null, null, "http://localhost",
                Call.State.ENDED, null, null, T0, null, T0, null, T0.plusSeconds(30), null, 0, false, false, null, null, Call.Bridge.NONE,
                Call.HandOver.NONE);

        assertThat(outgoing.outcomeAfter("completed")).isEqualTo(Call.Outcome.NO_ANSWER);
        assertThat(outgoing.ringTime()).isEqualTo(Duration.ofSeconds(30));
        assertThat(outgoing.waitTime()).isNull();
    }
}
