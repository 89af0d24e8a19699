package dev.frontline.sla;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * A named closed day or run of days, both ends inclusive. A yearly holiday recurs on the same dates
 * every year from its first one on (one that starts on 29 February starts on 28 February in other years); a yearly range may
 * run over New Year, e.g. 31 December to 2 January.
 */
public record Holiday(UUID id, String name, LocalDate firstDay, LocalDate lastDay, boolean yearly) {

    /** Longest run of days one holiday may cover. */
    public static final int MAX_DAYS = 366;

    public Holiday {
        if (name.isBlank()) {
            throw new IllegalArgumentException("a holiday has a name");
        }
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("a holiday ends on or after its first day");
        }
        if (ChronoUnit.DAYS.between(firstDay, lastDay) >= MAX_DAYS) {
            throw new IllegalArgumentException("a holiday covers at most " + MAX_DAYS + " days");
        }
        if (yearly && ChronoUnit.DAYS.between(firstDay, lastDay) >= 365) {
            throw new IllegalArgumentException("a yearly holiday is shorter than a year");
        }
    }

    public boolean covers(LocalDate day) {
        if (!yearly) {
            return !day.isBefore(firstDay) && !day.isAfter(lastDay);
        }
        long length = ChronoUnit.DAYS.between(firstDay, lastDay);
        for (int year = Math.max(day.getYear() - 1, firstDay.getYear()); year <= day.getYear(); year++) {
            LocalDate start = firstDay.withYear(year);
            if (!day.isBefore(start) && !day.isAfter(start.plusDays(length))) {
                return true;
            }
        }
        return false;
    }
}
