package dev.frontline.routing.internal;

import dev.frontline.conversations.ConversationId;
import dev.frontline.routing.Offer;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code routing_offers} table: every offer and its outcome. */
@Component
public class OfferStore {

    private static final String COLUMNS = "id, conversation_id, queue_id, agent_id, channel, mode, created_at, "
            + "expires_at, outcome, decline_reason, decided_at";

    private final JdbcClient jdbc;

    OfferStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a pending offer; the unique index on the pending conversation refuses a second one. */
    public void insertPending(WorkspaceId workspace, Offer offer) {
        jdbc.sql("insert into routing_offers (" + COLUMNS + ", workspace_id, pending_conversation_id, due_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, null, null, null, ?, ?, ?)")
                .params(offer.id(), offer.conversationId(), offer.queueId(), offer.agentId(), offer.channel(), offer.mode(),
                        Timestamps.sql(offer.createdAt()), Timestamps.sql(offer.expiresAt()), workspace.value(),
                        offer.conversationId(), Timestamps.sql(offer.expiresAt()))
                .update();
    }

    public Optional<Offer> find(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from routing_offers where workspace_id = ? and id = ?")
                .params(workspace.value(), id).query(OfferStore::offer).optional();
    }

    public Optional<Offer> pendingFor(WorkspaceId workspace, ConversationId conversation) {
        return jdbc.sql("select " + COLUMNS + " from routing_offers where workspace_id = ? and pending_conversation_id = ?")
                .params(workspace.value(), conversation.value()).query(OfferStore::offer).optional();
    }

    public List<Offer> pendingOf(WorkspaceId workspace, UserId agent) {
        return jdbc.sql("select " + COLUMNS + " from routing_offers where workspace_id = ? and agent_id = ? "
                        + "and outcome is null order by created_at")
                .params(workspace.value(), agent.value()).query(OfferStore::offer).list();
    }

    /** Ends a pending offer with its outcome; false if it had already ended (another transaction won). */
    public boolean decide(WorkspaceId workspace, UUID id, Offer.Outcome outcome, @Nullable String reason, Instant at) {
        return jdbc.sql("""
                update routing_offers set outcome = ?, decline_reason = ?, decided_at = ?, pending_conversation_id = null,
                due_at = null where workspace_id = ? and id = ? and outcome is null""")
                .params(outcome.name(), reason, Timestamps.sql(at), workspace.value(), id).update() == 1;
    }

    public record Due(WorkspaceId workspaceId, UUID offerId, ConversationId conversationId) {
    }

    /** Pending offers whose time is up, oldest first; reads only the due part of the index. */
    public List<Due> due(Instant now, int limit) {
        return jdbc.sql("select workspace_id, id, conversation_id from routing_offers where due_at <= ? order by due_at limit " + limit)
                .param(Timestamps.sql(now))
                .query((rs, n) -> new Due(new WorkspaceId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class),
                        new ConversationId(rs.getObject(3, UUID.class))))
                .list();
    }

    /** Whether the agent declined or let expire an offer of this conversation since {@code since}. */
    public boolean refusedSince(WorkspaceId workspace, ConversationId conversation, UserId agent, Instant since) {
        return jdbc.sql("""
                select count(*) from routing_offers where workspace_id = ? and conversation_id = ? and agent_id = ?
                and outcome in ('DECLINED', 'EXPIRED') and decided_at > ?""")
                .params(workspace.value(), conversation.value(), agent.value(), Timestamps.sql(since))
                .query(Long.class).single() > 0;
    }

    /** When each agent was last offered an item of this queue (round robin). */
    public java.util.Map<UserId, Instant> lastOfferedFrom(WorkspaceId workspace, UUID queueId) {
        java.util.Map<UserId, Instant> last = new java.util.HashMap<>();
        jdbc.sql("select agent_id, max(created_at) as last_at from routing_offers where workspace_id = ? and queue_id = ? group by agent_id")
                .params(workspace.value(), queueId)
                .query((rs, n) -> last.put(new UserId(rs.getObject("agent_id", UUID.class)), Timestamps.read(rs, "last_at")))
                .list();
        return last;
    }

    /** Mean time from offer to accept of the offers accepted since {@code since}, if any. */
    public Optional<java.time.Duration> meanAcceptTime(WorkspaceId workspace, Instant since) {
        long[] totals = new long[2];
        jdbc.sql("select created_at, decided_at from routing_offers where workspace_id = ? and outcome = 'ACCEPTED' and decided_at > ?")
                .params(workspace.value(), Timestamps.sql(since))
                .query((rs, n) -> {
                    totals[0] += java.time.Duration.between(Timestamps.read(rs, "created_at"), Timestamps.read(rs, "decided_at")).toMillis();
                    totals[1]++;
                    return null;
                }).list();
        return totals[1] == 0 ? Optional.empty() : Optional.of(java.time.Duration.ofMillis(totals[0] / totals[1]));
    }

    public long pendingCount(WorkspaceId workspace, @Nullable UUID queueId) {
        return jdbc.sql("select count(*) from routing_offers where workspace_id = ? and outcome is null"
                        + (queueId == null ? "" : " and queue_id = ?"))
                .params(queueId == null ? List.of(workspace.value()) : List.of(workspace.value(), queueId))
                .query(Long.class).single();
    }

    public record Filter(@Nullable UUID agentId, @Nullable UUID conversationId, @Nullable String outcome,
                         @Nullable Instant before) {
    }

    /** Offers newest first, filtered; {@code outcome} "PENDING" means undecided. */
    public List<Offer> list(WorkspaceId workspace, Filter filter, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS + " from routing_offers where workspace_id = ?");
        List<Object> params = new ArrayList<>(List.of(workspace.value()));
        if (filter.agentId() != null) {
            sql.append(" and agent_id = ?");
            params.add(filter.agentId());
        }
        if (filter.conversationId() != null) {
            sql.append(" and conversation_id = ?");
            params.add(filter.conversationId());
        }
        if ("PENDING".equals(filter.outcome())) {
            sql.append(" and outcome is null");
        } else if (filter.outcome() != null) {
            sql.append(" and outcome = ?");
            params.add(filter.outcome());
        }
        if (filter.before() != null) {
            sql.append(" and created_at < ?");
            params.add(Timestamps.sql(filter.before()));
        }
        sql.append(" order by created_at desc, id desc limit ").append(limit);
        return jdbc.sql(sql.toString()).params(params).query(OfferStore::offer).list();
    }

    private static Offer offer(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        return new Offer(rs.getObject("id", UUID.class), rs.getObject("conversation_id", UUID.class),
                rs.getObject("queue_id", UUID.class), rs.getObject("agent_id", UUID.class), rs.getString("channel"),
                rs.getString("mode"), Timestamps.read(rs, "created_at"), Timestamps.read(rs, "expires_at"),
                outcome == null ? null : Offer.Outcome.valueOf(outcome), rs.getString("decline_reason"),
                Timestamps.read(rs, "decided_at"));
    }
}
