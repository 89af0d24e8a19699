package dev.frontline.workforce.schedule;

import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code workforce_time_off} table, every query scoped to the workspace. */
@Component
class TimeOffStore {

    private static final String COLUMNS = "t.id, t.user_id, u.display_name, t.first_day, t.last_day, t.reason, t.status, t.decided_at, t.created_at";
    private static final String FROM = " from workforce_time_off t left join users u on u.id = t.user_id and u.workspace_id = t.workspace_id ";

    private final JdbcClient jdbc;

    TimeOffStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId workspace, TimeOffRequest request) {
        jdbc.sql("""
                insert into workforce_time_off (id, workspace_id, user_id, first_day, last_day, reason, status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(request.id(), workspace.value(), request.userId(), Date.valueOf(request.firstDay()), Date.valueOf(request.lastDay()),
                        request.reason(), request.status().name(), Timestamps.sql(request.createdAt()))
                .update();
    }

    /** Decides a request still waiting; false when it was decided already (by anyone, on any node). */
    boolean decide(WorkspaceId workspace, UUID id, TimeOffRequest.Status decision, UUID decidedBy, Instant now) {
        return jdbc.sql("""
                update workforce_time_off set status = ?, decided_by = ?, decided_at = ?
                where workspace_id = ? and id = ? and status = 'REQUESTED'""")
                .params(decision.name(), decidedBy, Timestamps.sql(now), workspace.value(), id).update() == 1;
    }

    Optional<TimeOffRequest> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select " + COLUMNS + FROM + "where t.workspace_id = ? and t.id = ?")
                .params(workspace.value(), id).query(TimeOffStore::request).optional();
    }

    List<TimeOffRequest> list(WorkspaceId workspace, @Nullable UUID user) {
        return user == null
                ? jdbc.sql("select " + COLUMNS + FROM + "where t.workspace_id = ? order by t.first_day desc, t.created_at desc limit 500")
                        .param(workspace.value()).query(TimeOffStore::request).list()
                : jdbc.sql("select " + COLUMNS + FROM + "where t.workspace_id = ? and t.user_id = ? order by t.first_day desc limit 500")
                        .params(workspace.value(), user).query(TimeOffStore::request).list();
    }

    /** Approved time off overlapping the days from {@code first} to {@code last}. */
    List<TimeOffRequest> approvedBetween(WorkspaceId workspace, LocalDate first, LocalDate last) {
        return jdbc.sql("select " + COLUMNS + FROM + "where t.workspace_id = ? and t.status = 'APPROVED' and t.first_day <= ? and t.last_day >= ?")
                .params(workspace.value(), Date.valueOf(last), Date.valueOf(first)).query(TimeOffStore::request).list();
    }

    private static TimeOffRequest request(ResultSet rs, int row) throws SQLException {
        @Nullable String name = rs.getString("display_name");
        return new TimeOffRequest(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), name == null ? "" : name,
                rs.getDate("first_day").toLocalDate(), rs.getDate("last_day").toLocalDate(), rs.getString("reason"),
                TimeOffRequest.Status.valueOf(rs.getString("status")), Timestamps.read(rs, "decided_at"),
                java.util.Objects.requireNonNull(Timestamps.read(rs, "created_at")));
    }
}
