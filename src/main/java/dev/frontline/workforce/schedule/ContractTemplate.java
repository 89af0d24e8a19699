package dev.frontline.workforce.schedule;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A named contract ("Full time 40h") agents are assigned to, with the break rules its shifts follow (none: the standard ones). */
public record ContractTemplate(UUID id, String name, ContractTerms terms, @Nullable UUID breakRuleSetId) {
}
