package dev.frontline.workforce.schedule;

import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The schedule tables; every query but the job claim is scoped to a workspace. */
@Component
class ScheduleStore {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SUMMARY_COLUMNS = "id, first_day, days, status, score, coverage, failure, created_at, finished_at, published_at";

    /** Shifts of published schedules, optionally one agent's; a later published schedule hides an earlier one's days. */
    private static final String PUBLISHED_SHIFTS = """
            select s.*, u.display_name from workforce_schedule_shifts s
            join workforce_schedules w on w.id = s.schedule_id
            left join users u on u.id = s.user_id and u.workspace_id = s.workspace_id
            where s.workspace_id = ? and (cast(? as uuid) is null or s.user_id = ?) and s.local_day between ? and ? and w.published_at is not null
            and not exists (select 1 from workforce_schedules newer where newer.workspace_id = w.workspace_id and newer.published_at > w.published_at
                            and newer.first_day <= s.local_day and s.local_day < newer.first_day + newer.days)
            order by s.local_day, s.user_id""";

    private final JdbcClient jdbc;

    ScheduleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Job(UUID id, WorkspaceId workspace, UUID requestedBy, ScheduleRequest request) {
    }

    void insert(UUID id, WorkspaceId workspace, ScheduleRequest request, UUID createdBy, Instant now) {
        jdbc.sql("""
                insert into workforce_schedules (id, workspace_id, first_day, days, status, request, time_limit_seconds, created_by, created_at)
                values (?, ?, ?, ?, 'QUEUED', ?, ?, ?, ?)""")
                .params(id, workspace.value(), Date.valueOf(java.util.Objects.requireNonNull(request.firstDay())), request.days(),
                        JSON.writeValueAsString(request), request.timeLimit(), createdBy, Timestamps.sql(now))
                .update();
    }

    /**
     * Claims the oldest waiting job, or one whose solving node stopped renewing (its lease ran out), for this node.
     * The conditional update lets exactly one node win.
     */
    Optional<Job> claim(String node, Instant now, Duration lease) {
        List<UUID> candidates = jdbc.sql("""
                select id from workforce_schedules where status = 'QUEUED' or (status = 'SOLVING' and claimed_until < ?)
                order by created_at limit 3""")
                .param(Timestamps.sql(now)).query(UUID.class).list();
        for (UUID id : candidates) {
            Optional<Job> claimed = claim(id, node, now, lease);
            if (claimed.isPresent()) {
                return claimed;
            }
        }
        return Optional.empty();
    }

    /** Claims one job if it is waiting or its lease ran out. */
    Optional<Job> claim(UUID id, String node, Instant now, Duration lease) {
        int claimed = jdbc.sql("""
                update workforce_schedules set status = 'SOLVING', claimed_by = ?, claimed_until = ?
                where id = ? and (status = 'QUEUED' or (status = 'SOLVING' and claimed_until < ?))""")
                .params(node, Timestamps.sql(now.plus(lease)), id, Timestamps.sql(now))
                .update();
        if (claimed != 1) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("select id, workspace_id, created_by, request from workforce_schedules where id = ?").param(id)
                .query((rs, row) -> new Job(id, new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                        rs.getObject("created_by", UUID.class), JSON.readValue(rs.getString("request"), ScheduleRequest.class)))
                .single());
    }

    /**
     * Extends this node's lease on a job it is solving; false when the lease is lost: another node claimed the job
     * after the lease ran out (this node stalled longer than the lease), or the job is no longer being solved.
     */
    boolean renew(UUID id, String node, Instant now, Duration lease) {
        return jdbc.sql("update workforce_schedules set claimed_until = ? where id = ? and status = 'SOLVING' and claimed_by = ?")
                .params(Timestamps.sql(now.plus(lease)), id, node).update() == 1;
    }

    /** Stores the solved shifts and the result, if this node still holds the job. */
    boolean complete(UUID id, String node, WorkspaceId workspace, List<ScheduledShift> shifts, String score, double coverage, Instant now) {
        int updated = jdbc.sql("""
                update workforce_schedules set status = 'SOLVED', score = ?, coverage = ?, finished_at = ?, claimed_until = null
                where id = ? and status = 'SOLVING' and claimed_by = ?""")
                .params(score, coverage, Timestamps.sql(now), id, node).update();
        if (updated == 1) {
            replaceShifts(id, workspace, shifts);
        }
        return updated == 1;
    }

    void fail(UUID id, String node, String failure, Instant now) {
        jdbc.sql("update workforce_schedules set status = 'FAILED', failure = ?, finished_at = ? where id = ? and status = 'SOLVING' and claimed_by = ?")
                .params(failure.length() > 500 ? failure.substring(0, 500) : failure, Timestamps.sql(now), id, node).update();
    }

    void replaceShifts(UUID id, WorkspaceId workspace, List<ScheduledShift> shifts) {
        jdbc.sql("delete from workforce_schedule_shifts where schedule_id = ? and workspace_id = ?").params(id, workspace.value()).update();
        for (ScheduledShift shift : shifts) {
            insertShift(id, workspace, shift);
        }
    }

    void insertShift(UUID id, WorkspaceId workspace, ScheduledShift shift) {
        jdbc.sql("""
                insert into workforce_schedule_shifts (schedule_id, workspace_id, user_id, local_day, starts_at, ends_at, template, activities, edited)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, workspace.value(), shift.userId(), Date.valueOf(shift.day()), Timestamp.valueOf(shift.start()),
                        Timestamp.valueOf(shift.end()), shift.template(), JSON.writeValueAsString(shift.activities()), shift.edited())
                .update();
    }

    void deleteShift(UUID id, WorkspaceId workspace, UUID user, LocalDate day) {
        jdbc.sql("delete from workforce_schedule_shifts where schedule_id = ? and workspace_id = ? and user_id = ? and local_day = ?")
                .params(id, workspace.value(), user, Date.valueOf(day)).update();
    }

    void updateResult(UUID id, WorkspaceId workspace, String score, double coverage) {
        jdbc.sql("update workforce_schedules set score = ?, coverage = ? where id = ? and workspace_id = ?")
                .params(score, coverage, id, workspace.value()).update();
    }

    boolean publish(UUID id, WorkspaceId workspace, Instant now) {
        return jdbc.sql("update workforce_schedules set published_at = ? where id = ? and workspace_id = ? and status = 'SOLVED'")
                .params(Timestamps.sql(now), id, workspace.value()).update() == 1;
    }

    Optional<ScheduleSummary> summary(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from workforce_schedules where workspace_id = ? and id = ?")
                .params(workspace.value(), id).query(ScheduleStore::summary).optional();
    }

    Optional<ScheduleRequest> request(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select request from workforce_schedules where workspace_id = ? and id = ?")
                .params(workspace.value(), id).query((rs, row) -> JSON.readValue(rs.getString("request"), ScheduleRequest.class)).optional();
    }

    List<ScheduleSummary> list(WorkspaceId workspace) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + " from workforce_schedules where workspace_id = ? order by first_day desc, created_at desc limit 100")
                .param(workspace.value()).query(ScheduleStore::summary).list();
    }

    List<ScheduledShift> shifts(WorkspaceId workspace, UUID schedule) {
        return jdbc.sql("""
                select s.*, u.display_name from workforce_schedule_shifts s left join users u on u.id = s.user_id and u.workspace_id = s.workspace_id
                where s.schedule_id = ? and s.workspace_id = ? order by u.display_name, s.user_id, s.local_day""")
                .params(schedule, workspace.value()).query(ScheduleStore::shift).list();
    }

    /**
     * Shifts of published schedules between two days, of one agent or ({@code user} null) everyone; the newest
     * published schedule wins a day.
     */
    List<ScheduledShift> publishedShifts(WorkspaceId workspace, @Nullable UUID user, LocalDate from, LocalDate to) {
        return jdbc.sql(PUBLISHED_SHIFTS).params(workspace.value(), user, user, Date.valueOf(from), Date.valueOf(to)).query(ScheduleStore::shift).list();
    }

    /** Everyone's shifts of published schedules between two days, each with its schedule (what a swap names). */
    List<SwappableShift> swappableShifts(WorkspaceId workspace, LocalDate from, LocalDate to) {
        return jdbc.sql(PUBLISHED_SHIFTS).params(workspace.value(), null, null, Date.valueOf(from), Date.valueOf(to))
                .query((rs, row) -> new SwappableShift(rs.getObject("schedule_id", UUID.class), shift(rs, row))).list();
    }

    private static ScheduleSummary summary(ResultSet rs, int row) throws SQLException {
        @Nullable String score = rs.getString("score");
        double coverage = rs.getDouble("coverage");
        return new ScheduleSummary(rs.getObject("id", UUID.class), rs.getDate("first_day").toLocalDate(), rs.getInt("days"),
                ScheduleStatus.valueOf(rs.getString("status")), score, score == null ? null : hardViolations(score),
                rs.wasNull() ? null : coverage, rs.getString("failure"), java.util.Objects.requireNonNull(Timestamps.read(rs, "created_at")),
                Timestamps.read(rs, "finished_at"), Timestamps.read(rs, "published_at"));
    }

    /** The hard part of a score such as {@code -2hard/-40medium/-7soft}, as a count of broken rules' weight. */
    static int hardViolations(String score) {
        String hard = score.substring(0, score.indexOf("hard"));
        return (int) -Long.parseLong(hard);
    }

    private static ScheduledShift shift(ResultSet rs, int row) throws SQLException {
        @Nullable String name = rs.getString("display_name");
        return new ScheduledShift(rs.getObject("user_id", UUID.class), name == null ? "" : name, rs.getDate("local_day").toLocalDate(),
                rs.getTimestamp("starts_at").toLocalDateTime(), rs.getTimestamp("ends_at").toLocalDateTime(), rs.getString("template"),
                JSON.readValue(rs.getString("activities"), new TypeReference<List<ScheduledShift.ShownActivity>>() { }),
                rs.getBoolean("edited"));
    }
}
