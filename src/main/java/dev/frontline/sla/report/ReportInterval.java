package dev.frontline.sla.report;

import dev.frontline.shared.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The length of a report row, counted in the workspace's time zone: a 30-minute interval starts at :00 or
 * :30 local time (also in zones offset by a half or quarter hour), a day at local midnight (23 or 25 hours
 * long on DST changes).
 */
public enum ReportInterval {
    MINUTES_15("15m", 15), MINUTES_30("30m", 30), MINUTES_60("60m", 60), DAY("day", 0);

    private final String code;
    private final int minutes;

    ReportInterval(String code, int minutes) {
        this.code = code;
        this.minutes = minutes;
    }

    public String code() {
        return code;
    }

    /** The start of the interval {@code at} falls in. */
    public Instant startOf(Instant at, ZoneId zone) {
        ZonedDateTime local = at.atZone(zone);
        if (this == DAY) {
            return local.toLocalDate().atStartOfDay(zone).toInstant();
        }
        LocalDateTime start = local.toLocalDateTime().withSecond(0).withNano(0)
                .withMinute(local.getMinute() / minutes * minutes);
        // ofLocal with the instant's own offset keeps the earlier or later hour of a DST overlap apart.
        return ZonedDateTime.ofLocal(start, zone, local.getOffset()).toInstant();
    }

    public static ReportInterval parse(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return DAY;
        }
        return Arrays.stream(values()).filter(interval -> interval.code.equals(code.strip())).findFirst()
                .orElseThrow(() -> new InvalidRequestException("interval", "must be one of "
                        + Arrays.stream(values()).map(ReportInterval::code).collect(Collectors.joining(", "))));
    }
}
