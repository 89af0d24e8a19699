package dev.frontline.workflows;

import java.time.Instant;
import java.util.UUID;

/** A workflow in a list, without its definition. */
public record WorkflowSummary(UUID id, String name, String language, WorkflowStatus status, int version,
                              Instant updatedAt) {
}
