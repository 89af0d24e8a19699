package dev.frontline.workforce.forecast;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A planner's hand on the forecast: on {@code day} (the workspace's local date) the queue's forecast is multiplied by {@code factor}. */
public record ForecastAdjustment(UUID queueId, LocalDate day, double factor, @Nullable String note) {

    public static final double MAX_FACTOR = 10;
    public static final int MAX_NOTE = 200;
}
