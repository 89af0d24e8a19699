package dev.frontline.routing.internal;

import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.Priority;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.HashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code routing_items} table. An item's row is the lock for everything routing does to its
 * conversation: whoever changes an offer of a conversation holds its item row first.
 */
@Component
public class ItemStore {

    private static final String COLUMNS =
            "conversation_id, queue_id, channel, language, priority, tier, state, enqueued_at, sort_key, contact_id";

    private static final String INSERT = "insert into routing_items (" + COLUMNS
            + ", workspace_id, placed_by_rules) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ItemStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /**
     * Adds the item unless its conversation is already queued; true if added. {@code placedByRules}: its queue is
     * the rules' choice (false: a person chose it), so it follows the rules when the conversation's facts change.
     */
    public boolean insert(WorkspaceId workspace, RoutingItem item, boolean placedByRules) {
        return jdbc.sql(INSERT).params(row(workspace, item, placedByRules)).update() == 1;
    }

    /**
     * Items of conversations not queued yet, placed by the rules, in one batch (a single multi-row statement on
     * PostgreSQL); one whose conversation is queued already is left as it is.
     */
    public void insertAll(WorkspaceId workspace, List<RoutingItem> items) {
        batch.batchUpdate(INSERT, items.stream().map(item -> row(workspace, item, true)).toList());
    }

    private static Object[] row(WorkspaceId workspace, RoutingItem item, boolean placedByRules) {
        return new Object[] {item.conversationId().value(), item.queueId(), item.channel(), item.language(),
                item.priority().name(), item.tier(), item.state().name(), Timestamps.sql(item.enqueuedAt()),
                item.sortKey(), item.contactId(), workspace.value(), placedByRules};
    }

    public boolean placedByRules(WorkspaceId workspace, ConversationId conversation) {
        return jdbc.sql("select placed_by_rules from routing_items where workspace_id = ? and conversation_id = ?")
                .params(workspace.value(), conversation.value()).query(Boolean.class).optional().orElse(false);
    }

    /** The conversations of a contact that wait or are being offered. */
    public List<ConversationId> queuedOfContact(WorkspaceId workspace, UUID contactId) {
        return jdbc.sql("select conversation_id from routing_items where workspace_id = ? and contact_id = ?")
                .params(workspace.value(), contactId)
                .query((rs, n) -> new ConversationId(rs.getObject(1, UUID.class))).list();
    }

    /** A waiting item's facts changed: its queue, language, tier and place in the work order as the rules now say. */
    public void refile(WorkspaceId workspace, ConversationId conversation, UUID queueId, @Nullable String language,
                       @Nullable String tier, long sortKey) {
        jdbc.sql("update routing_items set queue_id = ?, language = ?, tier = ?, sort_key = ? where workspace_id = ? and conversation_id = ?")
                .params(queueId, language, tier, sortKey, workspace.value(), conversation.value()).update();
    }

    /**
     * The first waiting items in work order that no other transaction (on any node) holds, locked until
     * this transaction ends; held ones are skipped, never waited for.
     */
    public List<RoutingItem> lockNextWaiting(WorkspaceId workspace, int limit) {
        return jdbc.sql("select " + COLUMNS + " from routing_items where workspace_id = ? and state = 'WAITING' "
                        + "order by sort_key, conversation_id limit " + limit + " for update skip locked")
                .param(workspace.value()).query(ItemStore::item).list();
    }

    /**
     * As {@link #lockNextWaiting(WorkspaceId, int)}, among the items of the given queues only. Read through the
     * queue's index, so a backlog in other queues (pull queues nobody pushes from) costs nothing here.
     */
    public List<RoutingItem> lockNextWaiting(WorkspaceId workspace, List<UUID> queueIds, int limit) {
        if (queueIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(queueIds.size() + 1);
        params.add(workspace.value());
        params.addAll(queueIds);
        return jdbc.sql("select " + COLUMNS + " from routing_items where workspace_id = ? and queue_id in ("
                        + String.join(", ", Collections.nCopies(queueIds.size(), "?")) + ") and state = 'WAITING' "
                        + "order by sort_key, conversation_id limit " + limit + " for update skip locked")
                .params(params).query(ItemStore::item).list();
    }

    /** Locks the conversation's item, waiting for another holder; empty if it is not queued. */
    public Optional<RoutingItem> lock(WorkspaceId workspace, ConversationId conversation) {
        return jdbc.sql("select " + COLUMNS + " from routing_items where workspace_id = ? and conversation_id = ? for update")
                .params(workspace.value(), conversation.value()).query(ItemStore::item).optional();
    }

    /** Locks the conversation's item unless another transaction holds it. */
    public Optional<RoutingItem> tryLock(WorkspaceId workspace, ConversationId conversation) {
        return jdbc.sql("select " + COLUMNS + " from routing_items where workspace_id = ? and conversation_id = ? for update skip locked")
                .params(workspace.value(), conversation.value()).query(ItemStore::item).optional();
    }

    public void changeState(WorkspaceId workspace, ConversationId conversation, RoutingItem.State state) {
        jdbc.sql("update routing_items set state = ? where workspace_id = ? and conversation_id = ?")
                .params(state.name(), workspace.value(), conversation.value()).update();
    }

    /**
     * Moves a queued item to another queue, waiting (its pending offer, if any, must be ended first). {@code byHand}:
     * a person chose the queue, so the rules leave it there from now on.
     */
    public void moveTo(WorkspaceId workspace, ConversationId conversation, UUID queueId, boolean byHand) {
        jdbc.sql("update routing_items set queue_id = ?, state = 'WAITING', placed_by_rules = placed_by_rules and ? where workspace_id = ? and conversation_id = ?")
                .params(queueId, !byHand, workspace.value(), conversation.value()).update();
    }

    public void reprioritize(WorkspaceId workspace, ConversationId conversation, Priority priority, long sortKey) {
        jdbc.sql("update routing_items set priority = ?, sort_key = ? where workspace_id = ? and conversation_id = ?")
                .params(priority.name(), sortKey, workspace.value(), conversation.value()).update();
    }

    public void delete(WorkspaceId workspace, ConversationId conversation) {
        jdbc.sql("delete from routing_items where workspace_id = ? and conversation_id = ?")
                .params(workspace.value(), conversation.value()).update();
    }

    public List<WorkspaceId> workspacesWithWaiting() {
        return jdbc.sql("""
                select distinct q.workspace_id from routing_queues q where q.push and exists (
                    select 1 from routing_items i where i.workspace_id = q.workspace_id and i.queue_id = q.id and i.state = 'WAITING')""")
                .query((rs, n) -> new WorkspaceId(rs.getObject(1, UUID.class))).list();
    }

    /** Per queue: items waiting (not offered) and the oldest enqueue time among all items. */
    public record QueueCounts(long waiting, long offered, Instant oldest) {
    }

    public Map<UUID, QueueCounts> countsByQueue(WorkspaceId workspace) {
        Map<UUID, QueueCounts> counts = new HashMap<>();
        jdbc.sql("""
                select queue_id, sum(case when state = 'WAITING' then 1 else 0 end) as waiting,
                       sum(case when state = 'OFFERED' then 1 else 0 end) as offered, min(enqueued_at) as oldest
                from routing_items where workspace_id = ? group by queue_id""")
                .param(workspace.value())
                .query((rs, n) -> counts.put(rs.getObject("queue_id", UUID.class),
                        new QueueCounts(rs.getLong("waiting"), rs.getLong("offered"), Timestamps.read(rs, "oldest"))))
                .list();
        return counts;
    }

    /** A queued conversation as the supervisor sees it: its contact's name and, while offered, to whom. */
    public record Queued(ConversationId conversationId, UUID queueId, String channel, Priority priority, String state,
                         Instant enqueuedAt, @Nullable String contactName, @Nullable UUID offeredTo) {
    }

    /** The first {@code limit} queued items of the workspace (of one queue when given) in work order. */
    public List<Queued> queued(WorkspaceId workspace, @Nullable UUID queueId, int limit) {
        return jdbc.sql("""
                select i.conversation_id, i.queue_id, i.channel, i.priority, i.state, i.enqueued_at, c.name, o.agent_id
                from routing_items i
                left join contacts c on c.id = i.contact_id
                left join routing_offers o on o.pending_conversation_id = i.conversation_id
                where i.workspace_id = ?""" + (queueId == null ? "" : " and i.queue_id = ?")
                        + " order by i.sort_key, i.conversation_id limit " + limit)
                .params(queueId == null ? List.of(workspace.value()) : List.of(workspace.value(), queueId))
                .query((rs, n) -> new Queued(new ConversationId(rs.getObject(1, UUID.class)), rs.getObject(2, UUID.class),
                        rs.getString(3), Priority.valueOf(rs.getString(4)), rs.getString(5), Timestamps.read(rs, "enqueued_at"),
                        rs.getString(7), rs.getObject(8, UUID.class)))
                .list();
    }

    public boolean anyIn(WorkspaceId workspace, UUID queueId) {
        return jdbc.sql("select count(*) from routing_items where workspace_id = ? and queue_id = ?")
                .params(workspace.value(), queueId).query(Long.class).single() > 0;
    }

    private static RoutingItem item(ResultSet rs, int row) throws SQLException {
        return new RoutingItem(new ConversationId(rs.getObject("conversation_id", UUID.class)),
                rs.getObject("queue_id", UUID.class), rs.getString("channel"), rs.getString("language"),
                Priority.valueOf(rs.getString("priority")), rs.getString("tier"),
                RoutingItem.State.valueOf(rs.getString("state")), Timestamps.read(rs, "enqueued_at"), rs.getLong("sort_key"),
                rs.getObject("contact_id", UUID.class));
    }
}
