package dev.frontline.workforce;

import dev.frontline.shared.Timestamps;
import dev.frontline.support.TestWorkspaces;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
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

    /** {@code count} chats answered after 10 s, one a minute from the start of half hour {@code interval} of the local {@code day}. */
    public static void halfHour(JdbcClient jdbc, TestWorkspaces.Workspace workspace, UUID queue, LocalDateTime day, int interval, int count,
                                ZoneId zone) {
        for (int contact = 0; contact < count; contact++) {
            visit(jdbc, workspace, queue, "chat", day.plusMinutes(30L * interval + contact).atZone(zone).toInstant(), 10, "ANSWERED");
        }
    }

    /** The agent got the conversation at {@code assigned} and resolved it {@code handleSeconds} later. */
    public static void resolved(JdbcClient jdbc, TestWorkspaces.Workspace workspace, UUID conversation, Instant assigned, long handleSeconds) {
        jdbc.sql("insert into workforce_handled_contacts (id, workspace_id, conversation_id, agent_id, assigned_at, ended_at, resolved) values (?, ?, ?, ?, ?, ?, true)")
                .params(UUID.randomUUID(), workspace.id().value(), conversation, workspace.agent().id().value(), Timestamps.sql(assigned),
                        Timestamps.sql(assigned.plusSeconds(handleSeconds)))
                .update();
    }
}
