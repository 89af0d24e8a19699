package dev.frontline.routing.internal;

import dev.frontline.presence.AgentPresenceChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Only available agents hold offers: leaving AVAILABLE returns the agent's pending offers to the queue
 * in the same transaction as the status change; becoming available starts distribution after commit.
 */
@Component
class PresenceRouting {

    private final OfferOutcomes outcomes;
    private final DistributionKicks kicks;

    PresenceRouting(OfferOutcomes outcomes, DistributionKicks kicks) {
        this.outcomes = outcomes;
        this.kicks = kicks;
    }

    @EventListener
    void on(AgentPresenceChanged changed) {
        if (changed.status().takesNewWork()) {
            kicks.afterCommit(changed.workspaceId());
        } else if (changed.previousStatus().takesNewWork()) {
            outcomes.agentLeft(changed.workspaceId(), changed.userId());
        }
    }
}
