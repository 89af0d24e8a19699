package dev.frontline.sla.report;

import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import dev.frontline.sla.SlaMetric;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads {@code sla_clocks} for reports. Like the inbox read model it joins the conversations and inboxes
 * tables directly (channel, subject, assignee, team), so that a report is one query, not one per conversation.
 */
@Repository
class ClockReportStore {

    /** A clock that ended (met or missed) with the time it counted, and what its conversation is now. */
    record EndedClock(SlaMetric metric, Instant stoppedAt, long elapsedMicros, boolean breached, String channel,
                      @Nullable UUID teamId, @Nullable UUID assigneeId) {
    }

    /** {@code dueAt}: null once breached; {@code elapsedMicros}: counted up to the breach row's last save. */
    record ClockLine(UUID conversationId, @Nullable String subject, String channel, @Nullable UUID assigneeId,
                     @Nullable UUID teamId, SlaMetric metric, String policy, long targetMicros, @Nullable Instant warnAt,
                     @Nullable Instant dueAt, @Nullable Instant breachedAt, String state, long elapsedMicros) {
    }

    private static final String LINE = """
            select c.conversation_id, v.subject, i.channel, v.assignee_id, v.team_id, c.metric, c.policy_name, c.target_us,
                   c.warn_at, c.due_at, c.breached_at, c.state, c.elapsed_us
            from sla_clocks c join conversations v on v.id = c.conversation_id join inboxes i on i.id = v.inbox_id
            """;

    private final JdbcClient jdbc;

    ClockReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** First-response and resolution clocks that ended in [from, to), streamed. */
    void ended(WorkspaceId workspace, Instant from, Instant to, Consumer<EndedClock> each) {
        jdbc.sql("""
                select c.metric, c.stopped_at, c.elapsed_us, c.state, c.breached_at, i.channel, v.team_id, v.assignee_id
                from sla_clocks c join conversations v on v.id = c.conversation_id join inboxes i on i.id = v.inbox_id
                where c.workspace_id = ? and c.stopped_at >= ? and c.stopped_at < ?
                  and c.metric in ('FIRST_RESPONSE', 'RESOLUTION') and c.state in ('ACHIEVED', 'BREACHED')""")
                .params(workspace.value(), Timestamps.sql(from), Timestamps.sql(to))
                .query(rs -> {
                    each.accept(new EndedClock(SlaMetric.valueOf(rs.getString("metric")), Timestamps.read(rs, "stopped_at"),
                            rs.getLong("elapsed_us"), "BREACHED".equals(rs.getString("state")) || rs.getObject("breached_at") != null,
                            channel(rs), rs.getObject("team_id", UUID.class), rs.getObject("assignee_id", UUID.class)));
                });
    }

    /** Clocks that breached in [from, to), latest first; {@code metric} null: every metric. */
    List<ClockLine> breaches(WorkspaceId workspace, Instant from, Instant to, @Nullable SlaMetric metric, int limit) {
        return jdbc.sql(LINE + " where c.workspace_id = ? and c.breached_at >= ? and c.breached_at < ?"
                        + (metric == null ? "" : " and c.metric = '" + metric.name() + "'")
                        + " order by c.breached_at desc, c.conversation_id limit " + limit)
                .params(workspace.value(), Timestamps.sql(from), Timestamps.sql(to))
                .query(ClockReportStore::line).list();
    }

    /**
     * Running clocks past their warning (fired, or due to fire) and not yet due, soonest due first. A clock
     * past its due time whose breach the sweep has not fired yet is no longer "at risk" but breached.
     */
    List<ClockLine> atRisk(WorkspaceId workspace, Instant now, int limit) {
        return jdbc.sql(LINE + """
                         where c.workspace_id = ? and c.state = 'RUNNING' and c.breached_at is null and c.due_at > ?
                           and (c.warned or c.warn_at <= ?)
                         order by c.due_at, c.conversation_id""" + " limit " + limit)
                .params(workspace.value(), Timestamps.sql(now), Timestamps.sql(now))
                .query(ClockReportStore::line).list();
    }

    Map<UUID, String> teamNames(WorkspaceId workspace) {
        Map<UUID, String> names = new LinkedHashMap<>();
        jdbc.sql("select id, name from teams where workspace_id = ? order by name").param(workspace.value())
                .query(rs -> {
                    names.put(rs.getObject("id", UUID.class), rs.getString("name"));
                });
        return names;
    }

    /** Inboxes store the channel's enum name; reports use its id, as routing does ({@code chat}, {@code email}). */
    private static String channel(java.sql.ResultSet rs) throws java.sql.SQLException {
        return rs.getString("channel").toLowerCase(java.util.Locale.ROOT);
    }

    private static ClockLine line(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ClockLine(rs.getObject("conversation_id", UUID.class), rs.getString("subject"), channel(rs),
                rs.getObject("assignee_id", UUID.class), rs.getObject("team_id", UUID.class),
                SlaMetric.valueOf(rs.getString("metric")), rs.getString("policy_name"), rs.getLong("target_us"),
                Timestamps.read(rs, "warn_at"), Timestamps.read(rs, "due_at"), Timestamps.read(rs, "breached_at"),
                rs.getString("state"), rs.getLong("elapsed_us"));
    }
}
