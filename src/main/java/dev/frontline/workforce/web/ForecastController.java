package dev.frontline.workforce.web;

import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.web.RequiresRole;
import dev.frontline.workforce.forecast.ForecastQuery;
import dev.frontline.workforce.forecast.ForecastReport;
import dev.frontline.workforce.forecast.Forecasts;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/workforce/forecast}: a queue's contacts per interval for the coming weeks, backtested. */
@RestController
@RequiresRole(Role.SUPERVISOR)
class ForecastController {

    private final Forecasts forecasts;

    ForecastController(Forecasts forecasts) {
        this.forecasts = forecasts;
    }

    @GetMapping("/api/v1/workforce/forecast")
    ForecastReport forecast(@AuthenticationPrincipal Caller caller, @RequestParam UUID queueId,
                            @RequestParam(defaultValue = "30") int intervalMinutes, @RequestParam(defaultValue = "8") int historyWeeks,
                            @RequestParam(defaultValue = "2") int horizonWeeks, @RequestParam(required = false) @Nullable Double averageHandleSeconds,
                            @RequestParam(required = false) @Nullable Double targetServiceLevel,
                            @RequestParam(defaultValue = "20") double answerWithinSeconds,
                            @RequestParam(required = false) @Nullable Double shrinkage,
                            @RequestParam(required = false) @Nullable String channel,
                            @RequestParam(required = false) @Nullable Double concurrency,
                            @RequestParam(required = false) @Nullable Double maxOccupancy,
                            @RequestParam(required = false) @Nullable Double patienceSeconds) {
        return forecasts.forecast(caller, new ForecastQuery(queueId, intervalMinutes, historyWeeks, horizonWeeks, averageHandleSeconds,
                targetServiceLevel, answerWithinSeconds, shrinkage, channel, concurrency, maxOccupancy, patienceSeconds));
    }
}
