package dev.frontline.workforce.schedule;

import dev.frontline.identity.Directory;
import dev.frontline.identity.StaffMember;
import dev.frontline.routing.RoutingProfile;
import dev.frontline.routing.RoutingSettings;
import dev.frontline.shared.Caller;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.Role;
import dev.frontline.shared.UserId;
import dev.frontline.sla.BusinessCalendar;
import dev.frontline.sla.BusinessHours;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Turns a stored request into the solver's problem with the workspace's facts of the moment: its agents and their
 * routing skills, approved time off and the business calendar's holidays; and turns solved or stored shifts back.
 */
@Component
class ScheduleInputs {

    private final Directory directory;
    private final RoutingSettings routing;
    private final BusinessHours businessHours;
    private final TimeOffStore timeOff;
    private final WorkRules workRules;

    ScheduleInputs(Directory directory, RoutingSettings routing, BusinessHours businessHours, TimeOffStore timeOff, WorkRules workRules) {
        this.directory = directory;
        this.routing = routing;
        this.businessHours = businessHours;
        this.timeOff = timeOff;
        this.workRules = workRules;
    }

    /**
     * The agents a request schedules: those it names (each must be an active member), else every active agent; each
     * with their stored work rules, overridden by the request's terms where it sets them.
     */
    List<ScheduleAgent> agents(Caller supervisor, ScheduleRequest request) {
        Map<UserId, StaffMember> members = directory.members(supervisor.workspaceId()).stream()
                .filter(StaffMember::active).collect(Collectors.toMap(StaffMember::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        Map<UserId, RoutingProfile> profiles = routing.profiles(supervisor).stream()
                .collect(Collectors.toMap(RoutingProfile::userId, Function.identity(), (a, b) -> a));
        Map<UUID, WorkRules.SolverTerms> stored = workRules.solverTerms(supervisor.workspaceId());
        List<ScheduleAgent> agents = new ArrayList<>();
        if (request.agentTerms().isEmpty()) {
            members.values().stream().filter(member -> member.role() == Role.AGENT)
                    .forEach(member -> agents.add(agent(member, profiles.get(member.id()), stored, null)));
        } else {
            for (ScheduleRequest.AgentTerms terms : request.agentTerms()) {
                @Nullable StaffMember member = terms.userId() == null ? null : members.get(new UserId(terms.userId()));
                if (member == null) {
                    throw new InvalidRequestException("agents", "names " + terms.userId() + ", not an active member of this workspace");
                }
                agents.add(agent(member, profiles.get(member.id()), stored, terms));
            }
        }
        Set<UUID> scheduled = agents.stream().map(ScheduleAgent::id).collect(Collectors.toSet());
        for (ScheduleRequest.Meeting meeting : request.meetings()) {
            for (UUID attendee : java.util.Objects.requireNonNull(meeting.userIds())) {
                if (!scheduled.contains(attendee)) {
                    throw new InvalidRequestException("meetings", "attendee " + attendee + " is not scheduled");
                }
            }
        }
        return agents;
    }

    private static ScheduleAgent agent(StaffMember member, @Nullable RoutingProfile profile, Map<UUID, WorkRules.SolverTerms> stored,
                                       ScheduleRequest.@Nullable AgentTerms terms) {
        WorkRules.SolverTerms rules = stored.getOrDefault(member.id().value(), WorkRules.SolverTerms.DEFAULT);
        Set<String> skills = new HashSet<>();
        skills.add(ScheduleRequest.ANY_SKILL);
        if (profile != null) {
            skills.addAll(profile.skills().keySet());
        }
        return new ScheduleAgent(member.id().value(), member.displayName(), skills, ScheduleRequest.contractOf(terms, rules.contract()),
                ScheduleRequest.availabilityOf(terms, rules.availability()), ScheduleRequest.preferencesOf(terms, rules.preferences()), rules.breakRules());
    }

    ScheduleProblem problem(Caller supervisor, ScheduleRequest request) {
        ScheduleHorizon horizon = request.validate();
        List<ScheduleAgent> agents = agents(supervisor, request);
        Map<UUID, ScheduleAgent> byId = agents.stream().collect(Collectors.toMap(ScheduleAgent::id, Function.identity()));
        LocalDate lastDay = horizon.day(horizon.days() - 1);
        List<TimeOffPeriod> periods = timeOff.approvedBetween(supervisor.workspaceId(), horizon.firstDay(), lastDay).stream()
                .filter(off -> byId.containsKey(off.userId()))
                .map(off -> new TimeOffPeriod(byId.get(off.userId()), dayStart(horizon, off.firstDay()), dayStart(horizon, off.lastDay().plusDays(1))))
                .toList();
        List<MeetingAttendance> meetings = new ArrayList<>();
        for (ScheduleRequest.Meeting meeting : request.meetings()) {
            int start = minute(horizon, java.util.Objects.requireNonNull(meeting.day()), java.util.Objects.requireNonNull(meeting.from()));
            int end = minute(horizon, meeting.day(), java.util.Objects.requireNonNull(meeting.to()));
            java.util.Objects.requireNonNull(meeting.userIds())
                    .forEach(attendee -> meetings.add(new MeetingAttendance(java.util.Objects.requireNonNull(meeting.title()), byId.get(attendee), start, end)));
        }
        BusinessCalendar calendar = businessHours.calendar(supervisor.workspaceId(), null);
        Set<LocalDate> holidays = new HashSet<>();
        for (int day = 0; day < horizon.days(); day++) {
            if (calendar.isHoliday(horizon.day(day))) {
                holidays.add(horizon.day(day));
            }
        }
        return new ScheduleProblem(horizon, templates(supervisor, request), BreakRules.standard(), agents, demands(horizon, request), meetings,
                periods, holidays);
    }

    /** The request's shift templates with the break rule sets they name; 400 for a set not of this workspace. */
    List<ShiftTemplate> templates(Caller supervisor, ScheduleRequest request) {
        Map<UUID, BreakRules> sets = workRules.breakRulesById(supervisor.workspaceId());
        return request.templates(sets::get);
    }

    /** Each requirement spread over its quarter hours inside the horizon; overlapping requirements of a skill add up. */
    private static List<CoverageDemand> demands(ScheduleHorizon horizon, ScheduleRequest request) {
        Map<SkillInterval, Integer> required = new LinkedHashMap<>();
        for (ScheduleRequest.Requirement requirement : request.allRequirements()) {
            String skill = requirement.skill() == null || requirement.skill().isBlank() ? ScheduleRequest.ANY_SKILL : requirement.skill();
            int from = minute(horizon, java.util.Objects.requireNonNull(requirement.day()), java.util.Objects.requireNonNull(requirement.from()));
            LocalTime to = java.util.Objects.requireNonNull(requirement.to());
            int until = to.equals(LocalTime.MIDNIGHT) ? dayStart(horizon, requirement.day().plusDays(1)) : minute(horizon, requirement.day(), to);
            for (int interval = Math.max(0, from / ScheduleHorizon.INTERVAL_MINUTES);
                 interval < Math.min(horizon.intervals(), (until + ScheduleHorizon.INTERVAL_MINUTES - 1) / ScheduleHorizon.INTERVAL_MINUTES); interval++) {
                required.merge(new SkillInterval(skill, interval), java.util.Objects.requireNonNull(requirement.agents()), Integer::sum);
            }
        }
        return required.entrySet().stream().map(entry -> new CoverageDemand(entry.getKey(), entry.getValue())).toList();
    }

    /** The solved shifts as stored: wall-clock times, with breaks, lunch and the agent's meetings inside the shift. */
    static List<ScheduledShift> shifts(WorkSchedule solved, boolean edited) {
        ScheduleHorizon horizon = solved.getHorizon();
        Map<ScheduleAgent, List<MeetingAttendance>> meetings = solved.getMeetings().stream().collect(Collectors.groupingBy(MeetingAttendance::agent));
        List<ScheduledShift> shifts = new ArrayList<>();
        for (ShiftAssignment assignment : solved.getAssignments()) {
            @Nullable ShiftOption shift = assignment.getShift();
            if (shift == null) {
                continue;
            }
            List<ScheduledShift.ShownActivity> activities = new ArrayList<>();
            shift.breaks().forEach(activity -> activities.add(new ScheduledShift.ShownActivity(activity.kind(), horizon.at(activity.start()),
                    horizon.at(activity.end()), null)));
            meetings.getOrDefault(assignment.agent(), List.of()).stream().filter(meeting -> shift.overlaps(meeting.start(), meeting.end()))
                    .forEach(meeting -> activities.add(new ScheduledShift.ShownActivity(Activity.Kind.MEETING, horizon.at(meeting.start()),
                            horizon.at(meeting.end()), meeting.title())));
            activities.sort(java.util.Comparator.comparing(ScheduledShift.ShownActivity::start));
            shifts.add(new ScheduledShift(assignment.agent().id(), assignment.agent().name(), assignment.date(), horizon.at(shift.start()),
                    horizon.at(shift.end()), shift.template().name(), activities, edited));
        }
        return shifts;
    }

    /** The problem with every agent-day pinned to its stored shift (or day off), to score a schedule as it stands. */
    static WorkSchedule pinned(ScheduleProblem problem, List<ScheduledShift> stored) {
        WorkSchedule schedule = problem.build();
        ScheduleHorizon horizon = problem.horizon();
        Map<String, ShiftTemplate> templates = problem.templates().stream().collect(Collectors.toMap(ShiftTemplate::name, Function.identity(), (a, b) -> a));
        Map<String, ScheduledShift> byAgentDay = new HashMap<>();
        stored.forEach(shift -> byAgentDay.put(shift.userId() + "/" + shift.day(), shift));
        for (ShiftAssignment assignment : schedule.getAssignments()) {
            @Nullable ScheduledShift shift = byAgentDay.get(assignment.agent().id() + "/" + assignment.date());
            if (shift == null) {
                assignment.pin(null);
                continue;
            }
            int start = horizon.minuteOf(shift.start());
            int length = horizon.minuteOf(shift.end()) - start;
            ShiftTemplate template = templates.getOrDefault(shift.template(),
                    new ShiftTemplate(shift.template(), length, shift.start().toLocalTime(), shift.start().toLocalTime(), 15, null));
            List<Activity> breaks = shift.activities().stream().filter(activity -> activity.kind() != Activity.Kind.MEETING)
                    .map(activity -> new Activity(activity.kind(), horizon.minuteOf(activity.start()), horizon.minuteOf(activity.end()))).toList();
            assignment.pin(new ShiftOption(template, assignment.dayIndex(), start, breaks));
        }
        return schedule;
    }

    private static int minute(ScheduleHorizon horizon, LocalDate day, LocalTime time) {
        return horizon.minuteOf(day.atTime(time));
    }

    private static int dayStart(ScheduleHorizon horizon, LocalDate day) {
        return horizon.minuteOf(day.atStartOfDay());
    }
}
