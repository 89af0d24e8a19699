package dev.frontline.workforce.forecast;

import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code workforce_forecast_adjustments} table, every query scoped to the workspace. */
@Component
class AdjustmentStore {

    private final JdbcClient jdbc;

    AdjustmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Sets the queue's adjustment for the day; two nodes saving the same day at once leave one row (the last update). */
    void save(WorkspaceId workspace, ForecastAdjustment adjustment, Instant now) {
        if (update(workspace, adjustment, now) == 0) {
            int inserted = jdbc.sql("""
                    insert into workforce_forecast_adjustments (workspace_id, queue_id, local_day, factor, note, updated_at)
                    values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                    .params(workspace.value(), adjustment.queueId(), Date.valueOf(adjustment.day()), adjustment.factor(), adjustment.note(),
                            Timestamps.sql(now))
                    .update();
            if (inserted == 0) {
                update(workspace, adjustment, now);
            }
        }
    }

    private int update(WorkspaceId workspace, ForecastAdjustment adjustment, Instant now) {
        return jdbc.sql("update workforce_forecast_adjustments set factor = ?, note = ?, updated_at = ? where workspace_id = ? and queue_id = ? and local_day = ?")
                .params(adjustment.factor(), adjustment.note(), Timestamps.sql(now), workspace.value(), adjustment.queueId(),
                        Date.valueOf(adjustment.day()))
                .update();
    }

    boolean delete(WorkspaceId workspace, UUID queue, LocalDate day) {
        return jdbc.sql("delete from workforce_forecast_adjustments where workspace_id = ? and queue_id = ? and local_day = ?")
                .params(workspace.value(), queue, Date.valueOf(day)).update() > 0;
    }

    List<ForecastAdjustment> list(WorkspaceId workspace, UUID queue) {
        return jdbc.sql("select queue_id, local_day, factor, note from workforce_forecast_adjustments where workspace_id = ? and queue_id = ? order by local_day")
                .params(workspace.value(), queue)
                .query((rs, row) -> new ForecastAdjustment(rs.getObject("queue_id", UUID.class), rs.getDate("local_day").toLocalDate(),
                        rs.getDouble("factor"), rs.getString("note")))
                .list();
    }
}
