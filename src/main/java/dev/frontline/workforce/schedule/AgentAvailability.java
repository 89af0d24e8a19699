package dev.frontline.workforce.schedule;

import dev.frontline.shared.InvalidRequestException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An agent's stored availability: one window per weekday they can work ({@code weekly} unset: any time), and dated
 * exceptions, each a different window on that date or, without one, not available at all that day.
 */
public record AgentAvailability(@Nullable Map<DayOfWeek, ScheduleRequest.Window> weekly, List<DatedException> exceptions) {

    static final int MAX_EXCEPTIONS = 100;

    public AgentAvailability {
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    public record DatedException(@Nullable LocalDate day, ScheduleRequest.@Nullable Window window) {
    }

    public static AgentAvailability anyTime() {
        return new AgentAvailability(null, List.of());
    }

    /** Checks the windows and dates; fails with a 400 on {@code field}. */
    AgentAvailability validated(String field) {
        availability(Set.of(), field);
        if (exceptions.size() > MAX_EXCEPTIONS) {
            throw new InvalidRequestException(field, "at most " + MAX_EXCEPTIONS + " dated exceptions");
        }
        return this;
    }

    /** The solver's availability, never on the contract's fixed days off. */
    Availability availability(Set<DayOfWeek> daysOff, String field) {
        Map<DayOfWeek, TimeWindow> windows = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (weekly == null) {
                windows.put(day, new TimeWindow(0, ScheduleHorizon.MINUTES_PER_DAY));
            } else if (weekly.get(day) != null) {
                windows.put(day, window(weekly.get(day), field));
            }
        }
        daysOff.forEach(windows::remove);
        Map<LocalDate, TimeWindow> dated = new HashMap<>();
        Set<LocalDate> unavailable = new HashSet<>();
        for (DatedException exception : exceptions) {
            if (exception.day() == null) {
                throw new InvalidRequestException(field, "every exception needs a day");
            }
            if (exception.window() == null) {
                unavailable.add(exception.day());
            } else {
                dated.put(exception.day(), window(exception.window(), field));
            }
        }
        Availability base = weekly == null && daysOff.isEmpty() ? Availability.anyTime() : Availability.only(windows);
        return base.withExceptions(dated, unavailable);
    }

    private static TimeWindow window(ScheduleRequest.Window window, String field) {
        @Nullable LocalTime from = window.from();
        @Nullable LocalTime to = window.to();
        if (from == null || to == null) {
            throw new InvalidRequestException(field, "every window needs from and to");
        }
        try {
            return TimeWindow.of(from, to);
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException(field, "a window runs forward within one day (to 24:00 at the latest)");
        }
    }
}
