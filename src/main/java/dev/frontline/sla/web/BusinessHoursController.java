package dev.frontline.sla.web;

import dev.frontline.shared.Caller;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.PayloadTooLargeException;
import dev.frontline.shared.Role;
import dev.frontline.shared.StorableText;
import dev.frontline.shared.web.RequiresRole;
import dev.frontline.sla.BusinessCalendar;
import dev.frontline.sla.Holiday;
import dev.frontline.sla.OpeningRange;
import dev.frontline.sla.WeeklyHours;
import dev.frontline.sla.internal.CalendarAdministration;
import dev.frontline.sla.internal.IcsHolidays;
import dev.frontline.sla.internal.StoredCalendar;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.security.core.annotation.AuthenticationPrincipal;

/**
 * Business hours of the workspace ({@code /api/v1/business-hours}) and of a team
 * ({@code /api/v1/teams/{teamId}/business-hours}): everyone reads, admins change.
 */
@RestController
class BusinessHoursController {

    static final int MAX_ICS_BYTES = 1024 * 1024;
    private static final String WORKSPACE = "/api/v1/business-hours";
    private static final String TEAM = "/api/v1/teams/{teamId}/business-hours";

    record Range(@NotNull String from, @NotNull String to) {
    }

    record HoursChange(@NotBlank @Size(max = 60) String timezone, @Nullable Map<DayOfWeek, List<Range>> week,
                       @Nullable Boolean alwaysOpen) {
    }

    record HolidayChange(@NotBlank @Size(max = 200) String name, @NotNull LocalDate firstDay, @Nullable LocalDate lastDay,
                         @Nullable Boolean yearly) {
    }

    record HolidayView(UUID id, String name, LocalDate firstDay, LocalDate lastDay, boolean yearly) {

        static HolidayView of(Holiday holiday) {
            return new HolidayView(holiday.id(), holiday.name(), holiday.firstDay(), holiday.lastDay(), holiday.yearly());
        }
    }

    /** {@code source}: DEFAULT (never set), WORKSPACE, or TEAM (the team's own hours). */
    record CalendarView(StoredCalendar.Source source, @Nullable UUID teamId, String timezone, boolean alwaysOpen,
                        Map<DayOfWeek, List<Range>> week, List<HolidayView> holidays, boolean openNow,
                        @Nullable Instant nextOpening) {
    }

    private final CalendarAdministration administration;
    private final Clock clock;

    BusinessHoursController(CalendarAdministration administration, Clock clock) {
        this.administration = administration;
        this.clock = clock;
    }

    @GetMapping({WORKSPACE, TEAM})
    CalendarView calendar(@AuthenticationPrincipal Caller caller, @PathVariable(required = false) @Nullable UUID teamId) {
        return view(teamId, administration.calendar(caller, teamId));
    }

    @PutMapping({WORKSPACE, TEAM})
    @RequiresRole(Role.ADMIN)
    CalendarView changeHours(@AuthenticationPrincipal Caller caller, @PathVariable(required = false) @Nullable UUID teamId,
                             @Valid @RequestBody HoursChange change) {
        WeeklyHours week = Boolean.TRUE.equals(change.alwaysOpen()) ? WeeklyHours.alwaysOpen() : week(change.week());
        return view(teamId, administration.changeHours(caller, teamId, zone(change.timezone()), week));
    }

    @DeleteMapping(TEAM)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void useWorkspaceHours(@AuthenticationPrincipal Caller caller, @PathVariable UUID teamId) {
        administration.useWorkspaceHours(caller, teamId);
    }

    @GetMapping({WORKSPACE + "/holidays", TEAM + "/holidays"})
    List<HolidayView> holidays(@AuthenticationPrincipal Caller caller, @PathVariable(required = false) @Nullable UUID teamId) {
        return administration.calendar(caller, teamId).calendar().holidays().stream().map(HolidayView::of).toList();
    }

    @PostMapping({WORKSPACE + "/holidays", TEAM + "/holidays"})
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresRole(Role.ADMIN)
    HolidayView addHoliday(@AuthenticationPrincipal Caller caller, @PathVariable(required = false) @Nullable UUID teamId,
                           @Valid @RequestBody HolidayChange change) {
        return HolidayView.of(administration.addHoliday(caller, teamId, holiday(UUID.randomUUID(), change)));
    }

    @PutMapping({WORKSPACE + "/holidays/{holidayId}", TEAM + "/holidays/{holidayId}"})
    @RequiresRole(Role.ADMIN)
    HolidayView changeHoliday(@AuthenticationPrincipal Caller caller, @PathVariable(required = false) @Nullable UUID teamId,
                              @PathVariable UUID holidayId, @Valid @RequestBody HolidayChange change) {
        return HolidayView.of(administration.changeHoliday(caller, teamId, holiday(holidayId, change)));
    }

    @DeleteMapping({WORKSPACE + "/holidays/{holidayId}", TEAM + "/holidays/{holidayId}"})
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteHoliday(@AuthenticationPrincipal Caller caller, @PathVariable(required = false) @Nullable UUID teamId,
                       @PathVariable UUID holidayId) {
        administration.deleteHoliday(caller, teamId, holidayId);
    }

    /** The file as the body ({@code text/calendar}); RFC 5545 files are UTF-8. */
    @PostMapping(path = {WORKSPACE + "/holidays/import", TEAM + "/holidays/import"}, consumes = {"text/calendar", "text/plain"})
    CalendarAdministration.ImportResult importCalendar(@AuthenticationPrincipal Caller caller,
                                                       @PathVariable(required = false) @Nullable UUID teamId,
                                                       @RequestParam(defaultValue = "false") boolean preview,
                                                       @RequestBody byte[] body) {
        return administration.importHolidays(caller, teamId, utf8(body), preview);
    }

    /** The file as the {@code file} part of a form upload. */
    @PostMapping(path = {WORKSPACE + "/holidays/import", TEAM + "/holidays/import"}, consumes = "multipart/form-data")
    CalendarAdministration.ImportResult importUpload(@AuthenticationPrincipal Caller caller,
                                                     @PathVariable(required = false) @Nullable UUID teamId,
                                                     @RequestParam(defaultValue = "false") boolean preview,
                                                     @RequestPart("file") MultipartFile file) throws IOException {
        if (file.getSize() > MAX_ICS_BYTES) {
            throw new PayloadTooLargeException("An iCalendar file may have at most 1 MB.");
        }
        return administration.importHolidays(caller, teamId, utf8(file.getBytes()), preview);
    }

    private CalendarView view(@Nullable UUID teamId, StoredCalendar stored) {
        BusinessCalendar calendar = stored.calendar();
        Map<DayOfWeek, List<Range>> week = new EnumMap<>(DayOfWeek.class);
        calendar.week().days().forEach((day, ranges) -> week.put(day,
                ranges.stream().map(range -> new Range(range.from(), range.to())).toList()));
        Instant now = clock.instant();
        return new CalendarView(stored.source(), teamId, calendar.zone().getId(), calendar.week().isAlwaysOpen(), week,
                calendar.holidays().stream().map(HolidayView::of).toList(), calendar.isOpen(now),
                calendar.nextOpening(now).orElse(null));
    }

    private static String utf8(byte[] bytes) {
        if (bytes.length > MAX_ICS_BYTES) {
            throw new PayloadTooLargeException("An iCalendar file may have at most 1 MB.");
        }
        // An uploaded file is text from outside like any other: holiday names are stored.
        return StorableText.required(new String(bytes, StandardCharsets.UTF_8));
    }

    private static ZoneId zone(String timezone) {
        String id = timezone.strip();
        if (!ZoneId.getAvailableZoneIds().contains(id)) {
            throw new InvalidRequestException("timezone", "is not a known time zone, e.g. Asia/Taipei");
        }
        try {
            return ZoneId.of(id);
        } catch (DateTimeException e) {
            throw new InvalidRequestException("timezone", "is not a known time zone, e.g. Asia/Taipei");
        }
    }

    private static WeeklyHours week(@Nullable Map<DayOfWeek, List<Range>> days) {
        if (days == null) {
            throw new InvalidRequestException("week", "is required unless alwaysOpen is true");
        }
        Map<DayOfWeek, List<OpeningRange>> ranges = new EnumMap<>(DayOfWeek.class);
        try {
            days.forEach((day, list) -> ranges.put(day, list == null ? List.of() : list.stream().map(range -> {
                if (range == null || range.from() == null || range.to() == null) {
                    throw new IllegalArgumentException("each range has a from and a to time");
                }
                return OpeningRange.parse(range.from(), range.to());
            }).toList()));
            return WeeklyHours.of(ranges);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("week", e.getMessage());
        }
    }

    private static Holiday holiday(UUID id, HolidayChange change) {
        try {
            return new Holiday(id, change.name().strip(), change.firstDay(),
                    change.lastDay() == null ? change.firstDay() : change.lastDay(), Boolean.TRUE.equals(change.yearly()));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("lastDay", e.getMessage());
        }
    }
}
