package dev.frontline.workforce.schedule;

import static dev.frontline.workforce.schedule.Shifts.MONDAY;
import static dev.frontline.workforce.schedule.Shifts.agent;
import static dev.frontline.workforce.schedule.Shifts.assignment;
import static dev.frontline.workforce.schedule.Shifts.dayOff;
import static dev.frontline.workforce.schedule.Shifts.dayShift;
import static dev.frontline.workforce.schedule.Shifts.minute;
import static dev.frontline.workforce.schedule.Shifts.shift;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each constraint on its own, through Timefold's ConstraintVerifier. The day shift is 08:30 long with 30 minutes of unpaid lunch. */
class ScheduleConstraintsTests {

    private static final ShiftTemplate BILLING_LATE = new ShiftTemplate("Billing late", 8 * 60 + 30, LocalTime.of(12, 0), LocalTime.of(14, 0), 30, "billing");

    private final ConstraintVerifier<ScheduleConstraints, WorkSchedule> verifier =
            ConstraintVerifier.build(new ScheduleConstraints(), WorkSchedule.class, ShiftAssignment.class);

    @Test
    void aShiftNeedingASkillGoesOnlyToAgentsWithIt() {
        ScheduleAgent voiceOnly = agent("Ada", "voice");
        ScheduleAgent billing = agent("Bo", "voice", "billing");

        verifier.verifyThat(ScheduleConstraints::missingSkill)
                .given(assignment(voiceOnly, 0, shift(BILLING_LATE, 0, LocalTime.NOON)), assignment(billing, 0, shift(BILLING_LATE, 0, LocalTime.NOON)))
                .penalizesBy(1);
    }

    @Test
    void aShiftMustLieInsideTheAgentsAvailability() {
        ScheduleAgent mondaysEightToFive = agent("Ada", Contract.fullTime(),
                Availability.only(Map.of(DayOfWeek.MONDAY, TimeWindow.of(LocalTime.of(8, 0), LocalTime.of(17, 0)))), Preferences.none());

        verifier.verifyThat(ScheduleConstraints::outsideAvailability)
                .given(assignment(mondaysEightToFive, 0, dayShift(0, 8)))
                .penalizesBy(0);
        verifier.verifyThat(ScheduleConstraints::outsideAvailability)
                .given(assignment(mondaysEightToFive, 0, dayShift(0, 9)), assignment(mondaysEightToFive, 1, dayShift(1, 8)))
                .penalizesBy(2);
    }

    @Test
    void aDatedExceptionOverridesTheWeeklyAvailability() {
        ScheduleAgent ada = agent("Ada", Contract.fullTime(), Availability.anyTime()
                .withExceptions(Map.of(MONDAY.plusDays(1), TimeWindow.of(LocalTime.of(12, 0), LocalTime.MIDNIGHT)), Set.of(MONDAY)), Preferences.none());

        verifier.verifyThat(ScheduleConstraints::outsideAvailability)
                .given(assignment(ada, 0, dayShift(0, 9)), assignment(ada, 1, dayShift(1, 9)), assignment(ada, 2, dayShift(2, 9)))
                .penalizesBy(2);
        verifier.verifyThat(ScheduleConstraints::outsideAvailability)
                .given(assignment(ada, 1, dayShift(1, 12)))
                .penalizesBy(0);
    }

    @Test
    void noShiftOverlapsApprovedTimeOff() {
        ScheduleAgent ada = agent("Ada");
        TimeOffPeriod dentistTuesdayAfternoon = new TimeOffPeriod(ada, minute(1, 15), minute(1, 17));

        verifier.verifyThat(ScheduleConstraints::duringTimeOff)
                .given(dentistTuesdayAfternoon, assignment(ada, 0, dayShift(0, 9)), assignment(ada, 1, dayShift(1, 9)))
                .penalizesBy(1);
        verifier.verifyThat(ScheduleConstraints::duringTimeOff)
                .given(dentistTuesdayAfternoon, assignment(ada, 1, dayShift(1, 6)))
                .penalizesBy(0);
    }

    @Test
    void nobodyWorksOnAPublicHoliday() {
        ScheduleAgent ada = agent("Ada");

        verifier.verifyThat(ScheduleConstraints::onPublicHoliday)
                .given(new ClosedDay(2, MONDAY.plusDays(2)), assignment(ada, 1, dayShift(1, 9)), assignment(ada, 2, dayShift(2, 9)))
                .penalizesBy(1);
    }

    @Test
    void aLateShiftFollowedByAnEarlyOneLacksRestByTheQuarterHoursMissing() {
        ScheduleAgent ada = agent("Ada");
        // Monday 14:00-22:30, Tuesday 06:00: 7.5 hours of rest against 11, 3.5 hours = 14 quarter hours short
        verifier.verifyThat(ScheduleConstraints::tooLittleRest)
                .given(assignment(ada, 0, dayShift(0, 14)), assignment(ada, 1, dayShift(1, 6)))
                .penalizesBy(14);
        verifier.verifyThat(ScheduleConstraints::tooLittleRest)
                .given(assignment(ada, 0, dayShift(0, 9)), assignment(ada, 1, dayShift(1, 9)), assignment(agent("Bo"), 1, dayShift(1, 6)))
                .penalizesBy(0);
    }

    @Test
    void aMeetingMustFallInTheAttendeesWorkingTimeAndOffTheirBreaks() {
        ScheduleAgent ada = agent("Ada");
        ShiftOption mondayFromNine = dayShift(0, 9);
        Activity lunch = mondayFromNine.breaks().stream().filter(activity -> activity.kind() == Activity.Kind.LUNCH).findFirst().orElseThrow();

        verifier.verifyThat(ScheduleConstraints::meetingOffShift)
                .given(assignment(ada, 0, mondayFromNine),
                        new MeetingAttendance("Team huddle", ada, minute(0, 9), minute(0, 9) + 30),
                        new MeetingAttendance("Training", ada, minute(0, 18), minute(0, 19)),
                        new MeetingAttendance("Lunch and learn", ada, lunch.start(), lunch.end()),
                        new MeetingAttendance("Tuesday review", ada, minute(1, 10), minute(1, 11)))
                .penalizesBy(3);
    }

    @Test
    void paidHoursAboveTheWeeklyMaximumArePenalizedPerQuarterHour() {
        ScheduleAgent ada = agent("Ada", new Contract(0, 40 * 60, 7, 0, 0), Availability.anyTime(), Preferences.none());
        List<Object> sixDays = new ArrayList<>();
        for (int day = 0; day < 6; day++) {
            sixDays.add(assignment(ada, day, dayShift(day, 9)));
        }
        // 6 x 8 paid hours = 48, 8 over
        verifier.verifyThat(ScheduleConstraints::aboveMaximumHours).given(sixDays.toArray()).penalizesBy(32);
    }

    @Test
    void paidHoursBelowTheWeeklyMinimumCountDaysOff() {
        ScheduleAgent ada = agent("Ada");
        // 3 x 8 paid hours = 24 against 32
        verifier.verifyThat(ScheduleConstraints::belowMinimumHours)
                .given(assignment(ada, 0, dayShift(0, 9)), assignment(ada, 1, dayShift(1, 9)), assignment(ada, 2, dayShift(2, 9)),
                        dayOff(ada, 3), dayOff(ada, 4), dayOff(ada, 5), dayOff(ada, 6))
                .penalizesBy(32);
        ScheduleAgent bo = agent("Bo");
        verifier.verifyThat(ScheduleConstraints::belowMinimumHours)
                .given(dayOff(bo, 0), dayOff(bo, 1))
                .penalizesBy(128);
    }

    @Test
    void moreShiftsThanTheContractAllowsAndTooFewDaysOff() {
        ScheduleAgent ada = agent("Ada");
        List<Object> sixDays = new ArrayList<>();
        for (int day = 0; day < 6; day++) {
            sixDays.add(assignment(ada, day, dayShift(day, 9)));
        }
        sixDays.add(dayOff(ada, 6));
        verifier.verifyThat(ScheduleConstraints::tooManyShifts).given(sixDays.toArray()).penalizesBy(1);
        verifier.verifyThat(ScheduleConstraints::tooFewDaysOff).given(sixDays.toArray()).penalizesBy(1);
        verifier.verifyThat(ScheduleConstraints::tooFewDaysOff).given(sixDays.subList(1, 7).toArray()).penalizesBy(0);
    }

    @Test
    void underStaffingCountsTheShortfallSquaredIncludingIntervalsNobodyWorks() {
        ScheduleAgent ada = agent("Ada", "voice");
        int tenOClock = minute(0, 10) / ScheduleHorizon.INTERVAL_MINUTES;
        int threeAm = minute(0, 3) / ScheduleHorizon.INTERVAL_MINUTES;

        verifier.verifyThat(ScheduleConstraints::underStaffing)
                .given(assignment(ada, 0, dayShift(0, 9)),
                        new CoverageDemand(new SkillInterval("voice", tenOClock), 3),
                        new CoverageDemand(new SkillInterval("voice", threeAm), 2),
                        new CoverageDemand(new SkillInterval("email", tenOClock), 1))
                .penalizesBy(4 + 4 + 1);
    }

    @Test
    void anAgentInAMeetingDoesNotStaffTheQueue() {
        ScheduleAgent ada = agent("Ada", "voice");
        int tenOClock = minute(0, 10) / ScheduleHorizon.INTERVAL_MINUTES;

        verifier.verifyThat(ScheduleConstraints::underStaffing)
                .given(assignment(ada, 0, dayShift(0, 9)), new MeetingAttendance("Coaching", ada, minute(0, 10), minute(0, 11)),
                        new CoverageDemand(new SkillInterval("voice", tenOClock), 1))
                .penalizesBy(1);
    }

    @Test
    void overStaffingCountsSurplusAgentsWhereDemandIsKnown() {
        int tenOClock = minute(0, 10) / ScheduleHorizon.INTERVAL_MINUTES;

        verifier.verifyThat(ScheduleConstraints::overStaffing)
                .given(assignment(agent("Ada"), 0, dayShift(0, 9)), assignment(agent("Bo"), 0, dayShift(0, 9)), assignment(agent("Cy"), 0, dayShift(0, 9)),
                        new CoverageDemand(new SkillInterval("voice", tenOClock), 1))
                .penalizesBy(2);
    }

    /** The verifier counts matches; each weighs {@link ScheduleConstraints#DAY_PREFERENCE_WEIGHT} in the score. */
    @Test
    void workingOnAnUndesiredDayAndOffOnADesiredOneCostPreference() {
        ScheduleAgent ada = agent("Ada", Contract.fullTime(), Availability.anyTime(),
                new Preferences(Set.of(DayOfWeek.TUESDAY), Set.of(DayOfWeek.MONDAY), null));

        verifier.verifyThat(ScheduleConstraints::undesiredDayWorked)
                .given(assignment(ada, 0, dayShift(0, 9)), assignment(ada, 1, dayShift(1, 9)))
                .penalizesBy(1);
        verifier.verifyThat(ScheduleConstraints::desiredDayOff)
                .given(assignment(ada, 0, dayShift(0, 9)), dayOff(ada, 1), dayOff(ada, 2))
                .penalizesBy(1);
    }

    @Test
    void hoursOutsideThePreferredWindowArePenalizedPerQuarterHour() {
        ScheduleAgent ada = agent("Ada", Contract.fullTime(), Availability.anyTime(),
                new Preferences(Set.of(), Set.of(), TimeWindow.of(LocalTime.of(8, 0), LocalTime.of(16, 0))));
        // 09:00-17:30: 90 minutes after 16:00
        verifier.verifyThat(ScheduleConstraints::outsidePreferredHours)
                .given(assignment(ada, 0, dayShift(0, 9)), assignment(ada, 1, dayShift(1, 7)))
                .penalizesBy(6 + 4);
    }

    @Test
    void startingAwayFromThePreferredStartIsPenalizedPerQuarterHour() {
        ScheduleAgent ada = agent("Ada", Contract.fullTime(), Availability.anyTime(),
                new Preferences(Set.of(), Set.of(), null, LocalTime.of(8, 0)));
        ScheduleAgent bo = agent("Bo");

        verifier.verifyThat(ScheduleConstraints::awayFromPreferredStart)
                .given(assignment(ada, 0, dayShift(0, 8)), assignment(ada, 1, dayShift(1, 10)), assignment(ada, 2, dayShift(2, 7)),
                        assignment(bo, 0, dayShift(0, 12)))
                .penalizesBy(8 + 4);
    }

    @Test
    void weekendShiftsShouldBeSharedFairly() {
        ScheduleAgent ada = agent("Ada");
        ScheduleAgent bo = agent("Bo");

        // loads 2 and 0: unfairness sqrt((2-1)^2 + (0-1)^2) = 1.414, times the weight of 10
        verifier.verifyThat(ScheduleConstraints::unfairWeekends)
                .given(assignment(ada, 5, dayShift(5, 9)), assignment(ada, 6, dayShift(6, 9)), dayOff(bo, 5), dayOff(bo, 6))
                .penalizesBy(14);
        verifier.verifyThat(ScheduleConstraints::unfairWeekends)
                .given(assignment(ada, 5, dayShift(5, 9)), dayOff(ada, 6), dayOff(bo, 5), assignment(bo, 6, dayShift(6, 9)))
                .penalizesBy(0);
    }
}
