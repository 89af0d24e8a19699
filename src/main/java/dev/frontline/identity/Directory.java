package dev.frontline.identity;

import dev.frontline.shared.Role;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Read access to a workspace's staff and teams, always scoped to one workspace. */
@Service
public class Directory {

    private static final String MEMBER_COLUMNS = "id, workspace_id, email, display_name, role, active";

    private final JdbcClient jdbc;

    Directory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StaffMember> member(WorkspaceId workspace, UserId user) {
        return jdbc.sql("select " + MEMBER_COLUMNS + " from users where workspace_id = ? and id = ?")
                .params(workspace.value(), user.value())
                .query(Directory::staffMember)
                .optional();
    }

    /** Everyone in the workspace, deactivated members included, by name. */
    public List<StaffMember> members(WorkspaceId workspace) {
        return jdbc.sql("select " + MEMBER_COLUMNS + " from users where workspace_id = ? order by display_name, id")
                .param(workspace.value())
                .query(Directory::staffMember)
                .list();
    }

    public boolean teamExists(WorkspaceId workspace, UUID teamId) {
        return jdbc.sql("select count(*) from teams where workspace_id = ? and id = ? and deleted_at is null")
                .params(workspace.value(), teamId)
                .query(Long.class).single() > 0;
    }

    public List<UUID> teamsOf(WorkspaceId workspace, UserId user) {
        return jdbc.sql("""
                select m.team_id from team_members m join teams t on t.id = m.team_id
                where t.workspace_id = ? and m.user_id = ? order by m.team_id""")
                .params(workspace.value(), user.value())
                .query(UUID.class)
                .list();
    }

    /** The teams each member of the workspace belongs to; members of no team are absent. */
    public Map<UserId, List<UUID>> teamsByMember(WorkspaceId workspace) {
        Map<UserId, List<UUID>> teams = new HashMap<>();
        jdbc.sql("""
                select m.user_id, m.team_id from team_members m join teams t on t.id = m.team_id
                where t.workspace_id = ? order by m.team_id""")
                .param(workspace.value())
                .query(rs -> {
                    teams.computeIfAbsent(new UserId(rs.getObject("user_id", UUID.class)), user -> new ArrayList<>())
                            .add(rs.getObject("team_id", UUID.class));
                });
        return teams;
    }

    static StaffMember staffMember(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StaffMember(new UserId(rs.getObject("id", UUID.class)),
                new WorkspaceId(rs.getObject("workspace_id", UUID.class)), rs.getString("email"),
                rs.getString("display_name"), Role.valueOf(rs.getString("role")), rs.getBoolean("active"));
    }
}
