package dev.frontline.workforce.schedule;

import java.time.DayOfWeek;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an agent would like: days they want to work, days they would rather not, and hours they prefer. */
public record Preferences(Set<DayOfWeek> desiredDays, Set<DayOfWeek> undesiredDays, @Nullable TimeWindow preferredHours) {

    public Preferences {
        desiredDays = Set.copyOf(desiredDays);
        undesiredDays = Set.copyOf(undesiredDays);
    }

    public static Preferences none() {
        return new Preferences(Set.of(), Set.of(), null);
    }
}
