package dev.frontline.sla.report;

import dev.frontline.shared.InvalidRequestException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** What a report's rows are split by, besides the interval. */
public enum Grouping {
    NONE, CHANNEL, QUEUE, TEAM, AGENT;

    public static Grouping parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        return Arrays.stream(values()).filter(grouping -> grouping.name().equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> new InvalidRequestException("groupBy", "must be one of " + Arrays.stream(values())
                        .map(grouping -> grouping.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
    }
}
