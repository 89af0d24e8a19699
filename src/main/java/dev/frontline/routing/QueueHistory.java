package dev.frontline.routing;

import dev.frontline.conversations.ConversationId;
import dev.frontline.routing.internal.QueueStore;
import dev.frontline.routing.internal.VisitStore;
import dev.frontline.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened to conversations in the queues, for service-level reports: each time a conversation left
 * a queue, how long it waited and whether it was answered (assigned to an agent), abandoned (resolved or
 * closed while still waiting) or set aside (pending or snoozed while waiting). Conversations still waiting
 * have no visit yet.
 */
@Service
public class QueueHistory {

    public enum Outcome { ANSWERED, ABANDONED, SET_ASIDE }

    /** {@code teamId}: the queue's team; {@code agentId}: who answered. */
    public record Visit(ConversationId conversationId, UUID queueId, @Nullable UUID teamId, String channel,
                        Instant enqueuedAt, Instant leftAt, Outcome outcome, @Nullable UUID agentId) {

        public Duration waited() {
            return Duration.between(enqueuedAt, leftAt);
        }
    }

    private final VisitStore visits;
    private final QueueStore queues;

    QueueHistory(VisitStore visits, QueueStore queues) {
        this.visits = visits;
        this.queues = queues;
    }

    /** Visits that entered their queue in [from, to), in enqueue order; streamed, so a long period costs no memory. */
    @Transactional(readOnly = true)
    public void visits(WorkspaceId workspace, Instant from, Instant to, Consumer<Visit> each) {
        visits.visits(workspace, from, to, each);
    }

    /** The workspace's queues by id, in their display order. */
    @Transactional(readOnly = true)
    public Map<UUID, String> queueNames(WorkspaceId workspace) {
        Map<UUID, String> names = new LinkedHashMap<>();
        queues.queues(workspace).forEach(queue -> names.put(queue.id(), queue.name()));
        return names;
    }
}
