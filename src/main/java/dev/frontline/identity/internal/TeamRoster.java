package dev.frontline.identity.internal;

import dev.frontline.shared.Ids;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Teams and their members. Deleting a team keeps its row, because conversations may still name it, but
 * hides it, removes its members and frees its name.
 */
@Component
public class TeamRoster {

    public record Team(UUID id, String name, List<UUID> memberIds) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    TeamRoster(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Team create(WorkspaceId workspace, String name) {
        UUID id = Ids.newId();
        jdbc.sql("insert into teams (id, workspace_id, name, created_at) values (?, ?, ?, ?)")
                .params(id, workspace.value(), name, Timestamps.sql(clock.instant()))
                .update();
        return new Team(id, name, List.of());
    }

    public List<Team> list(WorkspaceId workspace) {
        return jdbc.sql("select id from teams where workspace_id = ? and deleted_at is null order by name")
                .param(workspace.value()).query(UUID.class).list().stream()
                .map(id -> find(workspace, id))
                .toList();
    }

    public Team find(WorkspaceId workspace, UUID teamId) {
        String name = jdbc.sql("select name from teams where workspace_id = ? and id = ? and deleted_at is null")
                .params(workspace.value(), teamId).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException("Team", teamId));
        List<UUID> members = jdbc.sql("select user_id from team_members where team_id = ? order by user_id")
                .param(teamId).query(UUID.class).list();
        return new Team(teamId, name, members);
    }

    public void addMember(WorkspaceId workspace, UUID teamId, UUID userId) {
        find(workspace, teamId);
        boolean already = jdbc.sql("select count(*) from team_members where team_id = ? and user_id = ?")
                .params(teamId, userId).query(Long.class).single() > 0;
        if (!already) {
            jdbc.sql("insert into team_members (team_id, user_id) values (?, ?)").params(teamId, userId).update();
        }
    }

    public void removeMember(WorkspaceId workspace, UUID teamId, UUID userId) {
        find(workspace, teamId);
        jdbc.sql("delete from team_members where team_id = ? and user_id = ?").params(teamId, userId).update();
    }

    public Team rename(WorkspaceId workspace, UUID teamId, String name) {
        find(workspace, teamId);
        jdbc.sql("update teams set name = ? where workspace_id = ? and id = ?")
                .params(name.strip(), workspace.value(), teamId).update();
        return find(workspace, teamId);
    }

    public void delete(WorkspaceId workspace, UUID teamId) {
        find(workspace, teamId);
        jdbc.sql("delete from team_members where team_id = ?").param(teamId).update();
        String freedName = "deleted " + teamId;
        jdbc.sql("update teams set deleted_at = ?, name = ? where workspace_id = ? and id = ?")
                .params(Timestamps.sql(clock.instant()), freedName, workspace.value(), teamId).update();
    }
}
