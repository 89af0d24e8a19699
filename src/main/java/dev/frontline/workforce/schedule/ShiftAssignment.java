package dev.frontline.workforce.schedule;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One agent's day: the shift they work, or none (a day off). The solver picks the shift among the options this
 * agent may work that day; a supervisor's hand edit pins it.
 */
@PlanningEntity
public class ShiftAssignment {

    @PlanningId
    private String id;
    private ScheduleAgent agent;
    private LocalDate date;
    private int dayIndex;
    private AgentWeek agentWeek;
    @ValueRangeProvider(id = "shiftOptions")
    private List<ShiftOption> options;
    @PlanningVariable(valueRangeProviderRefs = "shiftOptions", allowsUnassigned = true)
    private @Nullable ShiftOption shift;
    @PlanningPin
    private boolean pinned;

    @SuppressWarnings("NullAway.Init")
    ShiftAssignment() {
        // for the solver's cloning
    }

    public ShiftAssignment(ScheduleAgent agent, LocalDate date, int dayIndex, AgentWeek agentWeek, List<ShiftOption> options) {
        this.id = agent.id() + "/" + dayIndex;
        this.agent = agent;
        this.date = date;
        this.dayIndex = dayIndex;
        this.agentWeek = agentWeek;
        this.options = options;
    }

    public List<ShiftOption> getOptions() {
        return options;
    }

    public String getId() {
        return id;
    }

    public ScheduleAgent agent() {
        return agent;
    }

    public LocalDate date() {
        return date;
    }

    public int dayIndex() {
        return dayIndex;
    }

    public AgentWeek agentWeek() {
        return agentWeek;
    }

    public @Nullable ShiftOption getShift() {
        return shift;
    }

    public void setShift(@Nullable ShiftOption shift) {
        this.shift = shift;
    }

    public boolean isPinned() {
        return pinned;
    }

    /**
     * Fixes the shift (or day off) so the solver keeps it, as after a supervisor's edit. It becomes the day's only
     * option: a hand edit may lie outside what the agent was offered, which the hard constraints then report.
     */
    public void pin(@Nullable ShiftOption shift) {
        this.shift = shift;
        this.options = shift == null ? List.of() : List.of(shift);
        this.pinned = true;
    }

    public boolean working() {
        return shift != null;
    }

    public int paidMinutes() {
        return shift == null ? 0 : shift.paidMinutes();
    }

    public boolean onWeekend() {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The skill intervals this agent staffs: every working interval for each of their skills. */
    public List<SkillInterval> staffed() {
        if (shift == null) {
            return List.of();
        }
        int[] intervals = shift.workingIntervals();
        List<SkillInterval> slots = new ArrayList<>(intervals.length * agent.skills().size());
        for (String skill : agent.skills()) {
            for (int interval : intervals) {
                slots.add(new SkillInterval(skill, interval));
            }
        }
        return slots;
    }

    @Override
    public String toString() {
        return agent + " " + date + " " + shift;
    }
}
