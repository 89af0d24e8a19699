package dev.frontline.workforce.adherence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.presence.PresenceStatus;
import dev.frontline.workforce.activity.StatePeriod;
import dev.frontline.workforce.schedule.Activity;
import dev.frontline.workforce.schedule.ScheduledShift;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A Seoul agent's 09:00-17:30 shift with a 10:30 break, 12:30 lunch and a 15:00 meeting, against what they did. */
class AdherencePolicyTests {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 30);
    private static final Instant DAY_START = DAY.atStartOfDay(SEOUL).toInstant();
    private static final Instant DAY_END = DAY.plusDays(1).atStartOfDay(SEOUL).toInstant();
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    private static final ScheduledShift SHIFT = new ScheduledShift(UUID.randomUUID(), "Min-jun", DAY, at(9, 0), at(17, 30), "Day",
            List.of(new ScheduledShift.ShownActivity(Activity.Kind.BREAK, at(10, 30), at(10, 45), null),
                    new ScheduledShift.ShownActivity(Activity.Kind.LUNCH, at(12, 30), at(13, 30), null),
                    new ScheduledShift.ShownActivity(Activity.Kind.MEETING, at(15, 0), at(15, 30), "Team huddle")), false);

    private static LocalDateTime at(int hour, int minute) {
        return DAY.atTime(hour, minute);
    }

    private static Instant instant(int hour, int minute) {
        return at(hour, minute).atZone(SEOUL).toInstant();
    }

    private static StatePeriod state(PresenceStatus status, int fromHour, int fromMinute, int toHour, int toMinute) {
        return new StatePeriod(status, null, instant(fromHour, fromMinute), instant(toHour, toMinute));
    }

    @Test
    void anAgentWhoFollowsTheScheduleAdheresFullyAndConforms() {
        List<StatePeriod> states = List.of(
                state(PresenceStatus.AVAILABLE, 8, 55, 10, 30), state(PresenceStatus.ON_BREAK, 10, 30, 10, 45),
                state(PresenceStatus.BUSY, 10, 45, 12, 30), state(PresenceStatus.OFFLINE, 12, 30, 13, 30),
                state(PresenceStatus.AVAILABLE, 13, 30, 15, 0), state(PresenceStatus.MEETING, 15, 0, 15, 30),
                state(PresenceStatus.AFTER_CALL_WORK, 15, 30, 17, 30));

        AdherencePolicy.Result result = AdherencePolicy.evaluate(SHIFT, SEOUL, states, DAY_START, DAY_END, DAY_END, FIVE_MINUTES);

        assertThat(result.scheduledSeconds()).isEqualTo(Duration.ofMinutes(510).toSeconds());
        assertThat(result.adherentSeconds()).isEqualTo(result.scheduledSeconds());
        assertThat(result.workSeconds()).as("shift minus break, lunch and meeting").isEqualTo(Duration.ofMinutes(510 - 15 - 60 - 30).toSeconds());
        assertThat(result.loggedInSeconds()).as("logged in 5 minutes early, off over lunch")
                .isEqualTo(Duration.ofMinutes(5 + 510 - 60).toSeconds());
        assertThat(result.exceptions()).isEmpty();
    }

    @Test
    void aLateStartALongLunchAndASkippedMeetingAreExceptionsButAShortSlipIsNot() {
        List<StatePeriod> states = List.of(
                state(PresenceStatus.AVAILABLE, 9, 20, 10, 33), state(PresenceStatus.ON_BREAK, 10, 33, 10, 45),
                state(PresenceStatus.AVAILABLE, 10, 45, 12, 30), state(PresenceStatus.ON_BREAK, 12, 30, 13, 50),
                state(PresenceStatus.AVAILABLE, 13, 50, 17, 30));

        AdherencePolicy.Result result = AdherencePolicy.evaluate(SHIFT, SEOUL, states, DAY_START, DAY_END, DAY_END, FIVE_MINUTES);

        assertThat(result.exceptions()).extracting(e -> e.scheduled() + " " + e.actual() + " " + Duration.between(e.from(), e.to()).toMinutes())
                .containsExactly("WORK OFFLINE 20", "WORK ON_BREAK 20", "MEETING AVAILABLE 30");
        assertThat(result.exceptions().getFirst().from()).isEqualTo(instant(9, 0));
        long outMinutes = 20 + 3 + 20 + 30; // late, 3 minutes of break taken early (under the minimum), long lunch, meeting
        assertThat(result.adherentSeconds()).isEqualTo(Duration.ofMinutes(510 - outMinutes).toSeconds());
    }

    @Test
    void todayCountsOnlyUpToNowAndAnAgentNeverSeenIsOffline() {
        Instant now = instant(11, 0);

        AdherencePolicy.Result result = AdherencePolicy.evaluate(SHIFT, SEOUL, List.of(), DAY_START, DAY_END, now, FIVE_MINUTES);

        assertThat(result.scheduledSeconds()).isEqualTo(Duration.ofMinutes(120).toSeconds());
        assertThat(result.adherentSeconds()).isZero();
        assertThat(result.loggedInSeconds()).isZero();
        assertThat(result.exceptions()).singleElement().satisfies(e -> {
            assertThat(e.actual()).isEqualTo(PresenceStatus.OFFLINE);
            assertThat(e.from()).isEqualTo(instant(9, 0));
            assertThat(e.to()).as("one stretch, the break included").isEqualTo(now);
        });
    }

    @Test
    void aStateStillGoingCountsUntilNow() {
        Instant now = instant(9, 30);
        List<StatePeriod> states = List.of(new StatePeriod(PresenceStatus.AVAILABLE, null, instant(9, 0), null));

        AdherencePolicy.Result result = AdherencePolicy.evaluate(SHIFT, SEOUL, states, DAY_START, DAY_END, now, FIVE_MINUTES);

        assertThat(result.adherentSeconds()).isEqualTo(1800);
        assertThat(result.loggedInSeconds()).isEqualTo(1800);
    }
}
