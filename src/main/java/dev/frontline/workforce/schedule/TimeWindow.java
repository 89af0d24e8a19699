package dev.frontline.workforce.schedule;

import java.time.LocalTime;

/** A span of a day in minutes since midnight, {@code toMinute} exclusive and at most 24:00. */
public record TimeWindow(int fromMinute, int toMinute) {

    public TimeWindow {
        if (fromMinute < 0 || toMinute > ScheduleHorizon.MINUTES_PER_DAY || toMinute <= fromMinute) {
            throw new IllegalArgumentException("a time window runs forward within one day");
        }
    }

    public static TimeWindow of(LocalTime from, LocalTime to) {
        return new TimeWindow(from.toSecondOfDay() / 60, to.equals(LocalTime.MIDNIGHT) ? ScheduleHorizon.MINUTES_PER_DAY : to.toSecondOfDay() / 60);
    }

    public boolean contains(int from, int to) {
        return from >= fromMinute && to <= toMinute;
    }

    /** Minutes of [from, to) that fall outside this window. */
    public int minutesOutside(int from, int to) {
        int inside = Math.max(0, Math.min(to, toMinute) - Math.max(from, fromMinute));
        return (to - from) - inside;
    }
}
