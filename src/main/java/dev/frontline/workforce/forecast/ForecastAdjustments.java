package dev.frontline.workforce.forecast;

import dev.frontline.routing.QueueHistory;
import dev.frontline.shared.Caller;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Supervisors' and admins' adjustments of a queue's forecast on holidays and special days. */
@Service
public class ForecastAdjustments {

    private final AdjustmentStore store;
    private final QueueHistory queues;
    private final Clock clock;

    ForecastAdjustments(AdjustmentStore store, QueueHistory queues, Clock clock) {
        this.store = store;
        this.queues = queues;
        this.clock = clock;
    }

    @Transactional
    public ForecastAdjustment save(Caller caller, UUID queue, LocalDate day, @Nullable Double factor, @Nullable String note) {
        requireQueue(caller, queue);
        if (factor == null || !(factor >= 0 && factor <= ForecastAdjustment.MAX_FACTOR)) {
            throw new InvalidRequestException("factor", "must be between 0 and " + (int) ForecastAdjustment.MAX_FACTOR);
        }
        String trimmed = note == null || note.isBlank() ? null : note.strip();
        if (trimmed != null && trimmed.length() > ForecastAdjustment.MAX_NOTE) {
            throw new InvalidRequestException("note", "must be at most " + ForecastAdjustment.MAX_NOTE + " characters");
        }
        ForecastAdjustment adjustment = new ForecastAdjustment(queue, day, factor, trimmed);
        store.save(caller.workspaceId(), adjustment, clock.instant());
        return adjustment;
    }

    @Transactional
    public void delete(Caller caller, UUID queue, LocalDate day) {
        requireQueue(caller, queue);
        if (!store.delete(caller.workspaceId(), queue, day)) {
            throw new NotFoundException("Forecast adjustment", day);
        }
    }

    @Transactional(readOnly = true)
    public List<ForecastAdjustment> list(Caller caller, UUID queue) {
        requireQueue(caller, queue);
        return store.list(caller.workspaceId(), queue);
    }

    private void requireQueue(Caller caller, UUID queue) {
        caller.require(Role.SUPERVISOR);
        if (!queues.queueNames(caller.workspaceId()).containsKey(queue)) {
            throw new NotFoundException("Queue", queue);
        }
    }
}
