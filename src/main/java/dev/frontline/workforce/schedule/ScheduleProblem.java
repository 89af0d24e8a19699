package dev.frontline.workforce.schedule;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Builds the problem the solver works on: one assignment per agent and day, each offered only the shifts that
 * agent may work that day (their skills, availability, time off and the holidays), so the solver spends its time
 * on coverage and fairness. A shift template that names break rules gives its shifts those; otherwise an agent whose
 * contract names break rules gets those, everyone else the problem's. The hard constraints still check every rule,
 * for pinned hand edits.
 */
public record ScheduleProblem(ScheduleHorizon horizon, List<ShiftTemplate> templates, BreakRules breakRules, List<ScheduleAgent> agents,
                              List<CoverageDemand> demands, List<MeetingAttendance> meetings, List<TimeOffPeriod> timeOff,
                              Set<LocalDate> holidays) {

    public WorkSchedule build() {
        Map<BreakRules, List<List<ShiftOption>>> optionsByRules = new HashMap<>();
        List<ClosedDay> closedDays = new ArrayList<>();
        for (int day = 0; day < horizon.days(); day++) {
            if (holidays.contains(horizon.day(day))) {
                closedDays.add(new ClosedDay(day, horizon.day(day)));
            }
        }
        Map<ScheduleAgent, List<TimeOffPeriod>> timeOffByAgent = timeOff.stream().collect(Collectors.groupingBy(TimeOffPeriod::agent));
        Map<Integer, Integer> daysInWeek = new HashMap<>();
        List<ShiftAssignment> assignments = new ArrayList<>();
        for (ScheduleAgent agent : agents) {
            List<TimeOffPeriod> agentTimeOff = timeOffByAgent.getOrDefault(agent, List.of());
            List<List<ShiftOption>> optionsByDay = optionsByRules.computeIfAbsent(agentRules(agent), this::optionsByDay);
            for (int day = 0; day < horizon.days(); day++) {
                LocalDate date = horizon.day(day);
                int week = horizon.weekOf(day);
                AgentWeek agentWeek = new AgentWeek(agent, week, daysInWeek.computeIfAbsent(week, horizon::daysInWeek));
                List<ShiftOption> allowed = holidays.contains(date) ? List.of() : optionsByDay.get(day).stream()
                        .filter(option -> mayWork(agent, date, option, agentTimeOff))
                        .toList();
                assignments.add(new ShiftAssignment(agent, date, day, agentWeek, allowed));
            }
        }
        return new WorkSchedule(horizon, agents, demands, meetings, timeOff, closedDays, assignments);
    }

    /** The break rules of the agent's shifts where the template names none: the contract's, else the problem's. */
    private BreakRules agentRules(ScheduleAgent agent) {
        return java.util.Objects.requireNonNullElse(agent.breakRules(), breakRules);
    }

    /** The break rules of {@code agent}'s shifts of {@code template} (for hand edits: the same rules the solver offered). */
    BreakRules breakRulesOf(ShiftTemplate template, ScheduleAgent agent) {
        return template.breakRulesOr(agentRules(agent));
    }

    private static boolean mayWork(ScheduleAgent agent, LocalDate date, ShiftOption option, List<TimeOffPeriod> agentTimeOff) {
        String skill = option.template().requiredSkill();
        return (skill == null || agent.skills().contains(skill))
                && agent.availability().allows(date, option.startOfDay(), option.endOfDay())
                && agentTimeOff.stream().noneMatch(off -> option.overlaps(off.start(), off.end()));
    }

    /** Each day's options under one set of break rules; agents with the same rules share them. */
    private List<List<ShiftOption>> optionsByDay(BreakRules rules) {
        List<List<ShiftOption>> optionsByDay = new ArrayList<>();
        for (int day = 0; day < horizon.days(); day++) {
            optionsByDay.add(optionsOn(day, rules));
        }
        return optionsByDay;
    }

    /** Every start of every template on the day, each with every lunch placement the break rules allow. */
    private List<ShiftOption> optionsOn(int day, BreakRules agentRules) {
        List<ShiftOption> options = new ArrayList<>();
        int midnight = day * ScheduleHorizon.MINUTES_PER_DAY;
        for (ShiftTemplate template : templates) {
            BreakRules breakRules = template.breakRulesOr(agentRules);
            int latest = minuteOfDay(template.latestStart());
            for (int start = minuteOfDay(template.earliestStart()); start <= latest; start += template.startStepMinutes()) {
                for (int lunchOffset : breakRules.lunchOffsets(template.lengthMinutes())) {
                    options.add(new ShiftOption(template, day, midnight + start, breakRules.place(midnight + start, template.lengthMinutes(), lunchOffset)));
                }
            }
        }
        return options;
    }

    private static int minuteOfDay(LocalTime time) {
        return time.toSecondOfDay() / 60;
    }
}
