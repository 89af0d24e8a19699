package dev.frontline.workforce.web;

import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.web.RequiresRole;
import dev.frontline.workforce.forecast.ForecastQuery;
import dev.frontline.workforce.intraday.Intraday;
import dev.frontline.workforce.intraday.IntradayView;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/workforce/intraday}: today re-forecast from actuals so far, with actions for the busiest interval left. */
@RestController
@RequiresRole(Role.SUPERVISOR)
class IntradayController {

    private final Intraday intraday;

    IntradayController(Intraday intraday) {
        this.intraday = intraday;
    }

    @GetMapping("/api/v1/workforce/intraday")
    IntradayView today(@AuthenticationPrincipal Caller caller, @RequestParam UUID queueId,
                       @RequestParam(defaultValue = "30") int intervalMinutes, @RequestParam(defaultValue = "8") int historyWeeks,
                       @RequestParam(required = false) @Nullable Double averageHandleSeconds,
                       @RequestParam(defaultValue = "0.8") double targetServiceLevel,
                       @RequestParam(defaultValue = "20") double answerWithinSeconds,
                       @RequestParam(required = false) @Nullable String channel,
                       @RequestParam(required = false) @Nullable Double concurrency,
                       @RequestParam(required = false) @Nullable Double maxOccupancy,
                       @RequestParam(required = false) @Nullable Double patienceSeconds) {
        return intraday.today(caller, new ForecastQuery(queueId, intervalMinutes, historyWeeks, 1, averageHandleSeconds, targetServiceLevel,
                answerWithinSeconds, null, channel, concurrency, maxOccupancy, patienceSeconds));
    }
}
