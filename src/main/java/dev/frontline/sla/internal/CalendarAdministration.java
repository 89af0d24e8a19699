package dev.frontline.sla.internal;

import dev.frontline.audit.AuditTrail;
import dev.frontline.identity.Directory;
import dev.frontline.shared.Caller;
import dev.frontline.shared.ConflictException;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.WorkspaceId;
import dev.frontline.sla.BusinessCalendar;
import dev.frontline.sla.Holiday;
import dev.frontline.sla.WeeklyHours;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins set a workspace's or team's hours and holidays; everyone may read them. {@code teamId} null
 * means the workspace's default calendar. A team's holidays belong to its own calendar, so a team that
 * uses the workspace's hours has none of its own until it gets its own hours. Every change is audited
 * and reaches every node's cache once committed ({@link BusinessCalendars}).
 */
@Service
public class CalendarAdministration {

    /** An event of an import, and whether the calendar already has that holiday (then it is not imported again). */
    public record ImportLine(IcsHolidays.Candidate holiday, boolean duplicate) {
    }

    public record ImportResult(List<ImportLine> holidays, List<IcsHolidays.Skipped> skipped, int imported) {
    }

    private final CalendarStore store;
    private final BusinessCalendars calendars;
    private final Directory directory;
    private final AuditTrail audit;
    private final Clock clock;

    CalendarAdministration(CalendarStore store, BusinessCalendars calendars, Directory directory, AuditTrail audit,
                           Clock clock) {
        this.store = store;
        this.calendars = calendars;
        this.directory = directory;
        this.audit = audit;
        this.clock = clock;
    }

    /** The calendar that applies to the workspace or team (a team without its own shows the workspace's). */
    @Transactional(readOnly = true)
    public StoredCalendar calendar(Caller caller, @Nullable UUID teamId) {
        requireTeam(caller.workspaceId(), teamId);
        return calendars.resolve(caller.workspaceId(), teamId);
    }

    @Transactional
    public StoredCalendar changeHours(Caller caller, @Nullable UUID teamId, ZoneId zone, WeeklyHours week) {
        caller.require(Role.ADMIN);
        requireTeam(caller.workspaceId(), teamId);
        UUID calendarId = calendarId(caller.workspaceId(), teamId);
        store.saveHours(caller.workspaceId(), calendarId, teamId, new CalendarStore.Hours(zone, week), clock.instant());
        Map<String, Object> detail = detail(teamId);
        detail.put("timezone", zone.getId());
        detail.put("week", week.toString());
        audit.record(caller, "business_hours.changed", "business_hours", calendarId, detail);
        calendars.changed(caller.workspaceId(), teamId);
        // Built here rather than through the cache, which must not hold what this transaction has not committed yet.
        return new StoredCalendar(new BusinessCalendar(zone, week, store.holidays(caller.workspaceId(), calendarId)),
                teamId == null ? StoredCalendar.Source.WORKSPACE : StoredCalendar.Source.TEAM);
    }

    /** The team goes back to the workspace's hours; its own holidays go with its calendar. */
    @Transactional
    public void useWorkspaceHours(Caller caller, UUID teamId) {
        caller.require(Role.ADMIN);
        requireTeam(caller.workspaceId(), teamId);
        if (store.delete(caller.workspaceId(), teamId)) {
            audit.record(caller, "business_hours.removed", "business_hours", teamId, detail(teamId));
            calendars.changed(caller.workspaceId(), teamId);
        }
    }

    @Transactional
    public Holiday addHoliday(Caller caller, @Nullable UUID teamId, Holiday holiday) {
        UUID calendarId = writableCalendar(caller, teamId);
        Holiday added = store.addHoliday(caller.workspaceId(), calendarId, holiday, clock.instant());
        audit.record(caller, "holiday.added", "holiday", added.id(), describe(teamId, added));
        calendars.changed(caller.workspaceId(), teamId);
        return added;
    }

    @Transactional
    public Holiday changeHoliday(Caller caller, @Nullable UUID teamId, Holiday holiday) {
        UUID calendarId = writableCalendar(caller, teamId);
        store.holiday(caller.workspaceId(), calendarId, holiday.id())
                .orElseThrow(() -> new NotFoundException("Holiday", holiday.id()));
        store.updateHoliday(caller.workspaceId(), calendarId, holiday);
        audit.record(caller, "holiday.changed", "holiday", holiday.id(), describe(teamId, holiday));
        calendars.changed(caller.workspaceId(), teamId);
        return holiday;
    }

    @Transactional
    public void deleteHoliday(Caller caller, @Nullable UUID teamId, UUID holidayId) {
        UUID calendarId = writableCalendar(caller, teamId);
        if (!store.deleteHoliday(caller.workspaceId(), calendarId, holidayId)) {
            throw new NotFoundException("Holiday", holidayId);
        }
        audit.record(caller, "holiday.deleted", "holiday", holidayId, detail(teamId));
        calendars.changed(caller.workspaceId(), teamId);
    }

    /**
     * Reads holidays from an iCalendar file and, unless {@code preview}, adds those the calendar does not
     * have yet (same name and dates); the answer is the same either way, so a preview shows exactly
     * what importing would do.
     */
    @Transactional
    public ImportResult importHolidays(Caller caller, @Nullable UUID teamId, String ics, boolean preview) {
        UUID calendarId = writableCalendar(caller, teamId);
        IcsHolidays.Parsed parsed;
        try {
            parsed = IcsHolidays.parse(ics);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("file", e.getMessage());
        }
        Set<IcsHolidays.Candidate> known = new HashSet<>();
        store.holidays(caller.workspaceId(), calendarId).forEach(holiday -> known.add(
                new IcsHolidays.Candidate(holiday.name(), holiday.firstDay(), holiday.lastDay(), holiday.yearly())));
        List<ImportLine> lines = parsed.holidays().stream()
                .map(candidate -> new ImportLine(candidate, !known.add(candidate)))
                .toList();
        List<ImportLine> fresh = lines.stream().filter(line -> !line.duplicate()).toList();
        if (!preview && !fresh.isEmpty()) {
            for (ImportLine line : fresh) {
                IcsHolidays.Candidate candidate = line.holiday();
                store.addHoliday(caller.workspaceId(), calendarId, new Holiday(UUID.randomUUID(), candidate.name(),
                        candidate.firstDay(), candidate.lastDay(), candidate.yearly()), clock.instant());
            }
            Map<String, Object> detail = detail(teamId);
            detail.put("imported", fresh.size());
            audit.record(caller, "holiday.imported", "business_hours", calendarId, detail);
            calendars.changed(caller.workspaceId(), teamId);
        }
        return new ImportResult(lines, parsed.skipped(), preview ? 0 : fresh.size());
    }

    /** The calendar a holiday change goes to: the workspace's, or the team's own, which must exist. */
    private UUID writableCalendar(Caller caller, @Nullable UUID teamId) {
        caller.require(Role.ADMIN);
        requireTeam(caller.workspaceId(), teamId);
        if (teamId != null && store.hours(caller.workspaceId(), teamId).isEmpty()) {
            throw new ConflictException("This team uses the workspace's business hours and holidays; "
                    + "give it hours of its own first.");
        }
        return calendarId(caller.workspaceId(), teamId);
    }

    private void requireTeam(WorkspaceId workspace, @Nullable UUID teamId) {
        if (teamId != null && !directory.teamExists(workspace, teamId)) {
            throw new NotFoundException("Team", teamId);
        }
    }

    private static UUID calendarId(WorkspaceId workspace, @Nullable UUID teamId) {
        return teamId == null ? workspace.value() : teamId;
    }

    private static Map<String, Object> detail(@Nullable UUID teamId) {
        Map<String, Object> detail = new HashMap<>();
        if (teamId != null) {
            detail.put("teamId", teamId);
        }
        return detail;
    }

    private static Map<String, Object> describe(@Nullable UUID teamId, Holiday holiday) {
        Map<String, Object> detail = detail(teamId);
        detail.put("name", holiday.name());
        detail.put("firstDay", holiday.firstDay().toString());
        detail.put("lastDay", holiday.lastDay().toString());
        detail.put("yearly", holiday.yearly());
        return detail;
    }
}
