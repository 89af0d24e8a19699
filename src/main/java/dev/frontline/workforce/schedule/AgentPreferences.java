package dev.frontline.workforce.schedule;

import dev.frontline.shared.InvalidRequestException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An agent's stored preferences, soft goals for the solver: days to work or avoid, preferred hours and start. */
public record AgentPreferences(@Nullable Set<DayOfWeek> desiredDays, @Nullable Set<DayOfWeek> undesiredDays,
                               ScheduleRequest.@Nullable Window preferredHours, @Nullable LocalTime preferredStart) {

    public static AgentPreferences none() {
        return new AgentPreferences(Set.of(), Set.of(), null, null);
    }

    AgentPreferences validated() {
        preferences();
        return this;
    }

    Preferences preferences() {
        Set<DayOfWeek> desired = desiredDays == null ? Set.of() : desiredDays;
        Set<DayOfWeek> undesired = undesiredDays == null ? Set.of() : undesiredDays;
        if (desired.stream().anyMatch(undesired::contains)) {
            throw new InvalidRequestException("preferences", "a day cannot be both desired and undesired");
        }
        @Nullable TimeWindow hours = null;
        if (preferredHours != null) {
            if (preferredHours.from() == null || preferredHours.to() == null) {
                throw new InvalidRequestException("preferences.preferredHours", "needs from and to");
            }
            try {
                hours = TimeWindow.of(preferredHours.from(), preferredHours.to());
            } catch (IllegalArgumentException invalid) {
                throw new InvalidRequestException("preferences.preferredHours", "runs forward within one day");
            }
        }
        return new Preferences(desired, undesired, hours, preferredStart);
    }
}
