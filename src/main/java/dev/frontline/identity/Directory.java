package dev.frontline.identity;

import dev.frontline.shared.Role;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to a workspace's staff and teams, always scoped to one workspace. */
@Service
public class Directory {

    private final JdbcClient jdbc;

    Directory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StaffMember> member(WorkspaceId workspace, UserId user) {
        return jdbc.sql("select id, workspace_id, email, display_name, role from users where workspace_id = ? and id = ?")
                .params(workspace.value(), user.value())
                .query(Directory::staffMember)
                .optional();
    }

    public List<StaffMember> members(WorkspaceId workspace) {
        return jdbc.sql("select id, workspace_id, email, display_name, role from users where workspace_id = ? order by display_name")
                .param(workspace.value())
                .query(Directory::staffMember)
                .list();
    }

    public boolean teamExists(WorkspaceId workspace, UUID teamId) {
        return jdbc.sql("select count(*) from teams where workspace_id = ? and id = ?")
                .params(workspace.value(), teamId)
                .query(Long.class).single() > 0;
    }

    static StaffMember staffMember(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StaffMember(new UserId(rs.getObject("id", UUID.class)),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getString("email"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")));
    }
}
