package dev.frontline.identity;

import dev.frontline.identity.internal.StaffAccounts;
import dev.frontline.shared.Ids;
import dev.frontline.shared.Role;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates a workspace with its first admin: the one way a tenant comes to exist. */
@Service
public class WorkspaceSetup {

    public record NewWorkspace(WorkspaceId workspaceId, UserId adminId) {
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
    public NewWorkspace create(String name, String adminEmail, String adminName, String adminPassword) {
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

    public String name(WorkspaceId workspace) {
        return jdbc.sql("select name from workspaces where id = ?").param(workspace.value()).query(String.class).single();
    }
}
