package dev.frontline.workforce.schedule;

import dev.frontline.shared.Caller;
import dev.frontline.shared.ForbiddenException;
import dev.frontline.shared.Ids;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.UnprocessableException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shift swaps in a published schedule: an agent offers their shift on a day to a colleague (taking the colleague's
 * shift on a day in return, if they have one), the colleague accepts, a supervisor approves and the schedule changes,
 * unless the swap would break a hard rule (422). The partner or a supervisor may decline.
 */
@Service
public class ShiftSwaps {

    private final ShiftSwapStore store;
    private final Schedules schedules;
    private final Clock clock;

    ShiftSwaps(ShiftSwapStore store, Schedules schedules, Clock clock) {
        this.store = store;
        this.schedules = schedules;
        this.clock = clock;
    }

    @Transactional
    public ShiftSwap request(Caller caller, @Nullable UUID scheduleId, @Nullable LocalDate day, @Nullable UUID partnerId, @Nullable LocalDate partnerDay) {
        if (scheduleId == null || day == null || partnerId == null) {
            throw new InvalidRequestException("scheduleId", "scheduleId, day and partnerId are required");
        }
        if (partnerId.equals(caller.userId().value())) {
            throw new InvalidRequestException("partnerId", "must be another agent");
        }
        Caller reader = new Caller(caller.workspaceId(), caller.userId(), Role.SUPERVISOR);
        ScheduleSummary schedule = schedules.summaryOf(reader, scheduleId);
        if (schedule.publishedAt() == null) {
            throw new UnprocessableException("Shifts can be swapped only in a published schedule.");
        }
        List<ScheduledShift> shifts = schedules.shiftsOf(reader, scheduleId);
        if (find(shifts, caller.userId().value(), day).isEmpty()) {
            throw new InvalidRequestException("day", "you have no shift that day in this schedule");
        }
        if (shifts.stream().noneMatch(shift -> shift.userId().equals(partnerId))) {
            throw new InvalidRequestException("partnerId", "is not scheduled in this schedule");
        }
        ShiftSwap swap = new ShiftSwap(Ids.newId(), scheduleId, caller.userId().value(), day, partnerId, partnerDay == null ? day : partnerDay,
                ShiftSwap.Status.REQUESTED, clock.instant(), null);
        store.insert(caller.workspaceId(), swap);
        return swap;
    }

    /** A supervisor sees every swap; an agent those they asked for or were asked. */
    @Transactional(readOnly = true)
    public List<ShiftSwap> list(Caller caller) {
        return store.list(caller.workspaceId(), caller.role().includes(Role.SUPERVISOR) ? null : caller.userId().value());
    }

    @Transactional
    public ShiftSwap accept(Caller caller, UUID id) {
        ShiftSwap swap = swap(caller, id);
        if (!swap.partnerId().equals(caller.userId().value())) {
            throw new ForbiddenException("Only the colleague asked can accept a swap.");
        }
        transition(caller, swap, ShiftSwap.Status.REQUESTED, ShiftSwap.Status.ACCEPTED);
        return swap(caller, id);
    }

    @Transactional
    public ShiftSwap decline(Caller caller, UUID id) {
        ShiftSwap swap = swap(caller, id);
        boolean supervisor = caller.role().includes(Role.SUPERVISOR);
        if (!supervisor && !swap.partnerId().equals(caller.userId().value())) {
            throw new ForbiddenException("Only the colleague asked or a supervisor can decline a swap.");
        }
        ShiftSwap.Status from = swap.status() == ShiftSwap.Status.ACCEPTED && supervisor ? ShiftSwap.Status.ACCEPTED : ShiftSwap.Status.REQUESTED;
        transition(caller, swap, from, ShiftSwap.Status.DECLINED);
        return swap(caller, id);
    }

    /** Applies an accepted swap to the schedule if it breaks no hard rule. */
    @Transactional
    public ShiftSwap approve(Caller caller, UUID id) {
        caller.require(Role.SUPERVISOR);
        ShiftSwap swap = swap(caller, id);
        transition(caller, swap, ShiftSwap.Status.ACCEPTED, ShiftSwap.Status.APPROVED);
        List<ScheduledShift> shifts = schedules.shiftsOf(caller, swap.scheduleId());
        ScheduledShift offered = find(shifts, swap.requesterId(), swap.requesterDay())
                .orElseThrow(() -> new UnprocessableException("The requester no longer has that shift."));
        Optional<ScheduledShift> taken = find(shifts, swap.partnerId(), swap.partnerDay());
        List<ScheduledShift> replacements = new ArrayList<>();
        replacements.add(handedTo(offered, swap.partnerId()));
        taken.ifPresent(shift -> replacements.add(handedTo(shift, swap.requesterId())));
        schedules.replaceDays(caller, swap.scheduleId(), schedules.problemOf(caller, swap.scheduleId()),
                Set.of(new Schedules.AgentDay(swap.requesterId(), swap.requesterDay()), new Schedules.AgentDay(swap.partnerId(), swap.partnerDay())),
                replacements);
        return swap(caller, id);
    }

    private static ScheduledShift handedTo(ScheduledShift shift, UUID agent) {
        return new ScheduledShift(agent, "", shift.day(), shift.start(), shift.end(), shift.template(),
                shift.activities().stream().filter(activity -> activity.kind() != Activity.Kind.MEETING).toList(), true);
    }

    private static Optional<ScheduledShift> find(List<ScheduledShift> shifts, UUID agent, LocalDate day) {
        return shifts.stream().filter(shift -> shift.userId().equals(agent) && shift.day().equals(day)).findFirst();
    }

    private void transition(Caller caller, ShiftSwap swap, ShiftSwap.Status from, ShiftSwap.Status to) {
        if (!store.transition(caller.workspaceId(), swap.id(), from, to, caller.userId().value(), clock.instant())) {
            throw new UnprocessableException("This swap is " + swap.status().name().toLowerCase() + "; it cannot become " + to.name().toLowerCase() + ".");
        }
    }

    private ShiftSwap swap(Caller caller, UUID id) {
        ShiftSwap swap = store.find(caller.workspaceId(), id).orElseThrow(() -> new NotFoundException("Shift swap", id));
        if (!caller.role().includes(Role.SUPERVISOR) && !swap.requesterId().equals(caller.userId().value())
                && !swap.partnerId().equals(caller.userId().value())) {
            throw new NotFoundException("Shift swap", id);
        }
        return swap;
    }
}
