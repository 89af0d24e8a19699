package dev.frontline.workforce.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** A shift as stored and shown: wall-clock times of the workspace, with its breaks, lunch and meetings. */
public record ScheduledShift(UUID userId, String agentName, LocalDate day, LocalDateTime start, LocalDateTime end, String template,
                             List<ShownActivity> activities, boolean edited) {

    public record ShownActivity(Activity.Kind kind, LocalDateTime start, LocalDateTime end, @org.jspecify.annotations.Nullable String title) {
    }
}
