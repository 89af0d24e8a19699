package dev.frontline.workforce;

import dev.frontline.shared.Timestamps;
import dev.frontline.support.TestWorkspaces;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A fixture writing a published schedule as the scheduler stores it (no solving): known shifts with their breaks and
 * meetings in the workspace's wall-clock time.
 */
public final class PublishedShifts {

    private final JdbcClient jdbc;
    private final TestWorkspaces.Workspace workspace;
    private final UUID schedule = UUID.randomUUID();

    public record Away(String kind, LocalDateTime start, LocalDateTime end, String title) {
    }

    private PublishedShifts(JdbcClient jdbc, TestWorkspaces.Workspace workspace, LocalDateTime day) {
        this.jdbc = jdbc;
        this.workspace = workspace;
        jdbc.sql("""
                insert into workforce_schedules (id, workspace_id, first_day, days, status, request, time_limit_seconds, created_by, created_at,
                                                 finished_at, published_at)
                values (?, ?, ?, 1, 'SOLVED', '{}', 10, ?, ?, ?, ?)""")
                .params(schedule, workspace.id().value(), java.sql.Date.valueOf(day.toLocalDate()), workspace.supervisor().id().value(),
                        Timestamps.sql(Instant.now()), Timestamps.sql(Instant.now()), Timestamps.sql(Instant.now()))
                .update();
    }

    /** A schedule of the one local {@code day}, published now. */
    public static PublishedShifts on(JdbcClient jdbc, TestWorkspaces.Workspace workspace, LocalDateTime day) {
        return new PublishedShifts(jdbc, workspace, day);
    }

    public PublishedShifts shift(UUID agent, LocalDateTime start, LocalDateTime end, Away... away) {
        List<String> activities = new ArrayList<>();
        for (Away activity : away) {
            activities.add("{\"kind\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"title\":\"%s\"}"
                    .formatted(activity.kind(), activity.start(), activity.end(), activity.title()));
        }
        jdbc.sql("""
                insert into workforce_schedule_shifts (schedule_id, workspace_id, user_id, local_day, starts_at, ends_at, template, activities, edited)
                values (?, ?, ?, ?, ?, ?, 'Day', ?, false)""")
                .params(schedule, workspace.id().value(), agent, java.sql.Date.valueOf(start.toLocalDate()), Timestamp.valueOf(start),
                        Timestamp.valueOf(end), "[" + String.join(",", activities) + "]")
                .update();
        return this;
    }
}
