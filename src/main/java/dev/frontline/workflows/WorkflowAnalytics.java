package dev.frontline.workflows;

import dev.frontline.shared.Caller;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.workflows.WorkflowDefinition.Step;
import dev.frontline.workflows.internal.RunStore;
import dev.frontline.workflows.internal.WorkflowStore;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Per-workflow analytics for supervisors: three grouped queries over the workflow's runs, whatever their version. */
@Service
public class WorkflowAnalytics {

    private final WorkflowStore workflows;
    private final RunStore runs;

    WorkflowAnalytics(WorkflowStore workflows, RunStore runs) {
        this.workflows = workflows;
        this.runs = runs;
    }

    @Transactional(readOnly = true)
    public WorkflowReport report(Caller caller, UUID workflowId) {
        caller.require(Role.SUPERVISOR);
        Workflow workflow = workflows.find(caller.workspaceId(), workflowId)
                .orElseThrow(() -> new NotFoundException("Workflow", workflowId));
        Map<String, String> titles = new HashMap<>();
        Map<String, Integer> order = new HashMap<>();
        for (WorkflowDefinition definition : workflows.versions(caller.workspaceId(), workflowId)) {
            definition.steps().forEach(step -> titles.putIfAbsent(step.id(), step.title()));
        }
        List<Step> current = workflow.definition().steps();
        for (int i = 0; i < current.size(); i++) {
            titles.put(current.get(i).id(), current.get(i).title());
            order.put(current.get(i).id(), i);
        }
        RunStore.Counts counts = runs.counts(caller.workspaceId(), workflowId);
        List<WorkflowReport.StepUse> steps = runs.stepCounts(caller.workspaceId(), workflowId).stream()
                .map(step -> new WorkflowReport.StepUse(step.stepId(), titles.getOrDefault(step.stepId(), step.stepId()),
                        step.reached(), step.leftHere(), step.runningHere()))
                .sorted(Comparator.comparing((WorkflowReport.StepUse step) -> order.getOrDefault(step.stepId(), Integer.MAX_VALUE))
                        .thenComparing(WorkflowReport.StepUse::stepId))
                .toList();
        List<WorkflowReport.Outcome> outcomes = runs.outcomes(caller.workspaceId(), workflowId).stream()
                .map(outcome -> new WorkflowReport.Outcome(outcome.stepId(),
                        titles.getOrDefault(outcome.stepId(), outcome.stepId()), outcome.runs()))
                .toList();
        return new WorkflowReport(workflowId, counts.starts(), counts.completions(), counts.abandoned(), counts.running(),
                steps, outcomes);
    }
}
