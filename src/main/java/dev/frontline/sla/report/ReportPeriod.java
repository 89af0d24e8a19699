package dev.frontline.sla.report;

import dev.frontline.shared.InvalidRequestException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** A report's half-open period [from, to), at most {@link #LONGEST} long. */
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

    public static ReportPeriod parse(@Nullable String from, @Nullable String to) {
        return new ReportPeriod(instant("from", from), instant("to", to));
    }

    private static Instant instant(String field, @Nullable String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException(field, "is required (an ISO-8601 instant such as 2026-12-01T00:00:00Z)");
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "must be an ISO-8601 instant such as 2026-12-01T00:00:00Z");
        }
    }
}
