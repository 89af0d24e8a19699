package dev.frontline.identity;

import dev.frontline.identity.internal.StaffAccounts;
import dev.frontline.shared.Ids;
import dev.frontline.shared.Role;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates a workspace with its first admin: the one way a tenant comes to exist. */
@Service
public class WorkspaceSetup {

    public record NewWorkspace(WorkspaceId workspaceId, UserId adminId) {
    }

    /** A workspace as the operator's list shows it. */
    public record WorkspaceSummary(WorkspaceId id, String name, Instant createdAt, long members) {
    }

    private final JdbcClient jdbc;
    private final StaffAccounts accounts;
    private final Clock clock;

    WorkspaceSetup(JdbcClient jdbc, StaffAccounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Transactional
    public NewWorkspace create(String name, String adminEmail, String adminName, @Nullable String adminPassword) {
        WorkspaceId workspace = new WorkspaceId(Ids.newId());
        jdbc.sql("insert into workspaces (id, name, created_at) values (?, ?, ?)")
                .params(workspace.value(), name, Timestamps.sql(clock.instant()))
                .update();
        UserId admin = accounts.create(workspace, adminEmail, adminName, Role.ADMIN, adminPassword);
        return new NewWorkspace(workspace, admin);
    }

    public boolean anyExists() {
        return jdbc.sql("select count(*) from workspaces").query(Long.class).single() > 0;
    }

    public List<WorkspaceSummary> all() {
        return jdbc.sql("""
                select w.id, w.name, w.created_at, (select count(*) from users u where u.workspace_id = w.id) as members
                from workspaces w order by w.created_at, w.id""")
                .query((rs, n) -> new WorkspaceSummary(new WorkspaceId(rs.getObject("id", UUID.class)), rs.getString("name"),
                        Timestamps.read(rs, "created_at"), rs.getLong("members")))
                .list();
    }

    public String name(WorkspaceId workspace) {
        return jdbc.sql("select name from workspaces where id = ?").param(workspace.value()).query(String.class).single();
    }
}
