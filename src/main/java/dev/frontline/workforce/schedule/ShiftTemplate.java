package dev.frontline.workforce.schedule;

import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * A kind of shift a supervisor allows: its length (lunch included), the earliest and latest start on the quarter
 * hour grid, a skill an agent must have to work it (for example a late shift that needs billing), if any, and the
 * break rules of its shifts, if it names a set: they win over those of the agent's contract (a short evening shift
 * gets its own breaks whoever works it).
 */
public record ShiftTemplate(String name, int lengthMinutes, LocalTime earliestStart, LocalTime latestStart, int startStepMinutes,
                            @Nullable String requiredSkill, @Nullable BreakRules breakRules) {

    /** A template whose shifts follow the agent's (or the schedule's) break rules. */
    public ShiftTemplate(String name, int lengthMinutes, LocalTime earliestStart, LocalTime latestStart, int startStepMinutes,
                         @Nullable String requiredSkill) {
        this(name, lengthMinutes, earliestStart, latestStart, startStepMinutes, requiredSkill, null);
    }

    public ShiftTemplate {
        if (lengthMinutes < 2 * 60 || lengthMinutes > 12 * 60 || lengthMinutes % ScheduleHorizon.INTERVAL_MINUTES != 0) {
            throw new IllegalArgumentException("a shift lasts 2 to 12 hours in whole quarter hours");
        }
        if (startStepMinutes < ScheduleHorizon.INTERVAL_MINUTES || startStepMinutes % ScheduleHorizon.INTERVAL_MINUTES != 0
                || latestStart.isBefore(earliestStart) || earliestStart.getMinute() % ScheduleHorizon.INTERVAL_MINUTES != 0) {
            throw new IllegalArgumentException("shift starts lie on the quarter-hour grid, earliest first");
        }
    }

    /** The break rules of this template's shifts: its own, else {@code otherwise} (the agent's or the schedule's). */
    BreakRules breakRulesOr(BreakRules otherwise) {
        return breakRules == null ? otherwise : breakRules;
    }
}
