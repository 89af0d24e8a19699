package dev.frontline.sla.report;

import dev.frontline.shared.InvalidRequestException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * A report's half-open period [from, to), at most {@link #LONGEST} long. Either end is an instant, or a calendar day
 * meaning that day's midnight in the workspace's time zone, so a report "for 1 December" is the same for a supervisor
 * in Seoul and one travelling in Berlin.
 */
public record ReportPeriod(Instant from, Instant to) {

    /** A quarter, so that a 15-minute report stays below 9,000 intervals per group. */
    public static final Duration LONGEST = Duration.ofDays(92);

    public ReportPeriod {
        if (!from.isBefore(to)) {
            throw new InvalidRequestException("from", "must be before to");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw new InvalidRequestException("to", "must be at most " + LONGEST.toDays() + " days after from");
        }
    }

    public static ReportPeriod parse(@Nullable String from, @Nullable String to, ZoneId zone) {
        return new ReportPeriod(instant("from", from, zone), instant("to", to, zone));
    }

    private static Instant instant(String field, @Nullable String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException(field, "is required (a day such as 2026-12-01, or an ISO-8601 instant such as 2026-12-01T00:00:00Z)");
        }
        String value = text.strip();
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(zone).toInstant() : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "must be a day such as 2026-12-01 or an ISO-8601 instant such as 2026-12-01T00:00:00Z");
        }
    }
}
