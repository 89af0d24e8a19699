package dev.frontline.routing.internal;

import dev.frontline.contacts.ContactTierChanged;
import dev.frontline.conversations.ConversationAssigned;
import dev.frontline.conversations.ConversationAttributesChanged;
import dev.frontline.conversations.ConversationCreated;
import dev.frontline.conversations.ConversationDeadlines;
import dev.frontline.conversations.ConversationPriorityChanged;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.ConversationStatusChanged;
import dev.frontline.conversations.ConversationTagged;
import dev.frontline.conversations.ConversationView;
import dev.frontline.conversations.Status;
import dev.frontline.routing.ChannelKind;
import dev.frontline.routing.RoutingProperties;
import dev.frontline.shared.Actor;
import dev.frontline.shared.BeforeCommitBatch;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Follows conversations. Arrivals and reopenings are queued at the end of the creating (or reopening)
 * transaction, after everything it did (tags, priority, attributes a bot set), and commit with it: a crash
 * loses neither, and nothing can change the conversation in between (its row is held). Inbound paths that
 * store many messages in one transaction queue them all in that one commit, with one insert. Leaving the queue, assignment and
 * priority changes are applied in the changing transaction, so queue, offers and load never disagree
 * with the conversation. An unassigned conversation goes back to the queue its rules choose.
 */
@Component
class ConversationRouting {

    private static final Set<Status> NOT_WAITING = Set.of(Status.PENDING, Status.SNOOZED, Status.RESOLVED, Status.CLOSED);

    private final Queueing queueing;
    private final OfferOutcomes outcomes;
    private final ItemStore items;
    private final AssignmentStore assignments;
    private final ConversationQueries conversations;
    private final ConversationDeadlines deadlines;
    private final DistributionKicks kicks;
    private final RoutingProperties properties;
    private final Clock clock;
    private final BeforeCommitBatch<ConversationCreated> arrivals;

    ConversationRouting(Queueing queueing, OfferOutcomes outcomes, ItemStore items, AssignmentStore assignments,
                        ConversationQueries conversations, ConversationDeadlines deadlines, DistributionKicks kicks,
                        RoutingProperties properties, Clock clock, DataSource dataSource) {
        this.queueing = queueing;
        this.outcomes = outcomes;
        this.items = items;
        this.assignments = assignments;
        this.conversations = conversations;
        this.deadlines = deadlines;
        this.kicks = kicks;
        this.properties = properties;
        this.clock = clock;
        this.arrivals = new BeforeCommitBatch<>(dataSource, this::enqueue);
    }

    /** A conversation staff started themselves is theirs to handle, not the queue's. */
    @EventListener
    void on(ConversationCreated created) {
        if (created.actor().type() != Actor.Type.AGENT) {
            arrivals.add(created);
        }
    }

    private void enqueue(List<ConversationCreated> arrived) {
        // No lock to take first: nobody else sees a conversation before the transaction creating it commits.
        arrived.stream()
                .collect(Collectors.groupingBy(ConversationCreated::workspaceId, LinkedHashMap::new,
                        Collectors.mapping(ConversationCreated::conversationId, Collectors.toList())))
                .forEach(queueing::enqueueAllLocked);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void reopened(ConversationStatusChanged changed) {
        if (changed.to() == Status.OPEN) {
            deadlines.lock(changed.workspaceId(), changed.conversationId());
            queueing.enqueueLocked(changed.workspaceId(), changed.conversationId());
        }
    }

    @EventListener
    void leftOrEnded(ConversationStatusChanged changed) {
        if (NOT_WAITING.contains(changed.to())) {
            outcomes.leaveQueue(changed.workspaceId(), changed.conversationId(), changed.to());
        }
        if ((changed.to() == Status.RESOLVED || changed.to() == Status.CLOSED)
                && assignments.end(changed.workspaceId(), changed.conversationId(), clock.instant())) {
            kicks.afterCommit(changed.workspaceId());
        }
    }

    @EventListener
    void on(ConversationAssigned assigned) {
        if (assigned.assignee() == null) {
            // Given back: it waits in its queue again (in this transaction, so a transfer can then move it).
            if (assignments.giveBack(assigned.workspaceId(), assigned.conversationId(), clock.instant())) {
                queueing.enqueue(assigned.workspaceId(), assigned.conversationId());
            }
        } else {
            outcomes.assigned(assigned.workspaceId(), assigned.conversationId(), assigned.assignee());
            ConversationView conversation = conversations.get(assigned.workspaceId(), assigned.conversationId());
            assignments.start(assigned.workspaceId(), assigned.conversationId(), assigned.assignee(),
                    ChannelKind.channelOf(conversation.channel()), conversation.contactId(), clock.instant());
        }
        kicks.afterCommit(assigned.workspaceId());
    }

    @EventListener
    void on(ConversationTagged tagged) {
        queueing.reconsider(tagged.workspaceId(), tagged.conversationId());
    }

    @EventListener
    void on(ConversationAttributesChanged changed) {
        queueing.reconsider(changed.workspaceId(), changed.conversationId());
    }

    @EventListener
    void on(ContactTierChanged changed) {
        items.queuedOfContact(changed.workspaceId(), changed.contactId().value())
                .forEach(conversation -> queueing.reconsider(changed.workspaceId(), conversation));
    }

    @EventListener
    void on(ConversationPriorityChanged changed) {
        items.lock(changed.workspaceId(), changed.conversationId()).ifPresent(item ->
                items.reprioritize(changed.workspaceId(), changed.conversationId(), changed.to(),
                        WorkOrder.sortKey(item.enqueuedAt(), changed.to(), item.tier(), properties)));
    }
}
