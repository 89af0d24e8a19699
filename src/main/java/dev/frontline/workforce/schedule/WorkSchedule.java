package dev.frontline.workforce.schedule;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A schedule problem and, once solved, its answer: every agent-day's shift and the score. */
@PlanningSolution
public class WorkSchedule {

    @ProblemFactProperty
    private ScheduleHorizon horizon;
    @ProblemFactCollectionProperty
    private List<ScheduleAgent> agents;
    @ProblemFactCollectionProperty
    private List<CoverageDemand> demands;
    @ProblemFactCollectionProperty
    private List<MeetingAttendance> meetings;
    @ProblemFactCollectionProperty
    private List<TimeOffPeriod> timeOff;
    @ProblemFactCollectionProperty
    private List<ClosedDay> closedDays;
    @PlanningEntityCollectionProperty
    private List<ShiftAssignment> assignments;
    @PlanningScore
    private @Nullable HardMediumSoftScore score;

    @SuppressWarnings("NullAway.Init")
    WorkSchedule() {
        // for the solver's cloning
    }

    public WorkSchedule(ScheduleHorizon horizon, List<ScheduleAgent> agents, List<CoverageDemand> demands, List<MeetingAttendance> meetings,
                        List<TimeOffPeriod> timeOff, List<ClosedDay> closedDays, List<ShiftAssignment> assignments) {
        this.horizon = horizon;
        this.agents = agents;
        this.demands = demands;
        this.meetings = meetings;
        this.timeOff = timeOff;
        this.closedDays = closedDays;
        this.assignments = assignments;
    }

    public ScheduleHorizon getHorizon() {
        return horizon;
    }

    public List<ScheduleAgent> getAgents() {
        return agents;
    }

    public List<CoverageDemand> getDemands() {
        return demands;
    }

    public List<MeetingAttendance> getMeetings() {
        return meetings;
    }

    public List<TimeOffPeriod> getTimeOff() {
        return timeOff;
    }

    public List<ClosedDay> getClosedDays() {
        return closedDays;
    }

    public List<ShiftAssignment> getAssignments() {
        return assignments;
    }

    public @Nullable HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(@Nullable HardMediumSoftScore score) {
        this.score = score;
    }
}
