package dev.frontline.routing.internal;

import dev.frontline.conversations.ConversationCommands;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.ConversationView;
import dev.frontline.conversations.Status;
import dev.frontline.presence.AgentPresenceChanged;
import dev.frontline.presence.PresenceStatus;
import dev.frontline.routing.RoutingProperties;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Only available agents hold offers: leaving AVAILABLE returns the agent's pending offers to the queue
 * in the same transaction as the status change; becoming available starts distribution after commit.
 * Going OFFLINE (signing out, being deactivated) with {@code frontline.routing.on-agent-offline=requeue}
 * also gives their open conversations back, as they would themselves, so they wait in their queues again.
 */
@Component
class PresenceRouting {

    private final OfferOutcomes outcomes;
    private final DistributionKicks kicks;
    private final AssignmentStore assignments;
    private final ConversationQueries conversations;
    private final ConversationCommands commands;
    private final RoutingProperties properties;

    PresenceRouting(OfferOutcomes outcomes, DistributionKicks kicks, AssignmentStore assignments,
                    ConversationQueries conversations, ConversationCommands commands, RoutingProperties properties) {
        this.outcomes = outcomes;
        this.kicks = kicks;
        this.assignments = assignments;
        this.conversations = conversations;
        this.commands = commands;
        this.properties = properties;
    }

    @EventListener
    void on(AgentPresenceChanged changed) {
        if (changed.status().takesNewWork()) {
            kicks.afterCommit(changed.workspaceId());
        } else if (changed.previousStatus().takesNewWork()) {
            outcomes.agentLeft(changed.workspaceId(), changed.userId());
        }
        if (changed.status() == PresenceStatus.OFFLINE
                && properties.onAgentOfflineOrDefault() == RoutingProperties.OnAgentOffline.REQUEUE) {
            Caller agent = new Caller(changed.workspaceId(), changed.userId(), Role.AGENT);
            for (ConversationId id : assignments.openOf(changed.workspaceId(), changed.userId())) {
                ConversationView conversation = conversations.get(changed.workspaceId(), id);
                if (conversation.status() == Status.OPEN && changed.userId().value().equals(conversation.assigneeId())) {
                    commands.assign(agent, id, null, conversation.teamId());
                }
            }
        }
    }
}
