package dev.frontline.workforce.web;

import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.web.RequiresRole;
import dev.frontline.workforce.staffing.Staffing;
import dev.frontline.workforce.staffing.StaffingRequest;
import dev.frontline.workforce.staffing.StaffingResult;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/workforce/staffing}: evaluates a number of agents or finds the fewest for a target. */
@RestController
@RequiresRole(Role.SUPERVISOR)
class StaffingController {

    private final Staffing staffing;

    StaffingController(Staffing staffing) {
        this.staffing = staffing;
    }

    @PostMapping("/api/v1/workforce/staffing")
    StaffingResult calculate(@AuthenticationPrincipal Caller caller, @RequestBody StaffingRequest request) {
        return staffing.calculate(caller, request);
    }
}
