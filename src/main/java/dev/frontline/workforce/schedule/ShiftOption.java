package dev.frontline.workforce.schedule;

import java.util.List;

/**
 * One way to work a day: a template's start time and lunch placement, with the breaks that follow, in schedule
 * minutes. The values the solver picks from; equal only to itself.
 */
public final class ShiftOption {

    private final ShiftTemplate template;
    private final int dayIndex;
    private final int start;
    private final int end;
    private final List<Activity> breaks;
    private final int[] workingIntervals;
    private final int paidMinutes;

    ShiftOption(ShiftTemplate template, int dayIndex, int start, List<Activity> breaks) {
        this.template = template;
        this.dayIndex = dayIndex;
        this.start = start;
        this.end = start + template.lengthMinutes();
        this.breaks = List.copyOf(breaks);
        this.workingIntervals = java.util.stream.IntStream.range(start / ScheduleHorizon.INTERVAL_MINUTES, end / ScheduleHorizon.INTERVAL_MINUTES)
                .filter(interval -> breaks.stream().noneMatch(activity -> activity.overlaps(interval * ScheduleHorizon.INTERVAL_MINUTES,
                        (interval + 1) * ScheduleHorizon.INTERVAL_MINUTES)))
                .toArray();
        this.paidMinutes = template.lengthMinutes() - breaks.stream().filter(activity -> activity.kind() == Activity.Kind.LUNCH)
                .mapToInt(activity -> activity.end() - activity.start()).sum();
    }

    public ShiftTemplate template() {
        return template;
    }

    public int dayIndex() {
        return dayIndex;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public List<Activity> breaks() {
        return breaks;
    }

    /** The intervals the agent is at work and not on a break or at lunch. */
    public int[] workingIntervals() {
        return workingIntervals;
    }

    public int paidMinutes() {
        return paidMinutes;
    }

    /** Start and end as minutes of the shift's own day (the end may pass midnight). */
    public int startOfDay() {
        return start - dayIndex * ScheduleHorizon.MINUTES_PER_DAY;
    }

    public int endOfDay() {
        return end - dayIndex * ScheduleHorizon.MINUTES_PER_DAY;
    }

    /** Whether a meeting from {@code from} to {@code to} lies inside this shift and clear of its breaks and lunch. */
    public boolean hosts(int from, int to) {
        return from >= start && to <= end && breaks.stream().noneMatch(activity -> activity.overlaps(from, to));
    }

    public boolean overlaps(int from, int to) {
        return start < to && from < end;
    }

    @Override
    public String toString() {
        return template.name() + "@" + start + "-" + end;
    }
}
