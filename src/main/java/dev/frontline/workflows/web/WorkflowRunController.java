package dev.frontline.workflows.web;

import dev.frontline.shared.Caller;
import dev.frontline.workflows.WorkflowRun;
import dev.frontline.workflows.WorkflowRuns;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Runs on a conversation. Every move answers the run as it now is; the move and the read are separate transactions. */
@RestController
class WorkflowRunController {

    record Start(@NotNull UUID workflowId) {
    }

    record Answer(@NotBlank String stepId, @NotBlank String answerId) {
    }

    record AtStep(@NotBlank String stepId) {
    }

    private final WorkflowRuns runs;

    WorkflowRunController(WorkflowRuns runs) {
        this.runs = runs;
    }

    /** The conversation's running workflow, or 204 when none runs. */
    @GetMapping("/api/v1/conversations/{conversationId}/workflow-run")
    ResponseEntity<WorkflowRun> running(@AuthenticationPrincipal Caller caller, @PathVariable UUID conversationId) {
        return runs.running(caller, conversationId).map(id -> ResponseEntity.ok(runs.view(caller, id)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @PostMapping("/api/v1/conversations/{conversationId}/workflow-run")
    ResponseEntity<WorkflowRun> start(@AuthenticationPrincipal Caller caller, @PathVariable UUID conversationId,
                                      @Valid @RequestBody Start body) {
        UUID id = runs.start(caller, conversationId, body.workflowId());
        return ResponseEntity.status(HttpStatus.CREATED).body(runs.view(caller, id));
    }

    @GetMapping("/api/v1/workflow-runs/{id}")
    WorkflowRun get(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return runs.view(caller, id);
    }

    @PostMapping("/api/v1/workflow-runs/{id}/answer")
    WorkflowRun answer(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @Valid @RequestBody Answer body) {
        runs.answer(caller, id, body.stepId(), body.answerId());
        return runs.view(caller, id);
    }

    @PostMapping("/api/v1/workflow-runs/{id}/back")
    WorkflowRun back(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @Valid @RequestBody AtStep body) {
        runs.back(caller, id, body.stepId());
        return runs.view(caller, id);
    }

    @PostMapping("/api/v1/workflow-runs/{id}/restart")
    WorkflowRun restart(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @Valid @RequestBody AtStep body) {
        runs.restart(caller, id, body.stepId());
        return runs.view(caller, id);
    }

    @PostMapping("/api/v1/workflow-runs/{id}/stop")
    WorkflowRun stop(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        runs.stop(caller, id);
        return runs.view(caller, id);
    }
}
