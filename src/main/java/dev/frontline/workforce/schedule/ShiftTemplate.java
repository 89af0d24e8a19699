package dev.frontline.workforce.schedule;

import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/**
 * A kind of shift a supervisor allows: its length (lunch included), the earliest and latest start on the quarter
 * hour grid, and a skill an agent must have to work it (for example a late shift that needs billing), if any.
 */
public record ShiftTemplate(String name, int lengthMinutes, LocalTime earliestStart, LocalTime latestStart, int startStepMinutes,
                            @Nullable String requiredSkill) {

    public ShiftTemplate {
        if (lengthMinutes < 2 * 60 || lengthMinutes > 12 * 60 || lengthMinutes % ScheduleHorizon.INTERVAL_MINUTES != 0) {
            throw new IllegalArgumentException("a shift lasts 2 to 12 hours in whole quarter hours");
        }
        if (startStepMinutes < ScheduleHorizon.INTERVAL_MINUTES || startStepMinutes % ScheduleHorizon.INTERVAL_MINUTES != 0
                || latestStart.isBefore(earliestStart) || earliestStart.getMinute() % ScheduleHorizon.INTERVAL_MINUTES != 0) {
            throw new IllegalArgumentException("shift starts lie on the quarter-hour grid, earliest first");
        }
    }
}
