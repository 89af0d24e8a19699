package dev.frontline.workforce.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The days a schedule covers. Times inside a schedule are minutes since midnight of its first day on the
 * workspace's wall clock (a daylight-saving change moves no shift), cut into {@value #INTERVAL_MINUTES}-minute
 * intervals numbered from 0.
 */
public record ScheduleHorizon(LocalDate firstDay, int days) {

    public static final int INTERVAL_MINUTES = 15;
    public static final int MINUTES_PER_DAY = 24 * 60;

    public ScheduleHorizon {
        if (days < 1 || days > 62) {
            throw new IllegalArgumentException("a schedule covers 1 to 62 days");
        }
    }

    public LocalDate day(int dayIndex) {
        return firstDay.plusDays(dayIndex);
    }

    public int intervals() {
        return days * MINUTES_PER_DAY / INTERVAL_MINUTES;
    }

    /** Weeks run Monday to Sunday; the first (possibly partial) week is 0. */
    public int weekOf(int dayIndex) {
        int mondayOffset = firstDay.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue();
        return (dayIndex + mondayOffset) / 7;
    }

    /** How many days of a week lie inside the horizon, so weekly contract terms can be prorated. */
    public int daysInWeek(int week) {
        int count = 0;
        for (int day = 0; day < days; day++) {
            if (weekOf(day) == week) {
                count++;
            }
        }
        return count;
    }

    public LocalDateTime at(int minute) {
        return firstDay.atStartOfDay().plusMinutes(minute);
    }

    public int minuteOf(LocalDateTime time) {
        return (int) java.time.Duration.between(firstDay.atStartOfDay(), time).toMinutes();
    }
}
