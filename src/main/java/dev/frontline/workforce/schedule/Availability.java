package dev.frontline.workforce.schedule;

import java.time.DayOfWeek;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** When an agent can work: any time, or only inside one window on each listed weekday. */
public record Availability(boolean always, Map<DayOfWeek, TimeWindow> windows) {

    public Availability {
        windows = Map.copyOf(windows);
    }

    public static Availability anyTime() {
        return new Availability(true, Map.of());
    }

    public static Availability only(Map<DayOfWeek, TimeWindow> windows) {
        return new Availability(false, windows);
    }

    /** Whether a shift from {@code fromMinute} to {@code toMinute} (minutes of its own day, possibly past midnight) fits. */
    public boolean allows(DayOfWeek day, int fromMinute, int toMinute) {
        if (always) {
            return true;
        }
        @Nullable TimeWindow window = windows.get(day);
        return window != null && window.contains(fromMinute, toMinute);
    }
}
