package dev.frontline.workforce.schedule;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One agent's work rules as shown: the contract template and the agent's overrides of it, the terms that result,
 * availability in force and any change the agent asked for that awaits a supervisor, and preferences.
 */
public record AgentWorkRules(UUID userId, String displayName, @Nullable UUID contractTemplateId, @Nullable String contractTemplateName,
                             ContractTerms overrides, ContractTerms effectiveTerms, @Nullable String breakRuleSetName,
                             AgentAvailability availability, @Nullable AgentAvailability pendingAvailability, @Nullable Instant pendingSince,
                             AgentPreferences preferences) {
}
