package dev.frontline.presence.internal;

import dev.frontline.presence.AgentPresence;
import dev.frontline.presence.PresenceStatus;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code agent_presence} table: one row per member whose status was ever set. */
@Component
public class PresenceStore {

    private final JdbcClient jdbc;

    PresenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AgentPresence> find(WorkspaceId workspace, UserId user) {
        return jdbc.sql("select user_id, status, reason, since from agent_presence where workspace_id = ? and user_id = ?")
                .params(workspace.value(), user.value())
                .query(PresenceStore::presence)
                .optional();
    }

    public Map<UserId, AgentPresence> all(WorkspaceId workspace) {
        Map<UserId, AgentPresence> all = new HashMap<>();
        jdbc.sql("select user_id, status, reason, since from agent_presence where workspace_id = ?")
                .param(workspace.value())
                .query(PresenceStore::presence)
                .list()
                .forEach(presence -> all.put(presence.userId(), presence));
        return all;
    }

    public List<UserId> withStatus(WorkspaceId workspace, PresenceStatus status) {
        return jdbc.sql("""
                select user_id from agent_presence where workspace_id = ? and status = ?
                order by since, user_id""")
                .params(workspace.value(), status.name())
                .query((rs, n) -> new UserId(rs.getObject("user_id", UUID.class)))
                .list();
    }

    /**
     * The member's row, locked until the transaction ends; created (offline, never seen) first if
     * missing. Creating with {@code on conflict do nothing} lets two first changes race without failing.
     */
    public AgentPresence lock(WorkspaceId workspace, UserId user) {
        jdbc.sql("""
                insert into agent_presence (user_id, workspace_id, status) values (?, ?, 'OFFLINE')
                on conflict do nothing""")
                .params(user.value(), workspace.value())
                .update();
        return jdbc.sql("""
                select user_id, status, reason, since from agent_presence
                where workspace_id = ? and user_id = ? for update""")
                .params(workspace.value(), user.value())
                .query(PresenceStore::presence)
                .single();
    }

    public void save(WorkspaceId workspace, AgentPresence presence) {
        jdbc.sql("update agent_presence set status = ?, reason = ?, since = ? where workspace_id = ? and user_id = ?")
                .params(presence.status().name(), presence.reason(), Timestamps.sql(presence.since()),
                        workspace.value(), presence.userId().value())
                .update();
    }

    private static AgentPresence presence(ResultSet rs, int row) throws SQLException {
        return new AgentPresence(new UserId(rs.getObject("user_id", UUID.class)),
                PresenceStatus.valueOf(rs.getString("status")), rs.getString("reason"), Timestamps.read(rs, "since"));
    }
}
