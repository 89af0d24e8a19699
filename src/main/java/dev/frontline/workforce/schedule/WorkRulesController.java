package dev.frontline.workforce.schedule;

import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.web.RequiresRole;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /break-rule-sets}, {@code /contract-templates}, {@code /work-rules} and {@code /my-work-rules} under {@code /api/v1/workforce}. */
@RestController
class WorkRulesController {

    private final WorkRules rules;

    WorkRulesController(WorkRules rules) {
        this.rules = rules;
    }

    @GetMapping("/api/v1/workforce/break-rule-sets")
    @RequiresRole(Role.SUPERVISOR)
    List<BreakRuleSet> breakRuleSets(@AuthenticationPrincipal Caller caller) {
        return rules.breakRuleSets(caller);
    }

    @PostMapping("/api/v1/workforce/break-rule-sets")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresRole(Role.SUPERVISOR)
    BreakRuleSet createBreakRuleSet(@AuthenticationPrincipal Caller caller, @RequestBody WorkRules.BreakRuleSetBody body) {
        return rules.saveBreakRuleSet(caller, null, body);
    }

    @PutMapping("/api/v1/workforce/break-rule-sets/{id}")
    @RequiresRole(Role.SUPERVISOR)
    BreakRuleSet updateBreakRuleSet(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @RequestBody WorkRules.BreakRuleSetBody body) {
        return rules.saveBreakRuleSet(caller, id, body);
    }

    @DeleteMapping("/api/v1/workforce/break-rule-sets/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresRole(Role.SUPERVISOR)
    void deleteBreakRuleSet(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        rules.deleteBreakRuleSet(caller, id);
    }

    @GetMapping("/api/v1/workforce/contract-templates")
    @RequiresRole(Role.SUPERVISOR)
    List<ContractTemplate> contractTemplates(@AuthenticationPrincipal Caller caller) {
        return rules.contractTemplates(caller);
    }

    @PostMapping("/api/v1/workforce/contract-templates")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresRole(Role.SUPERVISOR)
    ContractTemplate createContractTemplate(@AuthenticationPrincipal Caller caller, @RequestBody WorkRules.ContractTemplateBody body) {
        return rules.saveContractTemplate(caller, null, body);
    }

    @PutMapping("/api/v1/workforce/contract-templates/{id}")
    @RequiresRole(Role.SUPERVISOR)
    ContractTemplate updateContractTemplate(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @RequestBody WorkRules.ContractTemplateBody body) {
        return rules.saveContractTemplate(caller, id, body);
    }

    @DeleteMapping("/api/v1/workforce/contract-templates/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @RequiresRole(Role.SUPERVISOR)
    void deleteContractTemplate(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        rules.deleteContractTemplate(caller, id);
    }

    @GetMapping("/api/v1/workforce/work-rules")
    @RequiresRole(Role.SUPERVISOR)
    List<AgentWorkRules> agents(@AuthenticationPrincipal Caller caller) {
        return rules.agents(caller);
    }

    @GetMapping("/api/v1/workforce/work-rules/{userId}")
    @RequiresRole(Role.SUPERVISOR)
    AgentWorkRules agent(@AuthenticationPrincipal Caller caller, @PathVariable UUID userId) {
        return rules.agent(caller, userId);
    }

    @PutMapping("/api/v1/workforce/work-rules/{userId}")
    @RequiresRole(Role.SUPERVISOR)
    AgentWorkRules assign(@AuthenticationPrincipal Caller caller, @PathVariable UUID userId, @RequestBody WorkRules.AgentRulesBody body) {
        return rules.assign(caller, userId, body);
    }

    @PostMapping("/api/v1/workforce/work-rules/{userId}/availability/approve")
    @RequiresRole(Role.SUPERVISOR)
    AgentWorkRules approveAvailability(@AuthenticationPrincipal Caller caller, @PathVariable UUID userId) {
        return rules.decideAvailability(caller, userId, true);
    }

    @PostMapping("/api/v1/workforce/work-rules/{userId}/availability/decline")
    @RequiresRole(Role.SUPERVISOR)
    AgentWorkRules declineAvailability(@AuthenticationPrincipal Caller caller, @PathVariable UUID userId) {
        return rules.decideAvailability(caller, userId, false);
    }

    @GetMapping("/api/v1/workforce/my-work-rules")
    AgentWorkRules mine(@AuthenticationPrincipal Caller caller) {
        return rules.mine(caller);
    }

    @PutMapping("/api/v1/workforce/my-work-rules/preferences")
    AgentWorkRules setMyPreferences(@AuthenticationPrincipal Caller caller, @RequestBody AgentPreferences preferences) {
        return rules.setMyPreferences(caller, preferences);
    }

    @PutMapping("/api/v1/workforce/my-work-rules/availability")
    AgentWorkRules requestMyAvailability(@AuthenticationPrincipal Caller caller, @RequestBody AgentAvailability availability) {
        return rules.requestMyAvailability(caller, availability);
    }
}
