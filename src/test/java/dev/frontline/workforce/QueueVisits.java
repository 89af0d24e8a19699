package dev.frontline.workforce;

import dev.frontline.shared.Timestamps;
import dev.frontline.support.TestWorkspaces;
import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A fixture writing queue visits as routing records them, and the handling of a contact as workforce records it. */
public final class QueueVisits {

    private QueueVisits() {
    }

    /** A conversation that entered the queue at {@code enqueued} and left it {@code waitedSeconds} later; answers its id. */
    public static UUID visit(JdbcClient jdbc, TestWorkspaces.Workspace workspace, UUID queue, String channel, Instant enqueued,
                             long waitedSeconds, String outcome) {
        UUID conversation = UUID.randomUUID();
        jdbc.sql("insert into routing_queue_visits (id, workspace_id, conversation_id, queue_id, channel, enqueued_at, left_at, outcome, agent_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), workspace.id().value(), conversation, queue, channel, Timestamps.sql(enqueued),
                        Timestamps.sql(enqueued.plusSeconds(waitedSeconds)), outcome, null)
                .update();
        return conversation;
    }

    /** The agent got the conversation at {@code assigned} and resolved it {@code handleSeconds} later. */
    public static void resolved(JdbcClient jdbc, TestWorkspaces.Workspace workspace, UUID conversation, Instant assigned, long handleSeconds) {
        jdbc.sql("insert into workforce_handled_contacts (id, workspace_id, conversation_id, agent_id, assigned_at, ended_at, resolved) values (?, ?, ?, ?, ?, ?, true)")
                .params(UUID.randomUUID(), workspace.id().value(), conversation, workspace.agent().id().value(), Timestamps.sql(assigned),
                        Timestamps.sql(assigned.plusSeconds(handleSeconds)))
                .update();
    }
}
