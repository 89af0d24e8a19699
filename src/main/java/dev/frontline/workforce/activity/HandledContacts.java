package dev.frontline.workforce.activity;

import dev.frontline.conversations.ConversationAssigned;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.ConversationStatusChanged;
import dev.frontline.conversations.ConversationView;
import dev.frontline.conversations.Status;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which agent handled which contact, and for how long. Handle time here is the agent's wall-clock time with the
 * conversation: from its assignment to the agent until it is resolved or closed. It includes time the conversation
 * was pending or snoozed, and a chat agent's concurrent chats overlap (see docs/architecture.md, "Workforce:
 * activity"). A conversation reassigned before it was resolved counts for the agent who resolved it, from the time
 * they got it; a reopened conversation that is still assigned starts a new handling.
 *
 * <p>The listeners run in the transaction that assigns or resolves, because these events carry no time: the instant
 * is read there, and the record commits with the change or not at all.
 */
@Service
public class HandledContacts {

    /** A contact resolved by {@code agent}, held from {@code assignedAt} until {@code resolvedAt}. */
    public record Handled(UUID conversationId, UserId agent, Instant assignedAt, Instant resolvedAt) {

        public Duration handleTime() {
            return Duration.between(assignedAt, resolvedAt);
        }
    }

    private final ActivityStore store;
    private final ConversationQueries conversations;
    private final Clock clock;

    HandledContacts(ActivityStore store, ConversationQueries conversations, Clock clock) {
        this.store = store;
        this.conversations = conversations;
        this.clock = clock;
    }

    /** Contacts resolved in [from, to), oldest resolution first. */
    @Transactional(readOnly = true)
    public List<Handled> resolvedBetween(WorkspaceId workspace, Instant from, Instant to) {
        return store.handled(workspace, from, to);
    }

    @EventListener
    void on(ConversationAssigned assigned) {
        UUID conversation = assigned.conversationId().value();
        UUID holder = store.holder(assigned.workspaceId(), conversation);
        UUID assignee = assigned.assignee() == null ? null : assigned.assignee().value();
        if (Objects.equals(holder, assignee)) {
            return;
        }
        Instant now = clock.instant();
        store.endHandling(assigned.workspaceId(), conversation, now, false);
        if (assigned.assignee() != null) {
            store.startHandling(assigned.workspaceId(), conversation, assigned.assignee(), now);
        }
    }

    @EventListener
    void on(ConversationStatusChanged changed) {
        UUID conversation = changed.conversationId().value();
        boolean ends = changed.to() == Status.RESOLVED || changed.to() == Status.CLOSED;
        if (ends) {
            store.endHandling(changed.workspaceId(), conversation, clock.instant(), true);
        } else if (changed.from() == Status.RESOLVED && store.holder(changed.workspaceId(), conversation) == null) {
            ConversationView reopened = conversations.get(changed.workspaceId(), changed.conversationId());
            if (reopened.assigneeId() != null) {
                store.startHandling(changed.workspaceId(), conversation, new UserId(reopened.assigneeId()), clock.instant());
            }
        }
    }
}
