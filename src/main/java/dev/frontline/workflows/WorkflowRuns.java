package dev.frontline.workflows;

import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.ConversationTimeline;
import dev.frontline.shared.Actor;
import dev.frontline.shared.Caller;
import dev.frontline.shared.ConflictException;
import dev.frontline.shared.Ids;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.WorkspaceId;
import dev.frontline.workflows.WorkflowDefinition.Answer;
import dev.frontline.workflows.WorkflowDefinition.Step;
import dev.frontline.workflows.internal.LeafActions;
import dev.frontline.workflows.internal.RunStore;
import dev.frontline.workflows.internal.RunStore.Run;
import dev.frontline.workflows.internal.WorkflowStore;
import dev.frontline.workflows.internal.WorkflowStore.VersionedDefinition;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agents walking a workflow on a conversation. A run is a row (the path walked, the version it started on), so it
 * resumes after a reload and on any node; each move is one transaction that locks the run and names the step the
 * agent saw, so two windows cannot both move it (409). Every move is written on the conversation's timeline
 * ({@code workflow_started}, {@code workflow_answered}, {@code workflow_back}, {@code workflow_restarted},
 * {@code workflow_completed}, {@code workflow_stopped}) so colleagues see what was tried. Reaching a leaf completes
 * the run and applies its actions in the same transaction. One workflow runs per conversation at a time: starting
 * another abandons the one running. Any member of the workspace may move a run (a colleague may take over).
 */
@Service
public class WorkflowRuns {

    private final WorkflowStore workflows;
    private final RunStore runs;
    private final ConversationQueries conversations;
    private final ConversationTimeline timeline;
    private final LeafActions actions;
    private final Clock clock;

    WorkflowRuns(WorkflowStore workflows, RunStore runs, ConversationQueries conversations, ConversationTimeline timeline,
                 LeafActions actions, Clock clock) {
        this.workflows = workflows;
        this.runs = runs;
        this.conversations = conversations;
        this.timeline = timeline;
        this.actions = actions;
        this.clock = clock;
    }

    /** Starts a published workflow's current version on the conversation; answers the run's id. */
    @Transactional
    public UUID start(Caller caller, UUID conversationId, UUID workflowId) {
        WorkspaceId workspace = caller.workspaceId();
        conversations.get(workspace, new ConversationId(conversationId));
        Workflow workflow = workflows.find(workspace, workflowId)
                .filter(found -> found.status() == WorkflowStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("Workflow", workflowId));
        runs.running(workspace, conversationId, true)
                .ifPresent(running -> abandon(workspace, running, caller.asActor(), "replaced"));
        Instant now = clock.instant();
        Run run = new Run(Ids.newId(), workflowId, workflow.version(), conversationId, RunStatus.RUNNING,
                List.of(workflow.definition().start()), null, caller.userId().value(), now, null);
        try {
            runs.insert(workspace, run);
        } catch (DuplicateKeyException raced) {
            throw new ConflictException("Another workflow was just started on this conversation.");
        }
        runs.reached(run.id(), run.currentStep(), null, now);
        Step first = workflow.definition().step(run.currentStep()).orElseThrow();
        record(caller, run, "workflow_started", Map.of("workflowName", workflow.name(), "version", workflow.version(),
                "step", first.title()));
        if (first.leaf()) {
            complete(caller, run, workflow.name(), run.path(), first, now);
        }
        return run.id();
    }

    /** Answers {@code answerId} on {@code stepId}, the step the agent saw (409 if the run has moved on since). */
    @Transactional
    public void answer(Caller caller, UUID runId, String stepId, String answerId) {
        Run run = running(caller, runId, stepId);
        VersionedDefinition workflow = definition(caller, run);
        Step step = workflow.definition().step(run.currentStep()).orElseThrow();
        Answer answer = step.answer(answerId).orElseThrow(() -> new InvalidRequestException("answerId", "is not an answer of this step"));
        Step next = workflow.definition().step(answer.next()).orElseThrow();
        List<String> path = new ArrayList<>(run.path());
        path.add(next.id());
        Instant now = clock.instant();
        runs.reached(run.id(), next.id(), answer.id(), now);
        record(caller, run, "workflow_answered", Map.of("workflowName", workflow.name(), "step", step.title(),
                "question", step.question() == null ? "" : step.question(), "answer", answer.label(), "next", next.title()));
        if (next.leaf()) {
            complete(caller, run, workflow.name(), path, next, now);
        } else {
            runs.update(caller.workspaceId(), run.id(), path, RunStatus.RUNNING, null, now);
        }
    }

    /** Back to the previous step (409 on the first one). */
    @Transactional
    public void back(Caller caller, UUID runId, String stepId) {
        Run run = running(caller, runId, stepId);
        if (run.path().size() < 2) {
            throw new ConflictException("This is the workflow's first step.");
        }
        List<String> path = new ArrayList<>(run.path().subList(0, run.path().size() - 1));
        moveTo(caller, run, path, "workflow_back");
    }

    /** Back to the first step. */
    @Transactional
    public void restart(Caller caller, UUID runId, String stepId) {
        Run run = running(caller, runId, stepId);
        moveTo(caller, run, List.of(run.path().getFirst()), "workflow_restarted");
    }

    /** The agent leaves the workflow where it is; analytics count it as left on that step. */
    @Transactional
    public void stop(Caller caller, UUID runId) {
        Run run = runs.find(caller.workspaceId(), runId, true).orElseThrow(() -> new NotFoundException("Workflow run", runId));
        if (run.status() != RunStatus.RUNNING) {
            throw new ConflictException("This workflow run has already ended.");
        }
        abandon(caller.workspaceId(), run, caller.asActor(), "stopped");
    }

    /** The conversation's running workflow, if any. */
    @Transactional(readOnly = true)
    public Optional<UUID> running(Caller caller, UUID conversationId) {
        conversations.get(caller.workspaceId(), new ConversationId(conversationId));
        return runs.running(caller.workspaceId(), conversationId, false).map(Run::id);
    }

    /**
     * The run as the agent sees it. Deliberately not one transaction: the leaf's article and canned reply are looked
     * up each in their own, so one deleted since is shown as unavailable instead of failing the whole view.
     */
    public WorkflowRun view(Caller caller, UUID runId) {
        Run run = runs.find(caller.workspaceId(), runId, false).orElseThrow(() -> new NotFoundException("Workflow run", runId));
        VersionedDefinition workflow = definition(caller, run);
        WorkflowDefinition definition = workflow.definition();
        Step step = definition.step(run.currentStep()).orElseThrow();
        List<WorkflowRun.PathStep> path = new ArrayList<>();
        for (int i = 0; i < run.path().size() - 1; i++) {
            Step walked = definition.step(run.path().get(i)).orElseThrow();
            String nextId = run.path().get(i + 1);
            String answer = walked.answers().stream().filter(a -> a.next().equals(nextId)).map(Answer::label).findFirst()
                    .orElse(null);
            path.add(new WorkflowRun.PathStep(walked.id(), walked.title(), answer));
        }
        List<WorkflowRun.Result> results = run.status() == RunStatus.COMPLETED ? actions.describe(caller, step) : List.of();
        return new WorkflowRun(run.id(), run.workflowId(), workflow.name(), run.version(), run.conversationId(),
                run.status(), step, path, results, run.startedAt(), run.endedAt());
    }

    private void moveTo(Caller caller, Run run, List<String> path, String kind) {
        VersionedDefinition workflow = definition(caller, run);
        Instant now = clock.instant();
        Step step = workflow.definition().step(path.getLast()).orElseThrow();
        runs.reached(run.id(), step.id(), null, now);
        runs.update(caller.workspaceId(), run.id(), path, RunStatus.RUNNING, null, now);
        record(caller, run, kind, Map.of("workflowName", workflow.name(), "step", step.title()));
    }

    private void complete(Caller caller, Run run, String workflowName, List<String> path, Step leaf, Instant now) {
        List<String> applied = actions.apply(caller, new ConversationId(run.conversationId()), workflowName, leaf);
        runs.update(caller.workspaceId(), run.id(), path, RunStatus.COMPLETED, leaf.id(), now);
        record(caller, run, "workflow_completed", LeafActions.outcome(workflowName, leaf, applied));
    }

    /** Ends a running run where it is; analytics count it as left on that step. */
    private void abandon(WorkspaceId workspace, Run run, Actor actor, String reason) {
        VersionedDefinition workflow = workflows.version(workspace, run.workflowId(), run.version()).orElseThrow();
        Step step = workflow.definition().step(run.currentStep()).orElseThrow();
        runs.update(workspace, run.id(), run.path(), RunStatus.ABANDONED, null, clock.instant());
        record(workspace, actor, run, "workflow_stopped", Map.of("workflowName", workflow.name(), "step", step.title(),
                "reason", reason));
    }

    private Run running(Caller caller, UUID runId, String stepId) {
        Run run = runs.find(caller.workspaceId(), runId, true).orElseThrow(() -> new NotFoundException("Workflow run", runId));
        if (run.status() != RunStatus.RUNNING) {
            throw new ConflictException("This workflow run has already ended.");
        }
        if (!run.currentStep().equals(stepId)) {
            throw new ConflictException("This workflow run has moved on (in another window?); reload it.");
        }
        return run;
    }

    private VersionedDefinition definition(Caller caller, Run run) {
        return workflows.version(caller.workspaceId(), run.workflowId(), run.version()).orElseThrow();
    }

    private void record(Caller caller, Run run, String kind, Map<String, ?> detail) {
        record(caller.workspaceId(), caller.asActor(), run, kind, detail);
    }

    private void record(WorkspaceId workspace, Actor actor, Run run, String kind, Map<String, ?> detail) {
        Map<String, Object> withRun = new HashMap<>(detail);
        withRun.put("runId", run.id());
        withRun.put("workflowId", run.workflowId());
        timeline.record(workspace, new ConversationId(run.conversationId()), kind, actor, withRun);
    }

    /** Abandons the conversation's running workflow because the conversation ended (in the changing transaction). */
    void abandonOn(WorkspaceId workspace, ConversationId conversation, Actor actor) {
        runs.running(workspace, conversation.value(), true).ifPresent(run -> abandon(workspace, run, actor, "conversation_ended"));
    }
}
