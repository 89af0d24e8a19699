package dev.frontline.routing.internal;

import dev.frontline.conversations.ConversationId;
import dev.frontline.routing.QueueHistory;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code routing_queue_visits} table: one row each time a conversation left a queue, for reports. */
@Component
public class VisitStore {

    private final JdbcClient jdbc;

    VisitStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(WorkspaceId workspace, RoutingItem item, QueueHistory.Outcome outcome, @Nullable UserId agent, Instant leftAt) {
        jdbc.sql("""
                insert into routing_queue_visits (id, workspace_id, conversation_id, queue_id, channel, enqueued_at, left_at, outcome, agent_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(UUID.randomUUID(), workspace.value(), item.conversationId().value(), item.queueId(), item.channel(),
                        Timestamps.sql(item.enqueuedAt()), Timestamps.sql(leftAt), outcome.name(),
                        agent == null ? null : agent.value())
                .update();
    }

    /** Visits that entered their queue in [from, to), with the queue's team, streamed in enqueue order. */
    public void visits(WorkspaceId workspace, Instant from, Instant to, Consumer<QueueHistory.Visit> each) {
        jdbc.sql("""
                select v.conversation_id, v.queue_id, q.team_id, v.channel, v.enqueued_at, v.left_at, v.outcome, v.agent_id
                from routing_queue_visits v left join routing_queues q on q.id = v.queue_id
                where v.workspace_id = ? and v.enqueued_at >= ? and v.enqueued_at < ? order by v.enqueued_at""")
                .params(workspace.value(), Timestamps.sql(from), Timestamps.sql(to))
                .query(rs -> {
                    each.accept(new QueueHistory.Visit(new ConversationId(rs.getObject("conversation_id", UUID.class)),
                            rs.getObject("queue_id", UUID.class), rs.getObject("team_id", UUID.class), rs.getString("channel"),
                            Timestamps.read(rs, "enqueued_at"), Timestamps.read(rs, "left_at"),
                            QueueHistory.Outcome.valueOf(rs.getString("outcome")), rs.getObject("agent_id", UUID.class)));
                });
    }
}
