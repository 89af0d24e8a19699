package dev.frontline.workforce.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an agent would like: days they want to work, days they would rather not, hours they prefer and when they like to start. */
public record Preferences(Set<DayOfWeek> desiredDays, Set<DayOfWeek> undesiredDays, @Nullable TimeWindow preferredHours,
                         @Nullable LocalTime preferredStart) {

    public Preferences {
        desiredDays = Set.copyOf(desiredDays);
        undesiredDays = Set.copyOf(undesiredDays);
    }

    public Preferences(Set<DayOfWeek> desiredDays, Set<DayOfWeek> undesiredDays, @Nullable TimeWindow preferredHours) {
        this(desiredDays, undesiredDays, preferredHours, null);
    }

    public static Preferences none() {
        return new Preferences(Set.of(), Set.of(), null, null);
    }
}
