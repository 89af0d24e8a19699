package dev.frontline.sla;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The opening hours of each day of the week: any number of ranges per day, sorted, never overlapping.
 * A day without ranges is closed. Its text form ({@link #toString()}, {@link #parse}) is how it is
 * stored: {@code MON 09:00-12:00 13:00-18:00;TUE 09:00-18:00}.
 */
public final class WeeklyHours {

    private final Map<DayOfWeek, List<OpeningRange>> days;

    private WeeklyHours(Map<DayOfWeek, List<OpeningRange>> days) {
        this.days = days;
    }

    /**
     * @throws IllegalArgumentException if two ranges of one day overlap
     */
    public static WeeklyHours of(Map<DayOfWeek, List<OpeningRange>> ranges) {
        Map<DayOfWeek, List<OpeningRange>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<OpeningRange> sorted = new ArrayList<>(ranges.getOrDefault(day, List.of()));
            Collections.sort(sorted);
            for (int i = 1; i < sorted.size(); i++) {
                if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                    throw new IllegalArgumentException("ranges on " + day + " overlap: " + sorted.get(i - 1)
                            + " and " + sorted.get(i));
                }
            }
            days.put(day, List.copyOf(sorted));
        }
        return new WeeklyHours(days);
    }

    /** The same ranges on the given days, other days closed. */
    public static WeeklyHours on(List<DayOfWeek> openDays, OpeningRange... ranges) {
        Map<DayOfWeek, List<OpeningRange>> days = new EnumMap<>(DayOfWeek.class);
        openDays.forEach(day -> days.put(day, List.of(ranges)));
        return of(days);
    }

    /** Monday to Friday, 09:00-18:00: what a new workspace starts with. */
    public static WeeklyHours officeHours() {
        return on(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY), OpeningRange.parse("09:00", "18:00"));
    }

    public static WeeklyHours alwaysOpen() {
        return on(List.of(DayOfWeek.values()), OpeningRange.wholeDay());
    }

    public static WeeklyHours parse(String text) {
        Map<DayOfWeek, List<OpeningRange>> days = new EnumMap<>(DayOfWeek.class);
        for (String day : text.split(";")) {
            if (day.isBlank()) {
                continue;
            }
            String[] parts = day.strip().split("\\s+");
            DayOfWeek dayOfWeek = dayOf(parts[0]);
            List<OpeningRange> ranges = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                String[] times = parts[i].split("-");
                ranges.add(OpeningRange.parse(times[0], times[1]));
            }
            days.put(dayOfWeek, ranges);
        }
        return of(days);
    }

    public List<OpeningRange> on(DayOfWeek day) {
        return days.get(day);
    }

    public Map<DayOfWeek, List<OpeningRange>> days() {
        return Collections.unmodifiableMap(days);
    }

    public boolean isAlwaysOpen() {
        return days.values().stream().allMatch(ranges -> ranges.equals(List.of(OpeningRange.wholeDay())));
    }

    public boolean isNeverOpen() {
        return days.values().stream().allMatch(List::isEmpty);
    }

    @Override
    public String toString() {
        return days.entrySet().stream()
                .filter(day -> !day.getValue().isEmpty())
                .map(day -> day.getKey().name().substring(0, 3) + " " + day.getValue().stream()
                        .map(OpeningRange::toString).collect(Collectors.joining(" ")))
                .collect(Collectors.joining(";"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WeeklyHours hours && hours.days.equals(days);
    }

    @Override
    public int hashCode() {
        return days.hashCode();
    }

    private static DayOfWeek dayOf(String abbreviation) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().startsWith(abbreviation) && abbreviation.length() == 3) {
                return day;
            }
        }
        throw new IllegalArgumentException("unknown day " + abbreviation);
    }
}
