package dev.frontline.workforce.schedule;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.UUID;

/** A colleague's (or one's own) published shift with the schedule it belongs to, as a shift swap request names it. */
public record SwappableShift(UUID scheduleId, @JsonUnwrapped ScheduledShift shift) {
}
