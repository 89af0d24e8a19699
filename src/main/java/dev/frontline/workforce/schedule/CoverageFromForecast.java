package dev.frontline.workforce.schedule;

import dev.frontline.routing.RoutingQueue;
import dev.frontline.routing.RoutingSettings;
import dev.frontline.shared.Caller;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.workforce.forecast.ForecastQuery;
import dev.frontline.workforce.forecast.ForecastReport;
import dev.frontline.workforce.forecast.Forecasts;
import dev.frontline.workforce.staffing.StaffingCalculator;
import dev.frontline.workforce.staffing.StaffingQuestion;
import dev.frontline.workforce.staffing.StaffingRequest;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Required coverage from the forecast: each queue's forecast per quarter hour (the method its backtest picks,
 * holidays and planners' adjustments, handle times and patience from history unless given) staffed with Erlang C
 * (Erlang A when patience is known) for the request's target (a service level, a maximum average speed of answer,
 * or both), one requirement per quarter hour of the schedule for the queue's skill. Done once, when the schedule is
 * queued, and stored with the request, so the solve, the coverage view ("required against scheduled") and later
 * hand edits all count the same numbers, whichever node runs them.
 */
@Component
class CoverageFromForecast {

    /** The schedule's grid; the forecast is asked at the same resolution. */
    private static final int INTERVAL_MINUTES = ScheduleHorizon.INTERVAL_MINUTES;
    /** The forecast reaches four weeks from this week's Monday. */
    private static final int HORIZON_WEEKS = 4;
    private static final int DEFAULT_HISTORY_WEEKS = 8;
    private static final double DEFAULT_ANSWER_WITHIN_SECONDS = 20;

    private final Forecasts forecasts;
    private final RoutingSettings routing;

    CoverageFromForecast(Forecasts forecasts, RoutingSettings routing) {
        this.forecasts = forecasts;
        this.routing = routing;
    }

    /** The request with each of its forecast coverages resolved ({@code used} filled); unchanged without any. */
    ScheduleRequest resolve(Caller caller, ScheduleRequest request) {
        if (request.coverageFromForecast().isEmpty()) {
            return request;
        }
        ScheduleHorizon horizon = request.validate();
        List<RoutingQueue> queues = routing.queues(caller);
        List<ScheduleRequest.ForecastCoverage> resolved = new ArrayList<>();
        for (ScheduleRequest.ForecastCoverage coverage : request.coverageFromForecast()) {
            UUID queueId = Objects.requireNonNull(coverage.queueId());
            RoutingQueue queue = queues.stream().filter(candidate -> candidate.id().equals(queueId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("Queue", queueId));
            resolved.add(new ScheduleRequest.ForecastCoverage(queueId, coverage.channel(), coverage.skill(), coverage.historyWeeks(),
                    coverage.targetServiceLevel(), coverage.answerWithinSeconds(), coverage.maxAverageSpeedOfAnswer(), coverage.shrinkage(), coverage.maxOccupancy(),
                    coverage.concurrency(), coverage.averageHandleSeconds(), used(caller, horizon, coverage, skillOf(coverage, queue))));
        }
        return request.withCoverageFromForecast(resolved);
    }

    private static String skillOf(ScheduleRequest.ForecastCoverage coverage, RoutingQueue queue) {
        if (coverage.skill() != null && !coverage.skill().isBlank()) {
            return coverage.skill().strip();
        }
        return queue.requiredSkill() == null || queue.requiredSkill().isBlank() ? ScheduleRequest.ANY_SKILL : queue.requiredSkill();
    }

    private ScheduleRequest.ForecastCoverage.Used used(Caller caller, ScheduleHorizon horizon, ScheduleRequest.ForecastCoverage coverage,
                                                      String skill) {
        // The forecast gives contacts and handle times only; staffing is asked here, so either target can be met.
        ForecastReport forecast = forecasts.forecast(caller, new ForecastQuery(Objects.requireNonNull(coverage.queueId()), INTERVAL_MINUTES,
                coverage.historyWeeks() == null ? DEFAULT_HISTORY_WEEKS : coverage.historyWeeks(), HORIZON_WEEKS, coverage.averageHandleSeconds(),
                null, answerWithin(coverage), coverage.shrinkage(), coverage.channel(), coverage.concurrency(), coverage.maxOccupancy(), null));
        if (forecast.handleTimeSource().equals("NONE")) {
            throw new InvalidRequestException("averageHandleSeconds", "is needed for staffing: the history has no handle times");
        }
        ZoneId zone = ZoneId.of(forecast.zone());
        LocalDate forecastFrom = LocalDateTime.ofInstant(forecast.coming().getFirst().start(), zone).toLocalDate();
        LocalDate lastDay = horizon.day(horizon.days() - 1);
        if (horizon.firstDay().isBefore(forecastFrom) || lastDay.isAfter(forecastFrom.plusWeeks(HORIZON_WEEKS).minusDays(1))) {
            throw new InvalidRequestException("coverageFromForecast", "the forecast covers " + forecastFrom + " to "
                    + forecastFrom.plusWeeks(HORIZON_WEEKS).minusDays(1) + "; the schedule must lie inside");
        }
        List<ScheduleRequest.Requirement> requirements = new ArrayList<>();
        for (ForecastReport.Point point : forecast.coming()) {
            LocalDateTime start = LocalDateTime.ofInstant(point.start(), zone);
            if (start.toLocalDate().isBefore(horizon.firstDay()) || start.toLocalDate().isAfter(lastDay)) {
                continue;
            }
            int agents = agents(coverage, point, forecast.patienceSeconds());
            if (agents > 0) {
                requirements.add(new ScheduleRequest.Requirement(skill, start.toLocalDate(), start.toLocalTime(),
                        start.toLocalTime().plusMinutes(INTERVAL_MINUTES), agents));
            }
        }
        return new ScheduleRequest.ForecastCoverage.Used(skill, forecast.method(), forecast.averageHandleSeconds(), forecast.handleTimeSource(),
                forecast.patienceSeconds(), requirements);
    }

    /** The fewest agents to schedule for one quarter hour's forecast: Erlang C, or Erlang A when patience is known. */
    private static int agents(ScheduleRequest.ForecastCoverage coverage, ForecastReport.Point point, @Nullable Double patienceSeconds) {
        StaffingQuestion question = new StaffingRequest(point.forecast(), INTERVAL_MINUTES * 60.0, point.handleSeconds(), answerWithin(coverage),
                null, coverage.targetServiceLevel(), coverage.maxAverageSpeedOfAnswer(), coverage.maxOccupancy(), patienceSeconds,
                coverage.concurrency(), coverage.shrinkage()).validate();
        return StaffingCalculator.fewestAgents(question, Objects.requireNonNull(question.target())).agents();
    }

    private static double answerWithin(ScheduleRequest.ForecastCoverage coverage) {
        return coverage.answerWithinSeconds() == null ? DEFAULT_ANSWER_WITHIN_SECONDS : coverage.answerWithinSeconds();
    }
}
