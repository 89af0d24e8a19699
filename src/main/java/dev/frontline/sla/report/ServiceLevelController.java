package dev.frontline.sla.report;

import dev.frontline.shared.Caller;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.sla.SlaMetric;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Service-level reports ({@code /api/v1/sla/reports/…}, JSON or {@code format=csv}), today's service level
 * per queue and channel, the at-risk list, and the workspace's service-level rule. Supervisors and admins.
 */
@RestController
class ServiceLevelController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    record RuleView(long thresholdSeconds, AbandonTreatment abandons, long shortAbandonSeconds) {

        static RuleView of(ServiceLevelRule rule) {
            return new RuleView(rule.threshold().toSeconds(), rule.abandons(), rule.shortAbandon().toSeconds());
        }
    }

    record RuleChange(@NotNull @PositiveOrZero @Max(86_400) Integer thresholdSeconds, @NotNull AbandonTreatment abandons,
                      @NotNull @PositiveOrZero @Max(86_400) Integer shortAbandonSeconds) {
    }

    record ServiceLevelReport(RuleView rule, String interval, String groupBy, List<ServiceLevelReports.ServiceLevelRow> rows) {
    }

    record ResponseTimeReport(String interval, String groupBy, List<ServiceLevelReports.ResponseTimeRow> rows) {
    }

    record TodayView(java.time.Instant since, RuleView rule, List<ServiceLevelReports.ServiceLevelRow> queues,
                     List<ServiceLevelReports.ServiceLevelRow> channels) {
    }

    private final ServiceLevelReports reports;

    ServiceLevelController(ServiceLevelReports reports) {
        this.reports = reports;
    }

    @GetMapping("/api/v1/sla/service-level/rule")
    RuleView rule(@AuthenticationPrincipal Caller caller) {
        return RuleView.of(reports.rule(caller));
    }

    @PutMapping("/api/v1/sla/service-level/rule")
    RuleView changeRule(@AuthenticationPrincipal Caller caller, @Valid @RequestBody RuleChange change) {
        return RuleView.of(reports.changeRule(caller, new ServiceLevelRule(Duration.ofSeconds(change.thresholdSeconds()),
                change.abandons(), Duration.ofSeconds(change.shortAbandonSeconds()))));
    }

    @GetMapping("/api/v1/sla/service-level/today")
    TodayView today(@AuthenticationPrincipal Caller caller) {
        ServiceLevelReports.Today today = reports.today(caller);
        return new TodayView(today.since(), RuleView.of(today.rule()), today.queues(), today.channels());
    }

    @GetMapping("/api/v1/sla/at-risk")
    List<ServiceLevelReports.ClockRow> atRisk(@AuthenticationPrincipal Caller caller) {
        return reports.atRisk(caller);
    }

    /** {@code threshold}, {@code abandons}, {@code shortAbandon}: override the workspace's rule for this report. */
    @GetMapping("/api/v1/sla/reports/service-level")
    ResponseEntity<?> serviceLevel(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) @Nullable String from,
                                   @RequestParam(required = false) @Nullable String to,
                                   @RequestParam(required = false) @Nullable String interval,
                                   @RequestParam(required = false) @Nullable String groupBy,
                                   @RequestParam(required = false) @Nullable String threshold,
                                   @RequestParam(required = false) @Nullable String abandons,
                                   @RequestParam(required = false) @Nullable String shortAbandon,
                                   @RequestParam(required = false) @Nullable String format) {
        boolean csv = csv(format);
        ReportPeriod period = reports.period(caller, from, to);
        ReportInterval length = ReportInterval.parse(interval);
        Grouping grouping = Grouping.parse(groupBy);
        ServiceLevelRule base = reports.rule(caller);
        ServiceLevelRule rule = new ServiceLevelRule(seconds("threshold", threshold, base.threshold()),
                Objects.requireNonNullElse(named("abandons", abandons, AbandonTreatment.class), base.abandons()),
                seconds("shortAbandon", shortAbandon, base.shortAbandon()));
        List<ServiceLevelReports.ServiceLevelRow> rows = reports.serviceLevel(caller, period, length, grouping, rule);
        if (!csv) {
            return ResponseEntity.ok(new ServiceLevelReport(RuleView.of(rule), length.code(), name(grouping), rows));
        }
        return download("service-level", new Csv("interval_start", "group", "label", "offered", "answered", "answered_within",
                "abandoned", "abandoned_within", "short_abandons", "service_level_percent", "asa_seconds", "abandon_rate_percent")
                .rows(rows, row -> new Object[] {row.intervalStart(), row.group(), row.label(), row.offered(), row.answered(),
                        row.answeredWithin(), row.abandoned(), row.abandonedWithin(), row.shortAbandons(), row.serviceLevelPercent(),
                        row.averageSpeedOfAnswerSeconds(), row.abandonRatePercent()}));
    }

    @GetMapping("/api/v1/sla/reports/response-times")
    ResponseEntity<?> responseTimes(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) @Nullable String from,
                                    @RequestParam(required = false) @Nullable String to,
                                    @RequestParam(required = false) @Nullable String interval,
                                    @RequestParam(required = false) @Nullable String groupBy,
                                    @RequestParam(required = false) @Nullable String format) {
        boolean csv = csv(format);
        ReportPeriod period = reports.period(caller, from, to);
        ReportInterval length = ReportInterval.parse(interval);
        Grouping grouping = Grouping.parse(groupBy);
        List<ServiceLevelReports.ResponseTimeRow> rows = reports.responseTimes(caller, period, length, grouping);
        if (!csv) {
            return ResponseEntity.ok(new ResponseTimeReport(length.code(), name(grouping), rows));
        }
        return download("response-times", new Csv("interval_start", "group", "label", "metric", "count", "breached",
                "median_seconds", "p90_seconds", "mean_seconds")
                .rows(rows, row -> new Object[] {row.intervalStart(), row.group(), row.label(), row.metric(), row.count(),
                        row.breached(), row.medianSeconds(), row.p90Seconds(), row.meanSeconds()}));
    }

    @GetMapping("/api/v1/sla/reports/breaches")
    ResponseEntity<?> breaches(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) @Nullable String from,
                               @RequestParam(required = false) @Nullable String to,
                               @RequestParam(required = false) @Nullable String metric,
                               @RequestParam(required = false) @Nullable String limit,
                               @RequestParam(required = false) @Nullable String format) {
        boolean csv = csv(format);
        ReportPeriod period = reports.period(caller, from, to);
        List<ServiceLevelReports.ClockRow> rows = reports.breaches(caller, period, named("metric", metric, SlaMetric.class),
                limit(limit));
        if (!csv) {
            return ResponseEntity.ok(rows);
        }
        return download("sla-breaches", new Csv("breached_at", "conversation_id", "subject", "channel", "assignee", "metric",
                "policy", "target_seconds")
                .rows(rows, row -> new Object[] {row.breachedAt(), row.conversationId(), row.subject(), row.channel(),
                        row.assignee(), row.metric(), row.policy(), row.targetSeconds()}));
    }

    private static ResponseEntity<String> download(String name, Csv csv) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"").body(csv.toString());
    }

    private static boolean csv(@Nullable String format) {
        if (format == null || format.isBlank() || format.equals("json")) {
            return false;
        }
        if (format.equals("csv")) {
            return true;
        }
        throw new InvalidRequestException("format", "must be json or csv");
    }

    private static Duration seconds(String field, @Nullable String text, Duration fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int seconds = Integer.parseInt(text.strip());
            if (seconds >= 0 && seconds <= 86_400) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidRequestException(field, "must be a number of seconds from 0 to 86400");
    }

    /** The constant of {@code type} named {@code text} (any case); null when the parameter is absent or blank. */
    private static <E extends Enum<E>> @Nullable E named(String field, @Nullable String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        E[] values = type.getEnumConstants();
        return Arrays.stream(values).filter(value -> value.name().equalsIgnoreCase(text.strip())).findFirst()
                .orElseThrow(() -> new InvalidRequestException(field, "must be one of "
                        + Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "))));
    }

    private static int limit(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return 200;
        }
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= ServiceLevelReports.MAX_CLOCK_ROWS) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidRequestException("limit", "must be from 1 to " + ServiceLevelReports.MAX_CLOCK_ROWS);
    }

    private static String name(Grouping grouping) {
        return grouping.name().toLowerCase(Locale.ROOT);
    }
}
