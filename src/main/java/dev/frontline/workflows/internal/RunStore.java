package dev.frontline.workflows.internal;

import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import dev.frontline.workflows.RunStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Runs, the steps they reached, and the counts analytics reads; every statement is scoped to a workspace. */
@Repository
public class RunStore {

    private static final TypeReference<List<String>> STEP_IDS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RunStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A run's row. {@code path} holds the step ids walked, the current step last. */
    public record Run(UUID id, UUID workflowId, int version, UUID conversationId, RunStatus status, List<String> path,
                      @Nullable String outcomeStep, UUID startedBy, Instant startedAt, @Nullable Instant endedAt) {

        public String currentStep() {
            return path.getLast();
        }
    }

    public void insert(WorkspaceId workspace, Run run) {
        jdbc.sql("""
                insert into workflow_runs (id, workspace_id, workflow_id, version, conversation_id, active_conversation_id,
                    status, path, current_step, started_by, started_at, updated_at)
                values (?, ?, ?, ?, ?, ?, 'RUNNING', ?, ?, ?, ?, ?)""")
                .params(run.id(), workspace.value(), run.workflowId(), run.version(), run.conversationId(),
                        run.conversationId(), json.writeValueAsString(run.path()), run.currentStep(), run.startedBy(),
                        Timestamps.sql(run.startedAt()), Timestamps.sql(run.startedAt()))
                .update();
    }

    /** Moves a running run to {@code path}; with a {@code status} other than RUNNING it ends there. */
    public void update(WorkspaceId workspace, UUID id, List<String> path, RunStatus status, @Nullable String outcomeStep,
                       Instant now) {
        boolean ended = status != RunStatus.RUNNING;
        jdbc.sql("""
                update workflow_runs set path = ?, current_step = ?, status = ?, outcome_step = ?, updated_at = ?,
                    ended_at = ?, active_conversation_id = case when ? then null else active_conversation_id end
                where workspace_id = ? and id = ?""")
                .params(json.writeValueAsString(path), path.getLast(), status.name(), outcomeStep, Timestamps.sql(now),
                        ended ? Timestamps.sql(now) : null, ended, workspace.value(), id)
                .update();
    }

    public void reached(UUID run, String stepId, @Nullable String answerId, Instant now) {
        jdbc.sql("""
                insert into workflow_run_steps (run_id, position, step_id, answer_id, reached_at)
                values (?, (select coalesce(max(position), 0) + 1 from workflow_run_steps where run_id = ?), ?, ?, ?)""")
                .params(run, run, stepId, answerId, Timestamps.sql(now))
                .update();
    }

    public Optional<Run> find(WorkspaceId workspace, UUID id, boolean forUpdate) {
        return jdbc.sql("select * from workflow_runs where workspace_id = ? and id = ?" + (forUpdate ? " for update" : ""))
                .params(workspace.value(), id).query(this::run).optional();
    }

    /** The conversation's running run, locked when {@code forUpdate}. */
    public Optional<Run> running(WorkspaceId workspace, UUID conversation, boolean forUpdate) {
        return jdbc.sql("select * from workflow_runs where workspace_id = ? and active_conversation_id = ?"
                        + (forUpdate ? " for update" : ""))
                .params(workspace.value(), conversation).query(this::run).optional();
    }

    public record Counts(long starts, long completions, long abandoned, long running) {
    }

    public Counts counts(WorkspaceId workspace, UUID workflow) {
        return jdbc.sql("""
                select count(*) as starts,
                       coalesce(sum(case when status = 'COMPLETED' then 1 else 0 end), 0) as completions,
                       coalesce(sum(case when status = 'ABANDONED' then 1 else 0 end), 0) as abandoned,
                       coalesce(sum(case when status = 'RUNNING' then 1 else 0 end), 0) as running
                from workflow_runs where workspace_id = ? and workflow_id = ?""")
                .params(workspace.value(), workflow)
                .query((rs, n) -> new Counts(rs.getLong("starts"), rs.getLong("completions"), rs.getLong("abandoned"),
                        rs.getLong("running")))
                .single();
    }

    public record StepCount(String stepId, long reached, long leftHere, long runningHere) {
    }

    /** Per step: runs that reached it (once per run), runs abandoned on it, runs now on it. */
    public List<StepCount> stepCounts(WorkspaceId workspace, UUID workflow) {
        return jdbc.sql("""
                select s.step_id, count(distinct s.run_id) as reached,
                       count(distinct case when r.status = 'ABANDONED' and r.current_step = s.step_id then r.id end) as left_here,
                       count(distinct case when r.status = 'RUNNING' and r.current_step = s.step_id then r.id end) as running_here
                from workflow_run_steps s join workflow_runs r on r.id = s.run_id
                where r.workspace_id = ? and r.workflow_id = ?
                group by s.step_id""")
                .params(workspace.value(), workflow)
                .query((rs, n) -> new StepCount(rs.getString("step_id"), rs.getLong("reached"), rs.getLong("left_here"),
                        rs.getLong("running_here")))
                .list();
    }

    public record OutcomeCount(String stepId, long runs) {
    }

    public List<OutcomeCount> outcomes(WorkspaceId workspace, UUID workflow) {
        return jdbc.sql("""
                select outcome_step, count(*) as runs from workflow_runs
                where workspace_id = ? and workflow_id = ? and status = 'COMPLETED'
                group by outcome_step order by runs desc, outcome_step""")
                .params(workspace.value(), workflow)
                .query((rs, n) -> new OutcomeCount(rs.getString("outcome_step"), rs.getLong("runs")))
                .list();
    }

    private Run run(ResultSet rs, int n) throws SQLException {
        return new Run(rs.getObject("id", UUID.class), rs.getObject("workflow_id", UUID.class), rs.getInt("version"),
                rs.getObject("conversation_id", UUID.class), RunStatus.valueOf(rs.getString("status")),
                json.readValue(rs.getString("path"), STEP_IDS), rs.getString("outcome_step"),
                rs.getObject("started_by", UUID.class), Timestamps.read(rs, "started_at"), Timestamps.read(rs, "ended_at"));
    }
}
