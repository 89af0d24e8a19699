package dev.frontline.workforce.staffing;

import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import org.springframework.stereotype.Service;

/** The staffing calculator for supervisors and admins; pure arithmetic, it reads and stores nothing. */
@Service("workforceStaffing")
public class Staffing {

    public StaffingResult calculate(Caller caller, StaffingRequest request) {
        caller.require(Role.SUPERVISOR);
        StaffingQuestion question = request.validate();
        StaffingQuestion.Target target = question.target();
        return target == null
                ? StaffingCalculator.answer(question, request.agents())
                : StaffingCalculator.fewestAgents(question, target);
    }
}
