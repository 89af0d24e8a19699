package dev.frontline.workflows;

import java.time.Instant;
import java.util.UUID;

/** A workflow with its current version's definition. {@code language} is a BCP 47 tag (en, zh-Hans, zh-Hant, ko). */
public record Workflow(UUID id, String name, String language, WorkflowStatus status, int version,
                       WorkflowDefinition definition, Instant createdAt, Instant updatedAt) {
}
