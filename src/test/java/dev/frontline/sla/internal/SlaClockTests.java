package dev.frontline.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.conversations.Status;
import dev.frontline.sla.BusinessCalendar;
import dev.frontline.sla.SlaMetric;
import dev.frontline.sla.WeeklyHours;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SlaClockTests {

    /** Weekdays 09:00-18:00 in Taipei (UTC+8, no DST): 01:00-10:00 UTC. */
    static final ClockTime TAIPEI_OFFICE = ClockTime.business(
            new BusinessCalendar(ZoneId.of("Asia/Taipei"), WeeklyHours.officeHours(), List.of()));
    static final Instant FRIDAY_1700_TAIPEI = Instant.parse("2026-11-27T09:00:00Z");

    static SlaPolicy policy(String name, Duration firstResponse, boolean businessTime) {
        return new SlaPolicy(UUID.nameUUIDFromBytes(name.getBytes()), name, 0, SlaPolicy.Conditions.ANY,
                Map.of(SlaMetric.FIRST_RESPONSE, firstResponse, SlaMetric.RESOLUTION, Duration.ofHours(36)), businessTime,
                SlaPolicy.DEFAULT_PAUSES, false);
    }

    @Test
    void aBusinessTimeTargetIsDueAfterTheWeekendAndWarnsAtItsShare() {
        SlaClock clock = SlaClock.start(policy("office", Duration.ofHours(4), true), SlaMetric.FIRST_RESPONSE, null,
                FRIDAY_1700_TAIPEI, TAIPEI_OFFICE, 0.75);

        assertThat(clock.dueAt()).as("one hour on Friday, three on Monday: Monday 12:00 Taipei")
                .isEqualTo(Instant.parse("2026-11-30T04:00:00Z"));
        assertThat(clock.warnAt()).as("three business hours: Monday 11:00 Taipei").isEqualTo(Instant.parse("2026-11-30T03:00:00Z"));
    }

    @Test
    void aCalendarTimeTargetCountsEverySecond() {
        SlaClock clock = SlaClock.start(policy("calendar", Duration.ofHours(4), false), SlaMetric.FIRST_RESPONSE, null,
                FRIDAY_1700_TAIPEI, ClockTime.CALENDAR, 0.75);

        assertThat(clock.dueAt()).isEqualTo(FRIDAY_1700_TAIPEI.plus(Duration.ofHours(4)));
    }

    @Test
    void pausingKeepsTheTimeSpentAndResumingIsDueForWhatIsLeft() {
        Instant start = Instant.parse("2026-11-23T02:00:00Z"); // Monday 10:00 Taipei
        SlaClock running = SlaClock.start(policy("office", Duration.ofHours(4), true), SlaMetric.FIRST_RESPONSE, null,
                start, TAIPEI_OFFICE, 0.75);

        SlaClock paused = running.pause(start.plus(Duration.ofHours(1)), TAIPEI_OFFICE);
        SlaClock resumed = paused.resume(Instant.parse("2026-11-24T01:00:00Z"), TAIPEI_OFFICE, 0.75);

        assertThat(paused.state()).isEqualTo(SlaClock.State.PAUSED);
        assertThat(paused.elapsed()).isEqualTo(Duration.ofHours(1));
        assertThat(paused.dueAt()).isNull();
        assertThat(paused.warnAt()).isNull();
        assertThat(resumed.state()).isEqualTo(SlaClock.State.RUNNING);
        assertThat(resumed.dueAt()).as("three hours left from Tuesday 09:00").isEqualTo(Instant.parse("2026-11-24T04:00:00Z"));
        assertThat(resumed.warnAt()).as("two hours to the 75% mark").isEqualTo(Instant.parse("2026-11-24T03:00:00Z"));
    }

    @Test
    void stoppingWithinTheTargetIsAchievedWithTheBusinessTimeItTook() {
        SlaClock running = SlaClock.start(policy("office", Duration.ofHours(4), true), SlaMetric.FIRST_RESPONSE, null,
                FRIDAY_1700_TAIPEI, TAIPEI_OFFICE, 0.75);

        SlaClock met = running.stop(Instant.parse("2026-11-30T02:00:00Z"), TAIPEI_OFFICE);

        assertThat(met.state()).isEqualTo(SlaClock.State.ACHIEVED);
        assertThat(met.elapsed()).as("Friday 17-18 and Monday 09-10").isEqualTo(Duration.ofHours(2));
        assertThat(met.dueAt()).isNull();
        assertThat(met.stoppedAt()).isEqualTo(Instant.parse("2026-11-30T02:00:00Z"));
    }

    @Test
    void stoppingAfterTheDueTimeBeforeTheSweepFiredIsBreachedAndKeepsTheBreachToFire() {
        SlaClock running = SlaClock.start(policy("calendar", Duration.ofHours(1), false), SlaMetric.FIRST_RESPONSE, null,
                FRIDAY_1700_TAIPEI, ClockTime.CALENDAR, 0.75);

        SlaClock late = running.stop(FRIDAY_1700_TAIPEI.plus(Duration.ofMinutes(90)), ClockTime.CALENDAR);

        assertThat(late.state()).isEqualTo(SlaClock.State.BREACHED);
        assertThat(late.dueAt()).isEqualTo(FRIDAY_1700_TAIPEI.plus(Duration.ofHours(1)));
        assertThat(late.warnAt()).isNull();
    }

    @Test
    void anotherPolicyKeepsTheTimeSpentAndMovesTheDueTime() {
        Instant start = Instant.parse("2026-11-23T02:00:00Z");
        SlaClock running = SlaClock.start(policy("normal", Duration.ofHours(8), false), SlaMetric.FIRST_RESPONSE, null,
                start, ClockTime.CALENDAR, 0.75);

        SlaClock urgent = running.retarget(policy("urgent", Duration.ofHours(2), false), start.plus(Duration.ofHours(1)),
                ClockTime.CALENDAR, ClockTime.CALENDAR, 0.75);

        assertThat(urgent.policyName()).isEqualTo("urgent");
        assertThat(urgent.elapsed()).isEqualTo(Duration.ofHours(1));
        assertThat(urgent.dueAt()).isEqualTo(start.plus(Duration.ofHours(2)));
        assertThat(urgent.warnAt()).isEqualTo(start.plus(Duration.ofMinutes(90)));
    }

    @Test
    void theDefaultPauseMatrixPausesResolutionAndNextResponseWhileWaitingAndEverythingWhileSnoozed() {
        SlaPolicy policy = SlaPolicy.DEFAULTS.getLast();

        assertThat(policy.pauses(Status.PENDING, SlaMetric.RESOLUTION)).isTrue();
        assertThat(policy.pauses(Status.PENDING, SlaMetric.NEXT_RESPONSE)).isTrue();
        assertThat(policy.pauses(Status.PENDING, SlaMetric.FIRST_RESPONSE)).isFalse();
        assertThat(policy.pauses(Status.SNOOZED, SlaMetric.FIRST_RESPONSE)).isTrue();
    }

    @Test
    void movingToATeamInAnotherTimeZoneKeepsTheTimeCountedAndCountsTheRestByItsCalendar() {
        ClockTime londonOffice = ClockTime.business(
                new BusinessCalendar(ZoneId.of("Europe/London"), WeeklyHours.officeHours(), List.of()));
        Instant start = Instant.parse("2026-11-23T02:00:00Z"); // Monday 10:00 Taipei, 02:00 London
        SlaClock taipei = SlaClock.start(policy("office", Duration.ofHours(4), true), SlaMetric.FIRST_RESPONSE, null,
                start, TAIPEI_OFFICE, 0.75);
        UUID london = UUID.randomUUID();

        SlaClock moved = taipei.moveToTeam(london, start.plus(Duration.ofHours(1)), TAIPEI_OFFICE, londonOffice, 0.75);

        assertThat(moved.teamId()).isEqualTo(london);
        assertThat(moved.elapsed()).as("one Taipei business hour counted").isEqualTo(Duration.ofHours(1));
        assertThat(moved.dueAt()).as("three London business hours: Monday 09:00-12:00 London")
                .isEqualTo(Instant.parse("2026-11-23T12:00:00Z"));
        assertThat(moved.warnAt()).as("75% of 4 h = 3 h, 2 h left: 11:00 London").isEqualTo(Instant.parse("2026-11-23T11:00:00Z"));
        assertThat(moved.moveToTeam(london, start.plus(Duration.ofHours(2)), londonOffice, londonOffice, 0.75))
                .as("the same team: nothing moves").isSameAs(moved);
    }

    @Test
    void theWarningTimeOfARunningClockIsKnownAlsoAfterItFired() {
        Instant start = Instant.parse("2026-11-23T02:00:00Z");
        SlaClock clock = SlaClock.start(policy("calendar", Duration.ofHours(4), false), SlaMetric.FIRST_RESPONSE, null,
                start, ClockTime.CALENDAR, 0.75);
        SlaClock warned = new SlaClock(clock.metric(), clock.policyId(), clock.policyName(), clock.state(), clock.target(),
                clock.businessTime(), clock.teamId(), clock.startedAt(), clock.runningSince(), clock.elapsed(), clock.dueAt(),
                null, true, null, null);

        assertThat(clock.warningTime(ClockTime.CALENDAR, 0.75)).isEqualTo(start.plus(Duration.ofHours(3)));
        assertThat(warned.warningTime(ClockTime.CALENDAR, 0.75)).isEqualTo(start.plus(Duration.ofHours(3)));
        assertThat(warned.pause(start.plus(Duration.ofHours(3)), ClockTime.CALENDAR).warningTime(ClockTime.CALENDAR, 0.75))
                .as("paused: nothing to warn about").isNull();
    }
}
