package dev.frontline.workforce.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An agent's request for whole days off; once approved no schedule puts them on shift then. */
public record TimeOffRequest(UUID id, UUID userId, String agentName, LocalDate firstDay, LocalDate lastDay, @Nullable String reason, Status status,
                             @Nullable Instant decidedAt, Instant createdAt) {

    public enum Status { REQUESTED, APPROVED, DECLINED }
}
