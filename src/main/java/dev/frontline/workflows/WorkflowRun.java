package dev.frontline.workflows;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A run as the agent sees it: the step it is on (the outcome once COMPLETED), the way there, and for a completed
 * run what its leaf's actions did or offer ({@code results}).
 */
public record WorkflowRun(UUID id, UUID workflowId, String workflowName, int version, UUID conversationId,
                          RunStatus status, WorkflowDefinition.Step step, List<PathStep> path, List<Result> results,
                          Instant startedAt, @Nullable Instant endedAt) {

    /** A step walked before the current one and the answer given there. */
    public record PathStep(String stepId, String title, @Nullable String answer) {
    }

    /**
     * One leaf action. ARTICLE: {@code id} and {@code title} of the article to read or link; CANNED_REPLY: {@code id},
     * {@code title} and {@code text} to put into the reply; TAGS, PRIORITY, ESCALATE: what was applied ({@code title}
     * is the tags, the priority or the queue's name). {@code available} is false when the article or canned
     * response is gone since the workflow was saved.
     */
    public record Result(WorkflowDefinition.ActionType type, @Nullable UUID id, String title, @Nullable String text,
                         boolean available) {
    }
}
