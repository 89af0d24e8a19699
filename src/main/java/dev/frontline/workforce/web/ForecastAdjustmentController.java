package dev.frontline.workforce.web;

import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.web.RequiresRole;
import dev.frontline.workforce.forecast.ForecastAdjustment;
import dev.frontline.workforce.forecast.ForecastAdjustments;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/workforce/queues/{queueId}/forecast-adjustments}: a queue's special days, one factor per local day. */
@RestController
@RequiresRole(Role.SUPERVISOR)
class ForecastAdjustmentController {

    record AdjustmentBody(@Nullable Double factor, @Nullable String note) {
    }

    private final ForecastAdjustments adjustments;

    ForecastAdjustmentController(ForecastAdjustments adjustments) {
        this.adjustments = adjustments;
    }

    @GetMapping("/api/v1/workforce/queues/{queueId}/forecast-adjustments")
    List<ForecastAdjustment> list(@AuthenticationPrincipal Caller caller, @PathVariable UUID queueId) {
        return adjustments.list(caller, queueId);
    }

    @PutMapping("/api/v1/workforce/queues/{queueId}/forecast-adjustments/{day}")
    ForecastAdjustment save(@AuthenticationPrincipal Caller caller, @PathVariable UUID queueId, @PathVariable LocalDate day,
                            @RequestBody AdjustmentBody body) {
        return adjustments.save(caller, queueId, day, body.factor(), body.note());
    }

    @DeleteMapping("/api/v1/workforce/queues/{queueId}/forecast-adjustments/{day}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal Caller caller, @PathVariable UUID queueId, @PathVariable LocalDate day) {
        adjustments.delete(caller, queueId, day);
    }
}
