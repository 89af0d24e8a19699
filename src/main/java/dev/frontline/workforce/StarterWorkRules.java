package dev.frontline.workforce;

import dev.frontline.shared.Caller;
import dev.frontline.shared.UserId;
import dev.frontline.workforce.schedule.AgentAvailability;
import dev.frontline.workforce.schedule.AgentPreferences;
import dev.frontline.workforce.schedule.BreakRules;
import dev.frontline.workforce.schedule.ContractTemplate;
import dev.frontline.workforce.schedule.ContractTerms;
import dev.frontline.workforce.schedule.ScheduleRequest;
import dev.frontline.workforce.schedule.WorkRules;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Starter work rules for a new workspace (the demo uses them), so a first schedule already follows real rules: break
 * rule sets "Standard" and "Short shifts", contract templates "Full time 40h", "Part time 20h" (weekends off) and
 * "Student" (weekday evenings and weekends), and the given agents assigned in turn: two full-timers, a part-timer, a student.
 */
@Component
public class StarterWorkRules {

    private final WorkRules workRules;

    StarterWorkRules(WorkRules workRules) {
        this.workRules = workRules;
    }

    public void create(Caller supervisor, List<UserId> agents) {
        UUID standard = workRules.saveBreakRuleSet(supervisor, null, new WorkRules.BreakRuleSetBody("Standard", BreakRules.standard().tiers())).id();
        UUID shortShifts = workRules.saveBreakRuleSet(supervisor, null, new WorkRules.BreakRuleSetBody("Short shifts",
                List.of(new BreakRules.Tier(0, 1, 15, 0, 0, 0), new BreakRules.Tier(5 * 60, 2, 15, 0, 0, 0)))).id();
        ContractTemplate fullTime = template(supervisor, "Full time 40h", new ContractTerms(32, 40, 5, 2, 11, null), standard);
        ContractTemplate partTime = template(supervisor, "Part time 20h",
                new ContractTerms(16, 20, 4, 3, 11, Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)), shortShifts);
        ContractTemplate student = template(supervisor, "Student", new ContractTerms(0, 16, 3, 4, 11, null), shortShifts);
        List<ContractTemplate> byAgent = List.of(fullTime, fullTime, partTime, student);
        for (int i = 0; i < agents.size(); i++) {
            ContractTemplate contract = byAgent.get(i % byAgent.size());
            AgentAvailability availability = contract == student ? eveningsAndWeekends() : AgentAvailability.anyTime();
            AgentPreferences preferences = i == 0
                    ? new AgentPreferences(Set.of(), Set.of(DayOfWeek.SUNDAY), null, LocalTime.of(8, 0))
                    : AgentPreferences.none();
            workRules.assign(supervisor, agents.get(i).value(), new WorkRules.AgentRulesBody(contract.id(), null, availability, preferences));
        }
    }

    private ContractTemplate template(Caller supervisor, String name, ContractTerms terms, UUID breakRules) {
        return workRules.saveContractTemplate(supervisor, null, new WorkRules.ContractTemplateBody(name, terms, breakRules));
    }

    private static AgentAvailability eveningsAndWeekends() {
        ScheduleRequest.Window evening = new ScheduleRequest.Window(LocalTime.of(16, 0), LocalTime.of(22, 0));
        ScheduleRequest.Window allDay = new ScheduleRequest.Window(LocalTime.of(8, 0), LocalTime.of(22, 0));
        return new AgentAvailability(Map.of(DayOfWeek.MONDAY, evening, DayOfWeek.TUESDAY, evening, DayOfWeek.WEDNESDAY, evening,
                DayOfWeek.THURSDAY, evening, DayOfWeek.FRIDAY, evening, DayOfWeek.SATURDAY, allDay, DayOfWeek.SUNDAY, allDay), List.of());
    }
}
