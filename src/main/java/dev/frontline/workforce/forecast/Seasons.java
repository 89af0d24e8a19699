package dev.frontline.workforce.forecast;

/**
 * The seasonal periods of an interval series that starts at the beginning of a week: {@code perDay} intervals a
 * day (96 for 15 minutes, 48 for 30), seven days a week.
 */
public record Seasons(int perDay) {

    public Seasons {
        if (perDay < 1) {
            throw new IllegalArgumentException("perDay must be positive");
        }
    }

    public int perWeek() {
        return 7 * perDay;
    }
}
