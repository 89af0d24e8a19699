package dev.frontline.workforce.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * When an agent can work: any time, or only inside one window on each listed weekday; dated exceptions override the
 * week (a different window on that date, or not at all), for a doctor's appointment or an exam day.
 */
public record Availability(boolean always, Map<DayOfWeek, TimeWindow> windows, Map<LocalDate, TimeWindow> datedWindows,
                           Set<LocalDate> unavailableDays) {

    public Availability {
        windows = Map.copyOf(windows);
        datedWindows = Map.copyOf(datedWindows);
        unavailableDays = Set.copyOf(unavailableDays);
    }

    public Availability(boolean always, Map<DayOfWeek, TimeWindow> windows) {
        this(always, windows, Map.of(), Set.of());
    }

    public static Availability anyTime() {
        return new Availability(true, Map.of());
    }

    public static Availability only(Map<DayOfWeek, TimeWindow> windows) {
        return new Availability(false, windows);
    }

    /** This availability with dated exceptions added; a date in both wins as unavailable. */
    public Availability withExceptions(Map<LocalDate, TimeWindow> dated, Set<LocalDate> unavailable) {
        return new Availability(always, windows, dated, unavailable);
    }

    /** Whether a shift from {@code fromMinute} to {@code toMinute} (minutes of its own day, possibly past midnight) fits on {@code date}. */
    public boolean allows(LocalDate date, int fromMinute, int toMinute) {
        if (unavailableDays.contains(date)) {
            return false;
        }
        @Nullable TimeWindow dated = datedWindows.get(date);
        if (dated != null) {
            return dated.contains(fromMinute, toMinute);
        }
        if (always) {
            return true;
        }
        @Nullable TimeWindow window = windows.get(date.getDayOfWeek());
        return window != null && window.contains(fromMinute, toMinute);
    }
}
