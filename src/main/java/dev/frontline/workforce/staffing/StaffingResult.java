package dev.frontline.workforce.staffing;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * The answer: {@code agents} to schedule (after shrinkage), {@code agentsOnLine} handling contacts, and what
 * those on line achieve. Times in seconds, rates as fractions; {@code averageSpeedOfAnswer} null when the queue
 * grows without bound; {@code abandonment} only with patience (Erlang A).
 */
public record StaffingResult(int agents, int agentsOnLine, double serviceLevel, double probabilityOfWaiting,
                             @Nullable Double averageSpeedOfAnswer, double occupancy,
                             @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Double abandonment) {

    static StaffingResult of(int scheduled, Performance onLine) {
        return new StaffingResult(scheduled, onLine.agents(), onLine.serviceLevel(), onLine.probabilityOfWaiting(),
                onLine.averageSpeedOfAnswer(), onLine.occupancy(), onLine.abandonment());
    }
}
