package dev.frontline.workforce.schedule;

import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code workforce_shift_swaps} table, every query scoped to the workspace. */
@Component
class ShiftSwapStore {

    private static final String COLUMNS = "id, schedule_id, requester_id, requester_day, partner_id, partner_day, status, created_at, decided_at";

    private final JdbcClient jdbc;

    ShiftSwapStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(WorkspaceId workspace, ShiftSwap swap) {
        jdbc.sql("""
                insert into workforce_shift_swaps (id, workspace_id, schedule_id, requester_id, requester_day, partner_id, partner_day, status, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(swap.id(), workspace.value(), swap.scheduleId(), swap.requesterId(), Date.valueOf(swap.requesterDay()), swap.partnerId(),
                        Date.valueOf(swap.partnerDay()), swap.status().name(), Timestamps.sql(swap.createdAt()))
                .update();
    }

    /** Moves a swap from one status to the next; false when someone else moved it first. */
    boolean transition(WorkspaceId workspace, UUID id, ShiftSwap.Status from, ShiftSwap.Status to, UUID by, Instant now) {
        return jdbc.sql("update workforce_shift_swaps set status = ?, decided_by = ?, decided_at = ? where workspace_id = ? and id = ? and status = ?")
                .params(to.name(), by, Timestamps.sql(now), workspace.value(), id, from.name()).update() == 1;
    }

    Optional<ShiftSwap> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from workforce_shift_swaps where workspace_id = ? and id = ?")
                .params(workspace.value(), id).query(ShiftSwapStore::swap).optional();
    }

    List<ShiftSwap> list(WorkspaceId workspace, @Nullable UUID involving) {
        return involving == null
                ? jdbc.sql("select " + COLUMNS + " from workforce_shift_swaps where workspace_id = ? order by created_at desc limit 500")
                        .param(workspace.value()).query(ShiftSwapStore::swap).list()
                : jdbc.sql("select " + COLUMNS + " from workforce_shift_swaps where workspace_id = ? and (requester_id = ? or partner_id = ?) order by created_at desc limit 500")
                        .params(workspace.value(), involving, involving).query(ShiftSwapStore::swap).list();
    }

    private static ShiftSwap swap(ResultSet rs, int row) throws SQLException {
        return new ShiftSwap(rs.getObject("id", UUID.class), rs.getObject("schedule_id", UUID.class), rs.getObject("requester_id", UUID.class),
                rs.getDate("requester_day").toLocalDate(), rs.getObject("partner_id", UUID.class), rs.getDate("partner_day").toLocalDate(),
                ShiftSwap.Status.valueOf(rs.getString("status")), java.util.Objects.requireNonNull(Timestamps.read(rs, "created_at")),
                Timestamps.read(rs, "decided_at"));
    }
}
