package dev.frontline.workforce.schedule;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.loadBalance;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The rules of a good schedule. Hard: never broken by a published schedule. Medium: coverage shortfall, squared so
 * that two intervals one agent short beat one interval two short (the service level falls fastest there). Soft:
 * over-staffing, then the agents' preferences and a fair share of weekend shifts.
 */
public class ScheduleConstraints implements ConstraintProvider {

    /** Soft weight of a preference day kept or missed, against one surplus agent-interval. */
    static final int DAY_PREFERENCE_WEIGHT = 8;
    /** Soft weight of the weekend-shift unfairness, scaled from its standard-deviation-like measure. */
    static final int WEEKEND_FAIRNESS_WEIGHT = 10;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                missingSkill(factory),
                outsideAvailability(factory),
                duringTimeOff(factory),
                onPublicHoliday(factory),
                tooLittleRest(factory),
                meetingOffShift(factory),
                aboveMaximumHours(factory),
                belowMinimumHours(factory),
                tooManyShifts(factory),
                tooFewDaysOff(factory),
                underStaffing(factory),
                overStaffing(factory),
                undesiredDayWorked(factory),
                desiredDayOff(factory),
                outsidePreferredHours(factory),
                awayFromPreferredStart(factory),
                unfairWeekends(factory),
        };
    }

    Constraint missingSkill(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .filter(assignment -> {
                    @Nullable String required = shift(assignment).template().requiredSkill();
                    return required != null && !assignment.agent().skills().contains(required);
                })
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("Agent lacks the shift's skill");
    }

    Constraint outsideAvailability(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .filter(assignment -> !assignment.agent().availability()
                        .allows(assignment.date(), shift(assignment).startOfDay(), shift(assignment).endOfDay()))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("Shift outside the agent's availability");
    }

    Constraint duringTimeOff(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .join(TimeOffPeriod.class, Joiners.equal(ShiftAssignment::agent, TimeOffPeriod::agent),
                        Joiners.filtering((assignment, timeOff) -> shift(assignment).overlaps(timeOff.start(), timeOff.end())))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("Shift during approved time off");
    }

    Constraint onPublicHoliday(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .join(ClosedDay.class, Joiners.equal(ShiftAssignment::dayIndex, ClosedDay::dayIndex))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("Shift on a public holiday");
    }

    /** Also rules out overlapping shifts of one agent (a negative rest). Penalized per quarter hour missing. */
    Constraint tooLittleRest(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .join(ShiftAssignment.class, Joiners.equal(ShiftAssignment::agent), Joiners.lessThan(ShiftAssignment::dayIndex))
                .filter((earlier, later) -> restShortfall(earlier, later) > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, (earlier, later) -> quarterHours(restShortfall(earlier, later)))
                .asConstraint("Too little rest between shifts");
    }

    Constraint meetingOffShift(ConstraintFactory factory) {
        return factory.forEach(MeetingAttendance.class)
                .ifNotExists(ShiftAssignment.class, Joiners.equal(MeetingAttendance::agent, ShiftAssignment::agent),
                        Joiners.filtering((meeting, assignment) -> shift(assignment).hosts(meeting.start(), meeting.end())))
                .penalize(HardMediumSoftScore.ONE_HARD)
                .asConstraint("Meeting outside the attendee's working time");
    }

    Constraint aboveMaximumHours(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .groupBy(ShiftAssignment::agentWeek, sum(ShiftAssignment::paidMinutes))
                .filter((week, minutes) -> minutes > week.agent().contract().maxMinutesPerWeek())
                .penalize(HardMediumSoftScore.ONE_HARD, (week, minutes) -> quarterHours(minutes - week.agent().contract().maxMinutesPerWeek()))
                .asConstraint("Above the contract's weekly hours");
    }

    /** Days off count too, so a week with no shift at all is seen. */
    Constraint belowMinimumHours(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(ShiftAssignment.class)
                .groupBy(ShiftAssignment::agentWeek, sum(ShiftAssignment::paidMinutes))
                .filter((week, minutes) -> minutes < week.agent().contract().minMinutesIn(week.daysInSchedule()))
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (week, minutes) -> quarterHours(week.agent().contract().minMinutesIn(week.daysInSchedule()) - minutes))
                .asConstraint("Below the contract's weekly hours");
    }

    Constraint tooManyShifts(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .groupBy(ShiftAssignment::agentWeek, count())
                .filter((week, shifts) -> shifts > week.agent().contract().maxShiftsPerWeek())
                .penalize(HardMediumSoftScore.ONE_HARD, (week, shifts) -> shifts - week.agent().contract().maxShiftsPerWeek())
                .asConstraint("More shifts in a week than the contract allows");
    }

    Constraint tooFewDaysOff(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .groupBy(ShiftAssignment::agentWeek, count())
                .filter((week, shifts) -> week.daysInSchedule() - shifts < week.agent().contract().minDaysOffIn(week.daysInSchedule()))
                .penalize(HardMediumSoftScore.ONE_HARD,
                        (week, shifts) -> week.agent().contract().minDaysOffIn(week.daysInSchedule()) - (week.daysInSchedule() - shifts))
                .asConstraint("Fewer days off in a week than the contract requires");
    }

    /**
     * Each demanded skill interval counts its working agents less those in meetings. Every demand adds a zero
     * so intervals nobody works are counted too.
     */
    Constraint underStaffing(ConstraintFactory factory) {
        return staffing(factory)
                .filter((demand, staffed) -> staffed < demand.requiredAgents())
                .penalize(HardMediumSoftScore.ONE_MEDIUM, (demand, staffed) -> square(demand.requiredAgents() - staffed))
                .asConstraint("Under-staffed interval");
    }

    Constraint overStaffing(ConstraintFactory factory) {
        return staffing(factory)
                .filter((demand, staffed) -> staffed > demand.requiredAgents())
                .penalize(HardMediumSoftScore.ONE_SOFT, (demand, staffed) -> staffed - demand.requiredAgents())
                .asConstraint("Over-staffed interval");
    }

    private static ai.timefold.solver.core.api.score.stream.bi.BiConstraintStream<CoverageDemand, Integer> staffing(ConstraintFactory factory) {
        var working = factory.forEach(ShiftAssignment.class)
                .flatten(ShiftAssignment::staffed)
                .map((assignment, slot) -> new Headcount(slot, 1));
        var inMeetings = factory.forEach(MeetingAttendance.class)
                .flatten(MeetingAttendance::absence)
                .map((meeting, slot) -> new Headcount(slot, -1));
        var demanded = factory.forEach(CoverageDemand.class)
                .map(demand -> new Headcount(demand.slot(), 0));
        return working.concat(inMeetings).concat(demanded)
                .groupBy(Headcount::slot, sum(Headcount::agents))
                .join(CoverageDemand.class, Joiners.equal((slot, staffed) -> slot, CoverageDemand::slot))
                .map((slot, staffed, demand) -> demand, (slot, staffed, demand) -> (int) (long) staffed);
    }

    Constraint undesiredDayWorked(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .filter(assignment -> assignment.agent().preferences().undesiredDays().contains(assignment.date().getDayOfWeek()))
                .penalize(HardMediumSoftScore.ofSoft(DAY_PREFERENCE_WEIGHT))
                .asConstraint("Working on a day the agent would rather not");
    }

    Constraint desiredDayOff(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(ShiftAssignment.class)
                .filter(assignment -> !assignment.working()
                        && assignment.agent().preferences().desiredDays().contains(assignment.date().getDayOfWeek()))
                .penalize(HardMediumSoftScore.ofSoft(DAY_PREFERENCE_WEIGHT))
                .asConstraint("Off on a day the agent wants to work");
    }

    Constraint outsidePreferredHours(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .filter(assignment -> assignment.agent().preferences().preferredHours() != null)
                .filter(assignment -> minutesOutsidePreferredHours(assignment) > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, assignment -> quarterHours(minutesOutsidePreferredHours(assignment)))
                .asConstraint("Hours outside the agent's preferred hours");
    }

    /** Per quarter hour between the shift's start and the agent's preferred start, so a close start beats a far one. */
    Constraint awayFromPreferredStart(ConstraintFactory factory) {
        return factory.forEach(ShiftAssignment.class)
                .filter(assignment -> assignment.agent().preferences().preferredStart() != null && minutesFromPreferredStart(assignment) > 0)
                .penalize(HardMediumSoftScore.ONE_SOFT, assignment -> quarterHours(minutesFromPreferredStart(assignment)))
                .asConstraint("Start away from the agent's preferred start");
    }

    /** Every agent-day takes part, so an agent with no weekend shift pulls the balance too. */
    Constraint unfairWeekends(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(ShiftAssignment.class)
                .groupBy(loadBalance(ShiftAssignment::agent, assignment -> assignment.working() && assignment.onWeekend() ? 1 : 0))
                .penalize(HardMediumSoftScore.ONE_SOFT,
                        balance -> balance.unfairness().multiply(java.math.BigDecimal.valueOf(WEEKEND_FAIRNESS_WEIGHT)).longValue())
                .asConstraint("Weekend shifts shared unfairly");
    }

    private record Headcount(SkillInterval slot, int agents) {
    }

    private static ShiftOption shift(ShiftAssignment assignment) {
        return Objects.requireNonNull(assignment.getShift());
    }

    private static int restShortfall(ShiftAssignment earlier, ShiftAssignment later) {
        int rest = shift(later).start() - shift(earlier).end();
        return earlier.agent().contract().minRestMinutes() - rest;
    }

    private static int minutesOutsidePreferredHours(ShiftAssignment assignment) {
        TimeWindow preferred = Objects.requireNonNull(assignment.agent().preferences().preferredHours());
        return preferred.minutesOutside(shift(assignment).startOfDay(), shift(assignment).endOfDay());
    }

    private static int minutesFromPreferredStart(ShiftAssignment assignment) {
        int preferred = Objects.requireNonNull(assignment.agent().preferences().preferredStart()).toSecondOfDay() / 60;
        return Math.abs(shift(assignment).startOfDay() - preferred);
    }

    private static long quarterHours(long minutes) {
        return (minutes + ScheduleHorizon.INTERVAL_MINUTES - 1) / ScheduleHorizon.INTERVAL_MINUTES;
    }

    private static int square(int value) {
        return value * value;
    }
}
