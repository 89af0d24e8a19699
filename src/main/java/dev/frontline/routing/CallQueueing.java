package dev.frontline.routing;

import dev.frontline.conversations.ConversationCommands;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.ConversationView;
import dev.frontline.conversations.Status;
import dev.frontline.routing.internal.OfferOutcomes;
import dev.frontline.routing.internal.QueueStore;
import dev.frontline.routing.internal.Queueing;
import dev.frontline.shared.Caller;
import dev.frontline.shared.WorkspaceId;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routing for a telephone channel that decides the queue itself and keeps the caller on the line: an IVR digit
 * places the call's conversation in the chosen queue (whatever the rules say), the caller hears their position
 * and expected wait, and a caller who hangs up while waiting leaves the queue as abandoned
 * ({@link QueueHistory.Outcome#ABANDONED}). None of these need a staff member: the provider's webhook drives them.
 */
@Service
public class CallQueueing {

    /** Where a waiting call stands: its queue, its place in the work order (1 = next) and the expected wait. */
    public record Place(UUID queueId, long position, @Nullable Duration expectedWait) {
    }

    private final QueueStore queues;
    private final Queueing queueing;
    private final OfferOutcomes outcomes;
    private final QueueStates states;
    private final JdbcClient jdbc;
    private final ConversationQueries conversations;
    private final ConversationCommands commands;

    CallQueueing(QueueStore queues, Queueing queueing, OfferOutcomes outcomes, QueueStates states, JdbcClient jdbc,
                 ConversationQueries conversations, ConversationCommands commands) {
        this.conversations = conversations;
        this.commands = commands;
        this.queues = queues;
        this.queueing = queueing;
        this.outcomes = outcomes;
        this.states = states;
        this.jdbc = jdbc;
    }

    /**
     * Puts the open, unassigned conversation in {@code queueId}: moved there if the rules already queued it,
     * else queued there (the arrival's own queueing then finds it queued, whichever comes first). False if the queue does not exist in
     * the workspace or the conversation cannot wait (assigned, not open).
     */
    @Transactional
    public boolean place(WorkspaceId workspace, ConversationId conversation, UUID queueId) {
        if (queues.queue(workspace, queueId).isEmpty()) {
            return false;
        }
        // The arrival's own queueing (after the conversation's commit) may be inserting the item right now: the
        // insert here then waits for it and finds it queued, and the last requeue sees it and moves it.
        return outcomes.requeue(workspace, conversation, queueId) || queueing.enqueue(workspace, conversation, queueId)
                || outcomes.requeue(workspace, conversation, queueId);
    }

    /** The conversation's place while it waits (offered counts as next); empty once it left the queue. */
    @Transactional(readOnly = true)
    public Optional<Place> place(WorkspaceId workspace, ConversationId conversation) {
        return jdbc.sql("""
                        select mine.queue_id, (select count(*) from routing_items ahead
                                where ahead.workspace_id = mine.workspace_id and ahead.queue_id = mine.queue_id
                                  and (ahead.sort_key < mine.sort_key or ahead.sort_key = mine.sort_key
                                       and ahead.conversation_id < mine.conversation_id)) + 1
                        from routing_items mine where mine.workspace_id = ? and mine.conversation_id = ?""")
                .params(workspace.value(), conversation.value())
                .query((rs, n) -> {
                    UUID queue = rs.getObject(1, UUID.class);
                    long position = rs.getLong(2);
                    return new Place(queue, position, states.expectedWait(workspace, queue, position).orElse(null));
                })
                .optional();
    }

    /**
     * The agent who took the call did not pick up (their phone rang out, was busy or failed): {@code agent} gives the
     * conversation back and it waits again, in {@code queueId} when given, at the front of that queue (ahead of
     * everyone waiting there), so the next agent is offered it first. The caller never chose to wait less.
     */
    @Transactional
    public void returnToFront(Caller agent, ConversationId conversation, @Nullable UUID queueId) {
        WorkspaceId workspace = agent.workspaceId();
        ConversationView view = conversations.get(workspace, conversation);
        if (agent.userId().value().equals(view.assigneeId())) {
            commands.assign(agent, conversation, null, view.teamId()); // queued again by its rules, in this transaction
        }
        if (!outcomes.requeue(workspace, conversation, queueId) && !queueing.enqueue(workspace, conversation, queueId)) {
            return;
        }
        jdbc.sql("""
                        update routing_items mine set sort_key = (select min(other.sort_key) - 1 from routing_items other
                                where other.workspace_id = mine.workspace_id and other.queue_id = mine.queue_id)
                        where mine.workspace_id = ? and mine.conversation_id = ?""")
                .params(workspace.value(), conversation.value()).update();
    }

    /** The caller hung up while waiting: the conversation leaves its queue, recorded as abandoned. */
    @Transactional
    public void abandon(WorkspaceId workspace, ConversationId conversation) {
        outcomes.leaveQueue(workspace, conversation, Status.RESOLVED);
    }
}
