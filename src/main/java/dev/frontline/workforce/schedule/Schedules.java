package dev.frontline.workforce.schedule;

import dev.frontline.shared.Caller;
import dev.frontline.shared.Ids;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.WorkspaceId;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Supervisors generate schedules (solved in the background, see {@link ScheduleSolving}), view them with their
 * coverage, edit shifts by hand and publish them; agents see their own shifts of published schedules only.
 */
@Service
public class Schedules {

    public record Detail(ScheduleSummary schedule, List<ScheduledShift> shifts) {
    }

    public record CoverageLine(String skill, java.time.LocalDateTime start, int required, int scheduled) {
    }

    /** A hand edit: a template's shift from {@code start}, lunch at {@code lunchStart} or its earliest allowed time; or a day off. */
    public record ShiftEdit(@Nullable String template, @Nullable LocalTime start, @Nullable LocalTime lunchStart, @Nullable Boolean dayOff) {
    }

    private final ScheduleStore store;
    private final ScheduleInputs inputs;
    private final ScheduleSolving solving;
    private final CoverageFromForecast coverageFromForecast;
    private final Clock clock;

    Schedules(ScheduleStore store, ScheduleInputs inputs, ScheduleSolving solving, CoverageFromForecast coverageFromForecast, Clock clock) {
        this.store = store;
        this.inputs = inputs;
        this.solving = solving;
        this.coverageFromForecast = coverageFromForecast;
        this.clock = clock;
    }

    /**
     * Queues a schedule to solve; checks the request and its agents now, so a bad one fails with a 400 at once.
     * Coverage asked from the forecast is computed now and stored with the request ({@link CoverageFromForecast}).
     */
    @Transactional
    public ScheduleSummary generate(Caller caller, ScheduleRequest request) {
        caller.require(Role.SUPERVISOR);
        request.validate();
        inputs.agents(caller, request);
        inputs.templates(caller, request);
        ScheduleRequest resolved = coverageFromForecast.resolve(caller, request);
        UUID id = Ids.newId();
        store.insert(id, caller.workspaceId(), resolved, caller.userId().value(), clock.instant());
        return store.summary(caller.workspaceId(), id).orElseThrow();
    }

    /**
     * The coverage a request's forecasts give, without queueing anything: what the schedule page shows as the default
     * requirements, which a supervisor may then edit and send as given requirements.
     */
    @Transactional(readOnly = true)
    public List<ScheduleRequest.ForecastCoverage> coverageFromForecast(Caller caller, ScheduleRequest request) {
        caller.require(Role.SUPERVISOR);
        return coverageFromForecast.resolve(caller, request).coverageFromForecast();
    }

    @Transactional(readOnly = true)
    public List<ScheduleSummary> list(Caller caller) {
        caller.require(Role.SUPERVISOR);
        return store.list(caller.workspaceId());
    }

    @Transactional(readOnly = true)
    public Detail get(Caller caller, UUID id) {
        caller.require(Role.SUPERVISOR);
        return new Detail(summary(caller, id), store.shifts(caller.workspaceId(), id));
    }

    /** Required against scheduled agents per skill and quarter hour, for every quarter hour with a requirement. */
    @Transactional(readOnly = true)
    public List<CoverageLine> coverage(Caller caller, UUID id) {
        caller.require(Role.SUPERVISOR);
        summary(caller, id);
        ScheduleRequest request = store.request(caller.workspaceId(), id).orElseThrow(() -> new NotFoundException("Schedule", id));
        WorkSchedule schedule = ScheduleInputs.pinned(inputs.problem(caller, request), store.shifts(caller.workspaceId(), id));
        ScheduleHorizon horizon = schedule.getHorizon();
        return ScheduleCoverage.of(schedule).lines().stream()
                .map(line -> new CoverageLine(line.slot().skill(), horizon.at(line.slot().interval() * ScheduleHorizon.INTERVAL_MINUTES),
                        line.requiredAgents(), line.scheduledAgents()))
                .sorted(java.util.Comparator.comparing(CoverageLine::skill).thenComparing(CoverageLine::start))
                .toList();
    }

    /**
     * Changes one agent's day by hand. Refused (422) when the edited schedule would break a hard rule: the
     * agent's skills, availability, time off, rest, meetings or contract.
     */
    @Transactional
    public Detail editShift(Caller caller, UUID id, UUID userId, LocalDate day, ShiftEdit edit) {
        caller.require(Role.SUPERVISOR);
        ScheduleSummary summary = summary(caller, id);
        if (summary.status() != ScheduleStatus.SOLVED) {
            throw new UnprocessableException("Only a solved schedule can be edited.");
        }
        ScheduleRequest request = store.request(caller.workspaceId(), id).orElseThrow();
        ScheduleProblem problem = inputs.problem(caller, request);
        ScheduleHorizon horizon = problem.horizon();
        if (day.isBefore(horizon.firstDay()) || !day.isBefore(horizon.firstDay().plusDays(horizon.days()))) {
            throw new InvalidRequestException("day", "is outside the schedule");
        }
        if (problem.agents().stream().noneMatch(agent -> agent.id().equals(userId))) {
            throw new NotFoundException("Scheduled agent", userId);
        }
        List<ScheduledShift> replacements = Boolean.TRUE.equals(edit.dayOff()) ? List.of() : List.of(editedShift(problem, userId, day, edit));
        replaceDays(caller, id, problem, Set.of(new AgentDay(userId, day)), replacements);
        return get(caller, id);
    }

    /** One agent's day in a schedule. */
    record AgentDay(UUID userId, LocalDate day) {
    }

    /**
     * Puts {@code replacements} in place of the shifts on {@code days} (a day without a replacement becomes a day off)
     * if the schedule then breaks no hard rule; otherwise refuses with 422 and changes nothing.
     */
    void replaceDays(Caller caller, UUID id, ScheduleProblem problem, Set<AgentDay> days, List<ScheduledShift> replacements) {
        List<ScheduledShift> shifts = new ArrayList<>(store.shifts(caller.workspaceId(), id));
        shifts.removeIf(shift -> days.contains(new AgentDay(shift.userId(), shift.day())));
        shifts.addAll(replacements);
        WorkSchedule edited = ScheduleInputs.pinned(problem, shifts);
        HardMediumSoftScore score = solving.scheduler().score(edited);
        if (score.hardScore() < 0) {
            throw new UnprocessableException("This change breaks a hard scheduling rule (skills, availability, time off, rest, meetings or contract hours).");
        }
        days.forEach(day -> store.deleteShift(id, caller.workspaceId(), day.userId(), day.day()));
        ScheduleInputs.shifts(edited, false).stream().filter(shift -> days.contains(new AgentDay(shift.userId(), shift.day())))
                .map(shift -> new ScheduledShift(shift.userId(), shift.agentName(), shift.day(), shift.start(), shift.end(), shift.template(),
                        shift.activities(), true))
                .forEach(shift -> store.insertShift(id, caller.workspaceId(), shift));
        store.updateResult(id, caller.workspaceId(), score.toString(), ScheduleCoverage.of(edited).coveredShare());
    }

    /** The stored request's problem with the workspace's facts of now, for checking changes. */
    ScheduleProblem problemOf(Caller caller, UUID id) {
        return inputs.problem(caller, store.request(caller.workspaceId(), id).orElseThrow(() -> new NotFoundException("Schedule", id)));
    }

    List<ScheduledShift> shiftsOf(Caller caller, UUID id) {
        return store.shifts(caller.workspaceId(), id);
    }

    ScheduleSummary summaryOf(Caller caller, UUID id) {
        return summary(caller, id);
    }

    private static ScheduledShift editedShift(ScheduleProblem problem, UUID userId, LocalDate day, ShiftEdit edit) {
        ShiftTemplate template = problem.templates().stream().filter(candidate -> candidate.name().equals(edit.template())).findFirst()
                .orElseThrow(() -> new InvalidRequestException("template", "must name one of the schedule's shift templates"));
        if (edit.start() == null || edit.start().getMinute() % ScheduleHorizon.INTERVAL_MINUTES != 0 || edit.start().getSecond() != 0) {
            throw new InvalidRequestException("start", "is required, on the quarter hour");
        }
        ScheduleHorizon horizon = problem.horizon();
        int dayIndex = (int) (day.toEpochDay() - horizon.firstDay().toEpochDay());
        int start = horizon.minuteOf(day.atTime(edit.start()));
        ScheduleAgent agent = problem.agents().stream().filter(candidate -> candidate.id().equals(userId)).findFirst().orElseThrow();
        BreakRules breakRules = problem.breakRulesOf(template, agent);
        List<Integer> lunchOffsets = breakRules.lunchOffsets(template.lengthMinutes());
        int lunchOffset = lunchOffsets.getFirst();
        if (edit.lunchStart() != null) {
            lunchOffset = horizon.minuteOf(day.atTime(edit.lunchStart())) - start;
            if (!lunchOffsets.contains(lunchOffset)) {
                throw new InvalidRequestException("lunchStart", "is not where the break rules allow lunch in this shift");
            }
        }
        ShiftOption option = new ShiftOption(template, dayIndex, start, breakRules.place(start, template.lengthMinutes(), lunchOffset));
        return new ScheduledShift(userId, "", day, horizon.at(option.start()), horizon.at(option.end()), template.name(),
                option.breaks().stream().map(activity -> new ScheduledShift.ShownActivity(activity.kind(), horizon.at(activity.start()),
                        horizon.at(activity.end()), null)).toList(), true);
    }

    /** Publishes a solved schedule with no hard rule broken; agents then see its shifts. */
    @Transactional
    public ScheduleSummary publish(Caller caller, UUID id) {
        caller.require(Role.SUPERVISOR);
        ScheduleSummary summary = summary(caller, id);
        if (summary.status() != ScheduleStatus.SOLVED || Objects.requireNonNullElse(summary.hardViolations(), 1) > 0) {
            throw new UnprocessableException("Only a solved schedule that breaks no hard rule can be published.");
        }
        store.publish(id, caller.workspaceId(), clock.instant());
        return summary(caller, id);
    }

    /** The caller's own shifts of published schedules, from {@code from} for {@code days} days. */
    @Transactional(readOnly = true)
    public List<ScheduledShift> mine(Caller caller, LocalDate from, int days) {
        if (days < 1 || days > 62) {
            throw new InvalidRequestException("days", "must be 1 to 62");
        }
        return store.publishedShifts(caller.workspaceId(), caller.userId().value(), from, from.plusDays(days - 1));
    }

    /** Everyone's shifts of published schedules, from {@code from} for {@code days} days: whom an agent may offer a swap to. */
    @Transactional(readOnly = true)
    public List<SwappableShift> team(Caller caller, LocalDate from, int days) {
        if (days < 1 || days > 62) {
            throw new InvalidRequestException("days", "must be 1 to 62");
        }
        return store.swappableShifts(caller.workspaceId(), from, from.plusDays(days - 1));
    }

    /** Everyone's shifts of published schedules on one local day of the workspace, for adherence. */
    @Transactional(readOnly = true)
    public List<ScheduledShift> publishedOn(WorkspaceId workspace, LocalDate day) {
        return store.publishedShifts(workspace, null, day, day);
    }

    private ScheduleSummary summary(Caller caller, UUID id) {
        return store.summary(caller.workspaceId(), id).orElseThrow(() -> new NotFoundException("Schedule", id));
    }
}
