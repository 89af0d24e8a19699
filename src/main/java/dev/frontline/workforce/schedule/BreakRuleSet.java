package dev.frontline.workforce.schedule;

import java.util.List;
import java.util.UUID;

/** Named break rules ("Standard", "Short shifts"), chosen per contract template. */
public record BreakRuleSet(UUID id, String name, List<BreakRules.Tier> tiers) {

    BreakRules rules() {
        return new BreakRules(tiers);
    }
}
