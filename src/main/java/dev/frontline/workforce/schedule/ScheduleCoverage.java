package dev.frontline.workforce.schedule;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Required against scheduled agents per skill and interval, counted the way the solver counts them. */
public record ScheduleCoverage(List<Line> lines) {

    public record Line(SkillInterval slot, int requiredAgents, int scheduledAgents) {
    }

    public static ScheduleCoverage of(WorkSchedule schedule) {
        Map<SkillInterval, Integer> staffed = new HashMap<>();
        for (ShiftAssignment assignment : schedule.getAssignments()) {
            assignment.staffed().forEach(slot -> staffed.merge(slot, 1, Integer::sum));
        }
        for (MeetingAttendance meeting : schedule.getMeetings()) {
            meeting.absence().forEach(slot -> staffed.merge(slot, -1, Integer::sum));
        }
        return new ScheduleCoverage(schedule.getDemands().stream()
                .map(demand -> new Line(demand.slot(), demand.requiredAgents(), Math.max(0, staffed.getOrDefault(demand.slot(), 0))))
                .toList());
    }

    public long requiredAgentIntervals() {
        return lines.stream().mapToLong(Line::requiredAgents).sum();
    }

    /** The share of required agent-intervals that are staffed, over-staffing not counted: 1.0 is full coverage. */
    public double coveredShare() {
        long required = requiredAgentIntervals();
        long covered = lines.stream().mapToLong(line -> Math.min(line.requiredAgents(), line.scheduledAgents())).sum();
        return required == 0 ? 1.0 : (double) covered / required;
    }

    public long intervalsShort() {
        return lines.stream().filter(line -> line.scheduledAgents() < line.requiredAgents()).count();
    }
}
