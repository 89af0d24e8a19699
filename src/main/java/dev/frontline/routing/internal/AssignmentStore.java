package dev.frontline.routing.internal;

import dev.frontline.conversations.ConversationId;
import dev.frontline.routing.ChannelKind;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code routing_assignments} table: which agent handles which conversation, whether routing or a
 * person assigned it. Open rows are each agent's load; ended rows give recent handle times.
 */
@Component
public class AssignmentStore {

    private final JdbcClient jdbc;

    AssignmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void start(WorkspaceId workspace, ConversationId conversation, UserId agent, String channel,
                      java.util.UUID contactId, Instant at) {
        int updated = jdbc.sql("""
                update routing_assignments set agent_id = ?, channel = ?, contact_id = ?, started_at = ?, ended_at = null
                where workspace_id = ? and conversation_id = ?""")
                .params(agent.value(), channel, contactId, Timestamps.sql(at), workspace.value(), conversation.value()).update();
        if (updated == 0) {
            jdbc.sql("insert into routing_assignments (conversation_id, workspace_id, agent_id, channel, contact_id, started_at) values (?, ?, ?, ?, ?, ?)")
                    .params(conversation.value(), workspace.value(), agent.value(), channel, contactId, Timestamps.sql(at)).update();
        }
    }

    /**
     * The agent who last took a conversation of this contact, if they still handle it or ended it after
     * {@code since}. Conversations given back ({@link #giveBack}) do not count: whoever gave one back or
     * transferred it is not the one to stick to.
     */
    public Optional<UserId> lastAgentOf(WorkspaceId workspace, java.util.UUID contactId, Instant since) {
        return jdbc.sql("""
                select agent_id, ended_at from routing_assignments where workspace_id = ? and contact_id = ?
                order by started_at desc limit 1""")
                .params(workspace.value(), contactId)
                .query((rs, n) -> {
                    Instant ended = Timestamps.read(rs, "ended_at");
                    return ended == null || ended.isAfter(since) ? Optional.of(new UserId(rs.getObject("agent_id", java.util.UUID.class)))
                            : Optional.<UserId>empty();
                })
                .optional().flatMap(found -> found);
    }

    /** Ends the conversation's open assignment; true if there was one. */
    public boolean end(WorkspaceId workspace, ConversationId conversation, Instant at) {
        return jdbc.sql("update routing_assignments set ended_at = ? where workspace_id = ? and conversation_id = ? and ended_at is null")
                .params(Timestamps.sql(at), workspace.value(), conversation.value()).update() == 1;
    }

    /** The conversations the agent handles now, oldest assignment first. */
    public List<ConversationId> openOf(WorkspaceId workspace, UserId agent) {
        return jdbc.sql("select conversation_id from routing_assignments where workspace_id = ? and agent_id = ? and ended_at is null order by started_at")
                .params(workspace.value(), agent.value())
                .query((rs, n) -> new ConversationId(rs.getObject(1, java.util.UUID.class))).list();
    }

    /** Ends the open assignment of a conversation its agent gave back (unassigned); true if there was one. */
    public boolean giveBack(WorkspaceId workspace, ConversationId conversation, Instant at) {
        return jdbc.sql("update routing_assignments set ended_at = ?, contact_id = null where workspace_id = ? and conversation_id = ? and ended_at is null")
                .params(Timestamps.sql(at), workspace.value(), conversation.value()).update() == 1;
    }

    /**
     * What the agent holds per kind of channel: open assignments plus pending offers. One statement, so one
     * snapshot: an accept committing meanwhile turns an offer into an assignment and must be counted
     * once, not zero times (two separate reads could miss it on both sides and overfill the agent).
     */
    public int[] load(WorkspaceId workspace, UserId agent) {
        int[] load = new int[ChannelKind.values().length];
        jdbc.sql("""
                select channel, count(*) from (
                  select channel from routing_assignments where workspace_id = ? and agent_id = ? and ended_at is null
                  union all
                  select channel from routing_offers where workspace_id = ? and agent_id = ? and outcome is null) held
                group by channel""")
                .params(workspace.value(), agent.value(), workspace.value(), agent.value())
                .query((rs, n) -> load[ChannelKind.of(rs.getString(1)).ordinal()] += rs.getInt(2)).list();
        return load;
    }

    /** {@link #load} of every agent holding anything in the workspace, in one statement. */
    public java.util.Map<UserId, int[]> loads(WorkspaceId workspace) {
        java.util.Map<UserId, int[]> loads = new java.util.HashMap<>();
        jdbc.sql("""
                select agent_id, channel, count(*) from (
                  select agent_id, channel from routing_assignments where workspace_id = ? and ended_at is null
                  union all
                  select agent_id, channel from routing_offers where workspace_id = ? and outcome is null) held
                group by agent_id, channel""")
                .params(workspace.value(), workspace.value())
                .query((rs, n) -> loads.computeIfAbsent(new UserId(rs.getObject(1, java.util.UUID.class)),
                        agent -> new int[ChannelKind.values().length])[ChannelKind.of(rs.getString(2)).ordinal()] += rs.getInt(3))
                .list();
        return loads;
    }

    /** A conversation an agent handles now, with its contact's name (when known), for the supervisor's view. */
    public record Held(UserId agent, ConversationId conversation, String channel, Instant since, @Nullable String contactName) {
    }

    /** Every open assignment in the workspace, oldest first. */
    public List<Held> open(WorkspaceId workspace) {
        return jdbc.sql("""
                select a.agent_id, a.conversation_id, a.channel, a.started_at, c.name from routing_assignments a
                left join contacts c on c.id = a.contact_id
                where a.workspace_id = ? and a.ended_at is null order by a.started_at, a.conversation_id""")
                .param(workspace.value())
                .query((rs, n) -> new Held(new UserId(rs.getObject(1, java.util.UUID.class)),
                        new ConversationId(rs.getObject(2, java.util.UUID.class)), rs.getString(3), Timestamps.read(rs, "started_at"),
                        rs.getString(5)))
                .list();
    }

    /** Mean handle time of assignments ended since {@code since} on channels of this kind, if any ended. */
    public Optional<Duration> meanHandleTime(WorkspaceId workspace, ChannelKind kind, Instant since) {
        long[] totals = new long[2];
        jdbc.sql("select channel, started_at, ended_at from routing_assignments where workspace_id = ? and ended_at > ?")
                .params(workspace.value(), Timestamps.sql(since))
                .query((rs, n) -> {
                    if (ChannelKind.of(rs.getString("channel")) == kind) {
                        totals[0] += Duration.between(Timestamps.read(rs, "started_at"), Timestamps.read(rs, "ended_at")).toMillis();
                        totals[1]++;
                    }
                    return null;
                }).list();
        return totals[1] == 0 ? Optional.empty() : Optional.of(Duration.ofMillis(totals[0] / totals[1]));
    }
}
