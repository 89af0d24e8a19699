package dev.frontline.workforce.schedule;

import dev.frontline.shared.Caller;
import dev.frontline.shared.Ids;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.UnprocessableException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Agents ask for days off; supervisors approve or decline. Agents see only their own requests. */
@Service
public class TimeOffRequests {

    static final int MAX_DAYS = 62;

    private final TimeOffStore store;
    private final Clock clock;

    TimeOffRequests(TimeOffStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional
    public TimeOffRequest request(Caller caller, @Nullable LocalDate firstDay, @Nullable LocalDate lastDay, @Nullable String reason) {
        if (firstDay == null) {
            throw new InvalidRequestException("firstDay", "is required");
        }
        LocalDate last = lastDay == null ? firstDay : lastDay;
        if (last.isBefore(firstDay) || last.isAfter(firstDay.plusDays(MAX_DAYS - 1))) {
            throw new InvalidRequestException("lastDay", "must be on or after firstDay, at most " + MAX_DAYS + " days");
        }
        if (reason != null && reason.length() > 500) {
            throw new InvalidRequestException("reason", "must be at most 500 characters");
        }
        TimeOffRequest request = new TimeOffRequest(Ids.newId(), caller.userId().value(), "", firstDay, last,
                reason == null || reason.isBlank() ? null : reason.strip(), TimeOffRequest.Status.REQUESTED, null, clock.instant());
        store.insert(caller.workspaceId(), request);
        return store.find(caller.workspaceId(), request.id()).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<TimeOffRequest> list(Caller caller) {
        return store.list(caller.workspaceId(), caller.role().includes(Role.SUPERVISOR) ? null : caller.userId().value());
    }

    @Transactional
    public TimeOffRequest decide(Caller caller, UUID id, boolean approve) {
        caller.require(Role.SUPERVISOR);
        store.find(caller.workspaceId(), id).orElseThrow(() -> new NotFoundException("Time off request", id));
        if (!store.decide(caller.workspaceId(), id, approve ? TimeOffRequest.Status.APPROVED : TimeOffRequest.Status.DECLINED,
                caller.userId().value(), clock.instant())) {
            throw new UnprocessableException("This time off request was already decided.");
        }
        return store.find(caller.workspaceId(), id).orElseThrow();
    }
}
