package dev.frontline.sla.internal;

import dev.frontline.conversations.ConversationId;
import dev.frontline.shared.BeforeCommitBatch;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import dev.frontline.sla.SlaMetric;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code sla_clocks} table: one row per conversation and metric. */
@Repository
class ClockStore {

    /** A clock whose warning or breach is due, as the sweep claims it. */
    record Due(WorkspaceId workspace, ConversationId conversation, SlaMetric metric, String policy, Instant at,
               @Nullable Instant dueAt) {
    }

    private static final String COLUMNS = """
            metric, policy_id, policy_name, state, target_us, business_time, team_id, started_at, running_since,
            elapsed_us, due_at, warn_at, warned, breached_at, stopped_at""";

    /** A clock to insert, with its conversation. */
    private record NewClock(WorkspaceId workspace, ConversationId conversation, SlaClock clock) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    /**
     * New clocks wait for the end of the transaction and are inserted together: a group commit of customers' first
     * messages starts two or three clocks for each of its new conversations. Everything here that reads or changes
     * clocks inserts the waiting ones first.
     */
    private final BeforeCommitBatch<NewClock> started;

    ClockStore(JdbcClient jdbc, JdbcTemplate batch, DataSource dataSource) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.started = new BeforeCommitBatch<>(dataSource, this::insert);
    }

    /** The conversation's clocks, locked until the transaction ends so that a sweep cannot fire in between. */
    Map<SlaMetric, SlaClock> lock(WorkspaceId workspace, ConversationId conversation) {
        started.flush();
        return byMetric(jdbc.sql("select " + COLUMNS + " from sla_clocks where workspace_id = ? and conversation_id = ? for update")
                .params(workspace.value(), conversation.value()).query(ClockStore::clock).list());
    }

    Map<SlaMetric, SlaClock> read(WorkspaceId workspace, ConversationId conversation) {
        started.flush();
        return byMetric(jdbc.sql("select " + COLUMNS + " from sla_clocks where workspace_id = ? and conversation_id = ?")
                .params(workspace.value(), conversation.value()).query(ClockStore::clock).list());
    }

    /**
     * Clocks this conversation did not have (its clocks were read under {@link #lock}, or it is new), inserted with the
     * other new clocks of the transaction before it commits.
     */
    void insertAll(WorkspaceId workspace, ConversationId conversation, Collection<SlaClock> clocks) {
        clocks.forEach(clock -> started.add(new NewClock(workspace, conversation, clock)));
    }

    /** In one batch: a single multi-row statement on PostgreSQL ({@code reWriteBatchedInserts}). */
    private void insert(List<NewClock> clocks) {
        batch.batchUpdate("insert into sla_clocks (workspace_id, conversation_id, " + COLUMNS
                        + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                clocks.stream().map(started -> {
                    SlaClock clock = started.clock();
                    return new Object[] {started.workspace().value(), started.conversation().value(),
                            clock.metric().name(), clock.policyId(), clock.policyName(), clock.state().name(),
                            micros(clock.target()), clock.businessTime(), clock.teamId(), Timestamps.sql(clock.startedAt()),
                            Timestamps.sql(clock.runningSince()), micros(clock.elapsed()), Timestamps.sql(clock.dueAt()),
                            Timestamps.sql(clock.warnAt()), clock.warned(), Timestamps.sql(clock.breachedAt()),
                            Timestamps.sql(clock.stoppedAt())};
                }).toList());
    }

    void update(WorkspaceId workspace, ConversationId conversation, SlaClock clock) {
        started.flush();
        jdbc.sql("""
                        update sla_clocks set policy_id = ?, policy_name = ?, state = ?, target_us = ?, business_time = ?,
                            team_id = ?, started_at = ?, running_since = ?, elapsed_us = ?, due_at = ?, warn_at = ?, warned = ?,
                            breached_at = ?, stopped_at = ?
                        where workspace_id = ? and conversation_id = ? and metric = ?""")
                .params(clock.policyId(), clock.policyName(), clock.state().name(), micros(clock.target()),
                        clock.businessTime(), clock.teamId(), Timestamps.sql(clock.startedAt()),
                        Timestamps.sql(clock.runningSince()), micros(clock.elapsed()), Timestamps.sql(clock.dueAt()),
                        Timestamps.sql(clock.warnAt()), clock.warned(), Timestamps.sql(clock.breachedAt()),
                        Timestamps.sql(clock.stoppedAt()), workspace.value(), conversation.value(), clock.metric().name())
                .update();
    }

    /** Due warnings, oldest first, skipping rows another node is firing. */
    List<Due> dueWarnings(Instant now, int limit) {
        started.flush();
        return jdbc.sql("select workspace_id, conversation_id, metric, policy_name, warn_at, due_at from sla_clocks"
                        + " where warn_at <= ? order by warn_at limit " + limit + " for update skip locked")
                .param(Timestamps.sql(now)).query((rs, n) -> due(rs, "warn_at")).list();
    }

    List<Due> dueBreaches(Instant now, int limit) {
        started.flush();
        return jdbc.sql("select workspace_id, conversation_id, metric, policy_name, due_at from sla_clocks"
                        + " where due_at <= ? order by due_at limit " + limit + " for update skip locked")
                .param(Timestamps.sql(now)).query((rs, n) -> due(rs, "due_at")).list();
    }

    /**
     * The warnings this call fired (their rows still carried them), marked in one JDBC batch: one round trip for
     * the whole claimed batch, not one per clock, which is what keeps a burst of due clocks within a second.
     */
    List<Due> markWarned(List<Due> due) {
        if (due.isEmpty()) {
            return List.of();
        }
        return fired(due, batch.batchUpdate("""
                        update sla_clocks set warn_at = null, warned = true
                        where workspace_id = ? and conversation_id = ? and metric = ? and warn_at = ?""",
                due.stream().map(d -> new Object[] {d.workspace().value(), d.conversation().value(), d.metric().name(),
                        Timestamps.sql(d.at())}).toList()));
    }

    /** The breaches this call fired, in one batch; a breached clock has no warning left to give. */
    List<Due> markBreached(List<Due> due, Instant now) {
        if (due.isEmpty()) {
            return List.of();
        }
        return fired(due, batch.batchUpdate("""
                        update sla_clocks set due_at = null, warn_at = null, breached_at = ?
                        where workspace_id = ? and conversation_id = ? and metric = ? and due_at = ?""",
                due.stream().map(d -> new Object[] {Timestamps.sql(now), d.workspace().value(), d.conversation().value(),
                        d.metric().name(), Timestamps.sql(d.at())}).toList()));
    }

    /** A driver may answer a batch with SUCCESS_NO_INFO (-2) instead of counts: that is one row, the key's. */
    private static List<Due> fired(List<Due> due, int[] counts) {
        List<Due> fired = new ArrayList<>();
        for (int i = 0; i < due.size(); i++) {
            if (counts[i] == 1 || counts[i] == Statement.SUCCESS_NO_INFO) {
                fired.add(due.get(i));
            }
        }
        return fired;
    }

    private static Due due(ResultSet rs, String atColumn) throws SQLException {
        return new Due(new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                new ConversationId(rs.getObject("conversation_id", UUID.class)), SlaMetric.valueOf(rs.getString("metric")),
                rs.getString("policy_name"), Timestamps.read(rs, atColumn), Timestamps.read(rs, "due_at"));
    }

    private static long micros(Duration duration) {
        return duration.toNanos() / 1_000;
    }

    private static Map<SlaMetric, SlaClock> byMetric(List<SlaClock> clocks) {
        Map<SlaMetric, SlaClock> map = new EnumMap<>(SlaMetric.class);
        clocks.forEach(clock -> map.put(clock.metric(), clock));
        return map;
    }

    private static SlaClock clock(ResultSet rs, int row) throws SQLException {
        return new SlaClock(SlaMetric.valueOf(rs.getString("metric")), rs.getObject("policy_id", UUID.class),
                rs.getString("policy_name"), SlaClock.State.valueOf(rs.getString("state")),
                Duration.of(rs.getLong("target_us"), ChronoUnit.MICROS), rs.getBoolean("business_time"),
                rs.getObject("team_id", UUID.class), Timestamps.read(rs, "started_at"), Timestamps.read(rs, "running_since"),
                Duration.of(rs.getLong("elapsed_us"), ChronoUnit.MICROS), Timestamps.read(rs, "due_at"), Timestamps.read(rs, "warn_at"),
                rs.getBoolean("warned"), Timestamps.read(rs, "breached_at"), Timestamps.read(rs, "stopped_at"));
    }
}
