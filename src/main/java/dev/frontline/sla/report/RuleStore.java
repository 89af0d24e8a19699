package dev.frontline.sla.report;

import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code sla_report_settings} table: each workspace's {@link ServiceLevelRule}. */
@Repository
class RuleStore {

    private final JdbcClient jdbc;

    RuleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ServiceLevelRule rule(WorkspaceId workspace) {
        return jdbc.sql("select threshold_seconds, abandons, short_abandon_seconds from sla_report_settings where workspace_id = ?")
                .param(workspace.value())
                .query((rs, n) -> new ServiceLevelRule(Duration.ofSeconds(rs.getInt("threshold_seconds")),
                        AbandonTreatment.valueOf(rs.getString("abandons")), Duration.ofSeconds(rs.getInt("short_abandon_seconds"))))
                .optional().orElse(ServiceLevelRule.DEFAULT);
    }

    void save(WorkspaceId workspace, ServiceLevelRule rule, Instant now) {
        Object[] values = {(int) rule.threshold().toSeconds(), rule.abandons().name(), (int) rule.shortAbandon().toSeconds(),
                Timestamps.sql(now), workspace.value()};
        if (jdbc.sql("update sla_report_settings set threshold_seconds = ?, abandons = ?, short_abandon_seconds = ?, updated_at = ? where workspace_id = ?")
                .params(values).update() == 0) {
            jdbc.sql("insert into sla_report_settings (threshold_seconds, abandons, short_abandon_seconds, updated_at, workspace_id) values (?, ?, ?, ?, ?)")
                    .params(values).update();
        }
    }
}
