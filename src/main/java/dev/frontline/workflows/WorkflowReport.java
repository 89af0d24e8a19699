package dev.frontline.workflows;

import java.util.List;
import java.util.UUID;

/**
 * How a workflow is used, over all its versions: runs started, completed (a leaf reached), abandoned and still
 * running; per step how many runs reached it and how many were left there; per leaf how many runs ended on it.
 * Steps are named by their title in the current version (or the latest version that had them).
 */
public record WorkflowReport(UUID workflowId, long starts, long completions, long abandoned, long running,
                             List<StepUse> steps, List<Outcome> outcomes) {

    public record StepUse(String stepId, String title, long reached, long leftHere, long runningHere) {
    }

    public record Outcome(String stepId, String title, long runs) {
    }
}
