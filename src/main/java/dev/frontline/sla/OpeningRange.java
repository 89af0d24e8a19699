package dev.frontline.sla;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * One range of opening hours within a day, as wall-clock minutes since midnight: from inclusive, to
 * exclusive, {@code to} up to 1440 ("24:00"), so a night shift is 22:00-24:00 plus 00:00-06:00 the next day.
 */
public record OpeningRange(int fromMinute, int toMinute) implements Comparable<OpeningRange> {

    public static final int END_OF_DAY = 24 * 60;

    public OpeningRange {
        if (fromMinute < 0 || fromMinute >= END_OF_DAY || toMinute <= 0 || toMinute > END_OF_DAY) {
            throw new IllegalArgumentException("a range lies between 00:00 and 24:00");
        }
        if (toMinute <= fromMinute) {
            throw new IllegalArgumentException("a range ends after it starts");
        }
    }

    /** Parses "HH:mm" times; "24:00" is allowed as the end. */
    public static OpeningRange parse(String from, String to) {
        return new OpeningRange(minuteOf(from, false), minuteOf(to, true));
    }

    public static OpeningRange wholeDay() {
        return new OpeningRange(0, END_OF_DAY);
    }

    public String from() {
        return format(fromMinute);
    }

    public String to() {
        return format(toMinute);
    }

    public boolean overlaps(OpeningRange other) {
        return fromMinute < other.toMinute && other.fromMinute < toMinute;
    }

    @Override
    public int compareTo(OpeningRange other) {
        return Integer.compare(fromMinute, other.fromMinute);
    }

    @Override
    public String toString() {
        return from() + "-" + to();
    }

    private static int minuteOf(String time, boolean endOfDayAllowed) {
        String value = time.strip();
        if (endOfDayAllowed && value.equals("24:00")) {
            return END_OF_DAY;
        }
        if (!value.matches("\\d{2}:\\d{2}")) {
            throw new IllegalArgumentException("times are written HH:mm, e.g. 09:00");
        }
        try {
            LocalTime parsed = LocalTime.parse(value);
            return parsed.getHour() * 60 + parsed.getMinute();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("times are written HH:mm, e.g. 09:00");
        }
    }

    private static String format(int minute) {
        return "%02d:%02d".formatted(minute / 60, minute % 60);
    }
}
