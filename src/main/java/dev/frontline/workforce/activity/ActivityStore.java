package dev.frontline.workforce.activity;

import dev.frontline.presence.PresenceStatus;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code workforce_agent_states} and {@code workforce_handled_contacts} tables, every query scoped to the workspace. */
@Component
class ActivityStore {

    private final JdbcClient jdbc;

    ActivityStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records that the member entered {@code status} at {@code start}; a second record of the same start updates its reason. */
    void recordState(WorkspaceId workspace, UserId user, Instant start, PresenceStatus status, @Nullable String reason) {
        int updated = jdbc.sql("update workforce_agent_states set status = ?, reason = ? where workspace_id = ? and user_id = ? and started_at = ?")
                .params(status.name(), reason, workspace.value(), user.value(), Timestamps.sql(start))
                .update();
        if (updated == 0) {
            insertState(workspace, user, start, status, reason);
        }
    }

    /** Records a state only if nothing is known about that start yet (what the event says of the previous state). */
    void insertState(WorkspaceId workspace, UserId user, Instant start, PresenceStatus status, @Nullable String reason) {
        jdbc.sql("""
                insert into workforce_agent_states (workspace_id, user_id, started_at, status, reason) values (?, ?, ?, ?, ?)
                on conflict do nothing""")
                .params(workspace.value(), user.value(), Timestamps.sql(start), status.name(), reason)
                .update();
    }

    /**
     * Each member's states overlapping [from, to), cut to it, in time order; {@code user} null for everyone. A state
     * starts where its row starts and ends where the member's next row starts.
     */
    Map<UserId, List<StatePeriod>> states(WorkspaceId workspace, @Nullable UserId user, Instant from, Instant to) {
        Map<UserId, List<StatePeriod>> byUser = new LinkedHashMap<>();
        var query = jdbc.sql("""
                select s.user_id, s.started_at, s.status, s.reason from workforce_agent_states s
                where s.workspace_id = :workspace %s and s.started_at < :to
                  and s.started_at >= coalesce((select max(p.started_at) from workforce_agent_states p
                        where p.workspace_id = s.workspace_id and p.user_id = s.user_id and p.started_at <= :from), :from)
                order by s.user_id, s.started_at""".formatted(user == null ? "" : "and s.user_id = :user"))
                .param("workspace", workspace.value());
        if (user != null) {
            query = query.param("user", user.value());
        }
        query.param("from", Timestamps.sql(from))
                .param("to", Timestamps.sql(to))
                .query(rs -> {
                    byUser.computeIfAbsent(new UserId(rs.getObject("user_id", UUID.class)), u -> new ArrayList<>())
                            .add(new StatePeriod(PresenceStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                                    Timestamps.read(rs, "started_at"), null));
                });
        Map<UserId, List<StatePeriod>> cut = new LinkedHashMap<>();
        byUser.forEach((member, starts) -> {
            List<StatePeriod> periods = new ArrayList<>();
            for (int i = 0; i < starts.size(); i++) {
                StatePeriod state = starts.get(i);
                Instant next = i + 1 < starts.size() ? starts.get(i + 1).start() : null;
                Instant start = state.start().isBefore(from) ? from : state.start();
                Instant end = next == null ? null : next;
                periods.add(new StatePeriod(state.status(), state.reason(), start, end));
            }
            cut.put(member, periods);
        });
        return cut;
    }

    void startHandling(WorkspaceId workspace, UUID conversation, UserId agent, Instant at) {
        jdbc.sql("insert into workforce_handled_contacts (id, workspace_id, conversation_id, agent_id, assigned_at) values (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), workspace.value(), conversation, agent.value(), Timestamps.sql(at))
                .update();
    }

    /** The agent holding the conversation now (its open handling), if any. */
    @Nullable UUID holder(WorkspaceId workspace, UUID conversation) {
        return jdbc.sql("select agent_id from workforce_handled_contacts where workspace_id = ? and conversation_id = ? and ended_at is null")
                .params(workspace.value(), conversation)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    void endHandling(WorkspaceId workspace, UUID conversation, Instant at, boolean resolved) {
        jdbc.sql("update workforce_handled_contacts set ended_at = ?, resolved = ? where workspace_id = ? and conversation_id = ? and ended_at is null")
                .params(Timestamps.sql(at), resolved, workspace.value(), conversation)
                .update();
    }

    /** Contacts resolved in [from, to) by the agent who held them, with when the agent got them. */
    List<HandledContacts.Handled> handled(WorkspaceId workspace, Instant from, Instant to) {
        return jdbc.sql("""
                select conversation_id, agent_id, assigned_at, ended_at from workforce_handled_contacts
                where workspace_id = ? and resolved and ended_at >= ? and ended_at < ? order by ended_at""")
                .params(workspace.value(), Timestamps.sql(from), Timestamps.sql(to))
                .query((rs, row) -> new HandledContacts.Handled(rs.getObject("conversation_id", UUID.class),
                        new UserId(rs.getObject("agent_id", UUID.class)), Timestamps.read(rs, "assigned_at"), Timestamps.read(rs, "ended_at")))
                .list();
    }
}
