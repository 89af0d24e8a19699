package dev.frontline.sla.internal;

import dev.frontline.shared.Ids;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import dev.frontline.sla.Holiday;
import dev.frontline.sla.WeeklyHours;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code business_calendars} and {@code business_holidays} tables. A calendar's id is the workspace's
 * id for its default calendar and the team's id for a team's; every statement is scoped to the workspace.
 */
@Component
public class CalendarStore {

    /** A calendar's own row: its zone and week. */
    public record Hours(ZoneId zone, WeeklyHours week) {
    }

    private final JdbcClient jdbc;

    CalendarStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Hours> hours(WorkspaceId workspace, UUID calendarId) {
        return jdbc.sql("select timezone, week from business_calendars where workspace_id = ? and calendar_id = ?")
                .params(workspace.value(), calendarId)
                .query((rs, n) -> new Hours(ZoneId.of(rs.getString("timezone")), WeeklyHours.parse(rs.getString("week"))))
                .optional();
    }

    public void saveHours(WorkspaceId workspace, UUID calendarId, @Nullable UUID teamId, Hours hours, Instant now) {
        int updated = jdbc.sql("""
                update business_calendars set timezone = ?, week = ?, updated_at = ?
                where workspace_id = ? and calendar_id = ?""")
                .params(hours.zone().getId(), hours.week().toString(), Timestamps.sql(now), workspace.value(), calendarId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into business_calendars (workspace_id, calendar_id, team_id, timezone, week, updated_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(workspace.value(), calendarId, teamId, hours.zone().getId(), hours.week().toString(),
                            Timestamps.sql(now))
                    .update();
        }
    }

    /** Removes a calendar and its holidays; false if there was none. */
    public boolean delete(WorkspaceId workspace, UUID calendarId) {
        jdbc.sql("delete from business_holidays where workspace_id = ? and calendar_id = ?")
                .params(workspace.value(), calendarId).update();
        return jdbc.sql("delete from business_calendars where workspace_id = ? and calendar_id = ?")
                .params(workspace.value(), calendarId).update() > 0;
    }

    public List<Holiday> holidays(WorkspaceId workspace, UUID calendarId) {
        return jdbc.sql("""
                select id, name, first_day, last_day, yearly from business_holidays
                where workspace_id = ? and calendar_id = ? order by first_day, name, id""")
                .params(workspace.value(), calendarId)
                .query(CalendarStore::holiday)
                .list();
    }

    public Optional<Holiday> holiday(WorkspaceId workspace, UUID calendarId, UUID holidayId) {
        return jdbc.sql("""
                select id, name, first_day, last_day, yearly from business_holidays
                where workspace_id = ? and calendar_id = ? and id = ?""")
                .params(workspace.value(), calendarId, holidayId)
                .query(CalendarStore::holiday)
                .optional();
    }

    public Holiday addHoliday(WorkspaceId workspace, UUID calendarId, Holiday holiday, Instant now) {
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into business_holidays (id, workspace_id, calendar_id, name, first_day, last_day, yearly, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, workspace.value(), calendarId, holiday.name(), holiday.firstDay(), holiday.lastDay(),
                        holiday.yearly(), Timestamps.sql(now))
                .update();
        return new Holiday(id, holiday.name(), holiday.firstDay(), holiday.lastDay(), holiday.yearly());
    }

    public void updateHoliday(WorkspaceId workspace, UUID calendarId, Holiday holiday) {
        jdbc.sql("""
                update business_holidays set name = ?, first_day = ?, last_day = ?, yearly = ?
                where workspace_id = ? and calendar_id = ? and id = ?""")
                .params(holiday.name(), holiday.firstDay(), holiday.lastDay(), holiday.yearly(), workspace.value(),
                        calendarId, holiday.id())
                .update();
    }

    public boolean deleteHoliday(WorkspaceId workspace, UUID calendarId, UUID holidayId) {
        return jdbc.sql("delete from business_holidays where workspace_id = ? and calendar_id = ? and id = ?")
                .params(workspace.value(), calendarId, holidayId).update() > 0;
    }

    private static Holiday holiday(ResultSet rs, int row) throws SQLException {
        return new Holiday(rs.getObject("id", UUID.class), rs.getString("name"),
                rs.getObject("first_day", LocalDate.class), rs.getObject("last_day", LocalDate.class),
                rs.getBoolean("yearly"));
    }
}
