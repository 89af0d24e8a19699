package dev.frontline.workforce.web;

import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.UserId;
import dev.frontline.shared.web.RequiresRole;
import dev.frontline.workforce.activity.AgentStateHistory;
import dev.frontline.workforce.activity.StatePeriod;
import dev.frontline.workforce.activity.WorkReport;
import dev.frontline.workforce.activity.WorkReports;
import dev.frontline.workforce.adherence.Adherence;
import dev.frontline.workforce.adherence.AdherenceReport;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An agent's state history and the daily agent work report (JSON and CSV), for supervisors and admins. */
@RestController
@RequiresRole(Role.SUPERVISOR)
class ActivityController {

    private final AgentStateHistory states;
    private final WorkReports reports;
    private final Adherence adherence;

    ActivityController(AgentStateHistory states, WorkReports reports, Adherence adherence) {
        this.states = states;
        this.reports = reports;
        this.adherence = adherence;
    }

    /** {@code day}: the workspace's local date, today (up to now) when absent; exceptions last at least the minimum. */
    @GetMapping("/api/v1/workforce/adherence")
    AdherenceReport adherence(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) @Nullable LocalDate day,
                              @RequestParam(defaultValue = "5") int minimumExceptionMinutes) {
        return adherence.report(caller, day, java.time.Duration.ofMinutes(minimumExceptionMinutes));
    }

    @GetMapping("/api/v1/workforce/agents/{userId}/states")
    List<StatePeriod> states(@AuthenticationPrincipal Caller caller, @PathVariable UUID userId, @RequestParam Instant from,
                             @RequestParam Instant to) {
        return states.between(caller, new UserId(userId), from, to);
    }

    /** {@code day}: the workspace's local date, today when absent. */
    @GetMapping("/api/v1/workforce/work-report")
    WorkReport report(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) @Nullable LocalDate day) {
        return reports.report(caller, day == null ? reports.today(caller) : day);
    }

    @GetMapping("/api/v1/workforce/work-report.csv")
    ResponseEntity<String> csv(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) @Nullable LocalDate day) {
        WorkReport report = reports.report(caller, day == null ? reports.today(caller) : day);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("work-report-" + report.day() + ".csv").build().toString())
                .body(report.csv());
    }
}
