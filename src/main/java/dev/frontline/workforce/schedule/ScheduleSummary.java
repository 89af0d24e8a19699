package dev.frontline.workforce.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A schedule without its shifts: status of its solve, its score and the share of required coverage staffed. */
public record ScheduleSummary(UUID id, LocalDate firstDay, int days, ScheduleStatus status, @Nullable String score,
                              @Nullable Integer hardViolations, @Nullable Double coverage, @Nullable String failure, Instant createdAt,
                              @Nullable Instant finishedAt, @Nullable Instant publishedAt) {
}
