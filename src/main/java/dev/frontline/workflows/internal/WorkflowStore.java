package dev.frontline.workflows.internal;

import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import dev.frontline.workflows.Workflow;
import dev.frontline.workflows.WorkflowDefinition;
import dev.frontline.workflows.WorkflowStatus;
import dev.frontline.workflows.WorkflowSummary;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Workflows and their versions; every statement is scoped to a workspace. */
@Repository
public class WorkflowStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    WorkflowStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(WorkspaceId workspace, UUID id, String name, String language, WorkflowDefinition definition,
                       UUID author, Instant now) {
        jdbc.sql("""
                insert into workflows (id, workspace_id, name, language, status, version, created_by, created_at, updated_at)
                values (?, ?, ?, ?, 'DRAFT', 1, ?, ?, ?)""")
                .params(id, workspace.value(), name, language, author, Timestamps.sql(now), Timestamps.sql(now))
                .update();
        insertVersion(workspace, id, 1, name, definition, author, now);
    }

    public void insertVersion(WorkspaceId workspace, UUID id, int version, String name, WorkflowDefinition definition,
                              UUID author, Instant now) {
        jdbc.sql("""
                insert into workflow_versions (workflow_id, version, workspace_id, name, definition, saved_by, saved_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id, version, workspace.value(), name, json.writeValueAsString(definition), author, Timestamps.sql(now))
                .update();
    }

    public void rewriteVersion(WorkspaceId workspace, UUID id, int version, String name, WorkflowDefinition definition,
                               UUID author, Instant now) {
        jdbc.sql("""
                update workflow_versions set name = ?, definition = ?, saved_by = ?, saved_at = ?
                where workspace_id = ? and workflow_id = ? and version = ?""")
                .params(name, json.writeValueAsString(definition), author, Timestamps.sql(now), workspace.value(), id, version)
                .update();
    }

    public void update(WorkspaceId workspace, UUID id, String name, String language, WorkflowStatus status, int version,
                       Instant now) {
        jdbc.sql("""
                update workflows set name = ?, language = ?, status = ?, version = ?, updated_at = ?
                where workspace_id = ? and id = ?""")
                .params(name, language, status.name(), version, Timestamps.sql(now), workspace.value(), id)
                .update();
    }

    /** Locks the workflow's row, so saves of one workflow take turns; false when it is not the workspace's. */
    public boolean lock(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select id from workflows where workspace_id = ? and id = ? for update")
                .params(workspace.value(), id).query(UUID.class).optional().isPresent();
    }

    /** The workflow with its current version. */
    public Optional<Workflow> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql("""
                select w.*, v.definition from workflows w
                join workflow_versions v on v.workflow_id = w.id and v.version = w.version
                where w.workspace_id = ? and w.id = ?""")
                .params(workspace.value(), id)
                .query((rs, n) -> new Workflow(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("language"), WorkflowStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                        definition(rs.getString("definition")), Timestamps.read(rs, "created_at"),
                        Timestamps.read(rs, "updated_at")))
                .optional();
    }

    public Optional<VersionedDefinition> version(WorkspaceId workspace, UUID id, int version) {
        return jdbc.sql("select name, definition from workflow_versions where workspace_id = ? and workflow_id = ? and version = ?")
                .params(workspace.value(), id, version)
                .query((rs, n) -> new VersionedDefinition(rs.getString("name"), definition(rs.getString("definition"))))
                .optional();
    }

    /** Every version's definition, newest first (analytics names steps by their latest title). */
    public List<WorkflowDefinition> versions(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select definition from workflow_versions where workspace_id = ? and workflow_id = ? order by version desc")
                .params(workspace.value(), id)
                .query((rs, n) -> definition(rs.getString("definition")))
                .list();
    }

    public List<WorkflowSummary> list(WorkspaceId workspace, @Nullable String language, @Nullable WorkflowStatus status) {
        return jdbc.sql("select * from workflows where workspace_id = :workspace"
                        + (language == null ? "" : " and language = :language")
                        + (status == null ? "" : " and status = :status")
                        + " order by lower(name), id")
                .param("workspace", workspace.value())
                .param("language", language)
                .param("status", status == null ? null : status.name())
                .query((rs, n) -> new WorkflowSummary(rs.getObject("id", UUID.class), rs.getString("name"),
                        rs.getString("language"), WorkflowStatus.valueOf(rs.getString("status")), rs.getInt("version"),
                        Timestamps.read(rs, "updated_at")))
                .list();
    }

    private WorkflowDefinition definition(String text) {
        return json.readValue(text, WorkflowDefinition.class);
    }

    public record VersionedDefinition(String name, WorkflowDefinition definition) {
    }
}
