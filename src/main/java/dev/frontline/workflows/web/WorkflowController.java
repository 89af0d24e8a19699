package dev.frontline.workflows.web;

import dev.frontline.knowledge.ArticleLanguage;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.web.RequiresRole;
import dev.frontline.workflows.Workflow;
import dev.frontline.workflows.WorkflowAnalytics;
import dev.frontline.workflows.WorkflowDefinition;
import dev.frontline.workflows.WorkflowReport;
import dev.frontline.workflows.WorkflowStatus;
import dev.frontline.workflows.WorkflowSummary;
import dev.frontline.workflows.Workflows;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class WorkflowController {

    record NewWorkflow(@NotBlank @Size(max = 200) String name, @NotBlank String language,
                       @NotNull WorkflowDefinition definition) {
    }

    record Changes(@Nullable @Size(min = 1, max = 200) String name, @Nullable String language,
                   @Nullable WorkflowDefinition definition) {
    }

    record StatusChange(@NotNull WorkflowStatus status) {
    }

    private final Workflows workflows;
    private final WorkflowAnalytics analytics;

    WorkflowController(Workflows workflows, WorkflowAnalytics analytics) {
        this.workflows = workflows;
        this.analytics = analytics;
    }

    @GetMapping("/api/v1/workflows")
    List<WorkflowSummary> list(@AuthenticationPrincipal Caller caller,
                               @RequestParam(required = false) @Nullable String language,
                               @RequestParam(required = false) @Nullable WorkflowStatus status) {
        return workflows.list(caller, language == null ? null : ArticleLanguage.of("language", language), status);
    }

    @PostMapping("/api/v1/workflows")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresRole(Role.SUPERVISOR)
    Workflow create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody NewWorkflow body) {
        return workflows.create(caller, body.name(), ArticleLanguage.of("language", body.language()), body.definition());
    }

    @GetMapping("/api/v1/workflows/{id}")
    Workflow get(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return workflows.get(caller, id);
    }

    @PutMapping("/api/v1/workflows/{id}")
    @RequiresRole(Role.SUPERVISOR)
    Workflow update(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @Valid @RequestBody Changes body) {
        return workflows.update(caller, id, body.name(),
                body.language() == null ? null : ArticleLanguage.of("language", body.language()), body.definition());
    }

    @PostMapping("/api/v1/workflows/{id}/status")
    @RequiresRole(Role.SUPERVISOR)
    Workflow changeStatus(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                          @Valid @RequestBody StatusChange body) {
        return workflows.changeStatus(caller, id, body.status());
    }

    @GetMapping("/api/v1/workflows/{id}/analytics")
    @RequiresRole(Role.SUPERVISOR)
    WorkflowReport analytics(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return analytics.report(caller, id);
    }
}
