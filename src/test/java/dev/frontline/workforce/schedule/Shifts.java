package dev.frontline.workforce.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Fixture builders for schedule tests: a week starting Monday 7 December 2026, agents, shifts and assignments. */
final class Shifts {

    static final LocalDate MONDAY = LocalDate.of(2026, 12, 7);
    static final ScheduleHorizon WEEK = new ScheduleHorizon(MONDAY, 7);
    static final ShiftTemplate DAY = new ShiftTemplate("Day", 8 * 60 + 30, LocalTime.of(6, 0), LocalTime.of(14, 0), 30, null);

    private Shifts() {
    }

    static ScheduleAgent agent(String name, String... skills) {
        return agent(name, Contract.fullTime(), Availability.anyTime(), Preferences.none(), skills);
    }

    static ScheduleAgent agent(String name, Contract contract, Availability availability, Preferences preferences, String... skills) {
        return new ScheduleAgent(UUID.nameUUIDFromBytes(name.getBytes()), name, Set.of(skills.length == 0 ? new String[] {"voice"} : skills),
                contract, availability, preferences);
    }

    /** A shift of the template on a day of the week, starting at {@code start}, lunch at its earliest allowed place. */
    static ShiftOption shift(ShiftTemplate template, int day, LocalTime start) {
        int minute = day * ScheduleHorizon.MINUTES_PER_DAY + start.toSecondOfDay() / 60;
        int lunch = BreakRules.standard().lunchOffsets(template.lengthMinutes()).getFirst();
        return new ShiftOption(template, day, minute, BreakRules.standard().place(minute, template.lengthMinutes(), lunch));
    }

    static ShiftOption dayShift(int day, int hour) {
        return shift(DAY, day, LocalTime.of(hour, 0));
    }

    static ShiftAssignment assignment(ScheduleAgent agent, int day, ShiftOption shift) {
        ShiftAssignment assignment = dayOff(agent, day);
        assignment.setShift(shift);
        return assignment;
    }

    static ShiftAssignment dayOff(ScheduleAgent agent, int day) {
        return new ShiftAssignment(agent, WEEK.day(day), day, new AgentWeek(agent, WEEK.weekOf(day), 7), List.of());
    }

    static int minute(int day, int hour) {
        return day * ScheduleHorizon.MINUTES_PER_DAY + hour * 60;
    }

    static DayOfWeek weekday(int day) {
        return WEEK.day(day).getDayOfWeek();
    }
}
