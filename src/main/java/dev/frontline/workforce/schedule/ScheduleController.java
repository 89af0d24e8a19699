package dev.frontline.workforce.schedule;

import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.web.RequiresRole;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/workforce/schedules}, {@code /my-schedule}, {@code /time-off} and {@code /shift-swaps} under {@code /api/v1/workforce}. */
@RestController
class ScheduleController {

    record TimeOffBody(@Nullable LocalDate firstDay, @Nullable LocalDate lastDay, @Nullable String reason) {
    }

    record SwapBody(@Nullable UUID scheduleId, @Nullable LocalDate day, @Nullable UUID partnerId, @Nullable LocalDate partnerDay) {
    }

    private final Schedules schedules;
    private final TimeOffRequests timeOff;
    private final ShiftSwaps swaps;

    ScheduleController(Schedules schedules, TimeOffRequests timeOff, ShiftSwaps swaps) {
        this.schedules = schedules;
        this.timeOff = timeOff;
        this.swaps = swaps;
    }

    @PostMapping("/api/v1/workforce/schedules")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @RequiresRole(Role.SUPERVISOR)
    ScheduleSummary generate(@AuthenticationPrincipal Caller caller, @RequestBody ScheduleRequest request) {
        return schedules.generate(caller, request);
    }

    @PostMapping("/api/v1/workforce/schedules/coverage-from-forecast")
    @RequiresRole(Role.SUPERVISOR)
    List<ScheduleRequest.ForecastCoverage> coverageFromForecast(@AuthenticationPrincipal Caller caller, @RequestBody ScheduleRequest request) {
        return schedules.coverageFromForecast(caller, request);
    }

    @GetMapping("/api/v1/workforce/schedules")
    @RequiresRole(Role.SUPERVISOR)
    List<ScheduleSummary> list(@AuthenticationPrincipal Caller caller) {
        return schedules.list(caller);
    }

    @GetMapping("/api/v1/workforce/schedules/{id}")
    @RequiresRole(Role.SUPERVISOR)
    Schedules.Detail get(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return schedules.get(caller, id);
    }

    @GetMapping("/api/v1/workforce/schedules/{id}/coverage")
    @RequiresRole(Role.SUPERVISOR)
    List<Schedules.CoverageLine> coverage(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return schedules.coverage(caller, id);
    }

    @PutMapping("/api/v1/workforce/schedules/{id}/shifts/{userId}/{day}")
    @RequiresRole(Role.SUPERVISOR)
    Schedules.Detail edit(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @PathVariable UUID userId, @PathVariable LocalDate day,
                          @RequestBody Schedules.ShiftEdit edit) {
        return schedules.editShift(caller, id, userId, day, edit);
    }

    @PostMapping("/api/v1/workforce/schedules/{id}/publish")
    @RequiresRole(Role.SUPERVISOR)
    ScheduleSummary publish(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return schedules.publish(caller, id);
    }

    @GetMapping("/api/v1/workforce/my-schedule")
    List<ScheduledShift> mine(@AuthenticationPrincipal Caller caller, @RequestParam LocalDate from, @RequestParam(defaultValue = "14") int days) {
        return schedules.mine(caller, from, days);
    }

    @GetMapping("/api/v1/workforce/team-schedule")
    List<SwappableShift> team(@AuthenticationPrincipal Caller caller, @RequestParam LocalDate from, @RequestParam(defaultValue = "14") int days) {
        return schedules.team(caller, from, days);
    }

    @PostMapping("/api/v1/workforce/time-off")
    @ResponseStatus(HttpStatus.CREATED)
    TimeOffRequest requestTimeOff(@AuthenticationPrincipal Caller caller, @RequestBody TimeOffBody body) {
        return timeOff.request(caller, body.firstDay(), body.lastDay(), body.reason());
    }

    @GetMapping("/api/v1/workforce/time-off")
    List<TimeOffRequest> timeOff(@AuthenticationPrincipal Caller caller) {
        return timeOff.list(caller);
    }

    @PostMapping("/api/v1/workforce/time-off/{id}/approve")
    @RequiresRole(Role.SUPERVISOR)
    TimeOffRequest approve(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return timeOff.decide(caller, id, true);
    }

    @PostMapping("/api/v1/workforce/time-off/{id}/decline")
    @RequiresRole(Role.SUPERVISOR)
    TimeOffRequest decline(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return timeOff.decide(caller, id, false);
    }

    @PostMapping("/api/v1/workforce/shift-swaps")
    @ResponseStatus(HttpStatus.CREATED)
    ShiftSwap requestSwap(@AuthenticationPrincipal Caller caller, @RequestBody SwapBody body) {
        return swaps.request(caller, body.scheduleId(), body.day(), body.partnerId(), body.partnerDay());
    }

    @GetMapping("/api/v1/workforce/shift-swaps")
    List<ShiftSwap> swaps(@AuthenticationPrincipal Caller caller) {
        return swaps.list(caller);
    }

    @PostMapping("/api/v1/workforce/shift-swaps/{id}/accept")
    ShiftSwap acceptSwap(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return swaps.accept(caller, id);
    }

    @PostMapping("/api/v1/workforce/shift-swaps/{id}/decline")
    ShiftSwap declineSwap(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return swaps.decline(caller, id);
    }

    @PostMapping("/api/v1/workforce/shift-swaps/{id}/approve")
    @RequiresRole(Role.SUPERVISOR)
    ShiftSwap approveSwap(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return swaps.approve(caller, id);
    }
}
