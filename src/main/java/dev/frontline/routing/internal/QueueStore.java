package dev.frontline.routing.internal;

import dev.frontline.conversations.Priority;
import dev.frontline.routing.AgentSelection;
import dev.frontline.routing.RoutingQueue;
import dev.frontline.routing.RoutingRule;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.TransactionScopedMap;
import dev.frontline.shared.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The {@code routing_queues} and {@code routing_rules} tables. */
@Component
public class QueueStore {

    private static final String QUEUE_COLUMNS =
            "id, name, team_id, inbox_id, required_skill, min_proficiency, offer_timeout_seconds, is_default, push, sticky_window_seconds, agent_selection, "
            + "expand_after_seconds, expanded_min_proficiency, overflow_after_seconds, overflow_queue_id";
    private static final String RULE_COLUMNS = "id, queue_id, position, channel, inbox_id, language, tag, priority, tier, attributes";
    private static final TypeReference<Map<String, String>> ATTRIBUTES = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    /**
     * The queues and rules this transaction read: a batch of webhooks queues each new conversation it stores, by the
     * same rules. Every change through this store forgets them.
     */
    private final TransactionScopedMap<WorkspaceId, List<RoutingQueue>> queuesRead;
    private final TransactionScopedMap<WorkspaceId, List<RoutingRule>> rulesRead;

    QueueStore(JdbcClient jdbc, JsonMapper json, DataSource dataSource) {
        this.jdbc = jdbc;
        this.json = json;
        this.queuesRead = new TransactionScopedMap<>(dataSource);
        this.rulesRead = new TransactionScopedMap<>(dataSource);
    }

    /** Default queue first. */
    public List<RoutingQueue> queues(WorkspaceId workspace) {
        return queuesRead.computeIfAbsent(workspace, w -> List.copyOf(jdbc.sql(
                        "select " + QUEUE_COLUMNS + " from routing_queues where workspace_id = ? order by is_default desc, name, id")
                .param(w.value()).query(QueueStore::queue).list()));
    }

    private void forgetReads(WorkspaceId workspace) {
        queuesRead.remove(workspace);
        rulesRead.remove(workspace);
    }

    /** The queues that push offers to agents (the others wait to be pulled). */
    public List<UUID> pushQueueIds(WorkspaceId workspace) {
        return jdbc.sql("select id from routing_queues where workspace_id = ? and push order by id")
                .param(workspace.value()).query(UUID.class).list();
    }

    public Optional<RoutingQueue> queue(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select " + QUEUE_COLUMNS + " from routing_queues where workspace_id = ? and id = ?")
                .params(workspace.value(), id).query(QueueStore::queue).optional();
    }

    /**
     * The workspace's default queue, created ("Default") if it has none yet. The created queue's id is
     * {@link #firstDefaultQueueId}, derived from the workspace, so two nodes creating it at once create one row.
     * It starts pull-only, so routing changes nothing in a workspace until an admin turns push on.
     */
    public RoutingQueue defaultQueue(WorkspaceId workspace) {
        return queues(workspace).stream().filter(RoutingQueue::isDefault).findFirst()
                .orElseGet(() -> {
                    UUID id = firstDefaultQueueId(workspace);
                    jdbc.sql("""
                            insert into routing_queues (id, workspace_id, name, min_proficiency, is_default, push, created_at)
                            values (?, ?, 'Default', 1, true, false, ?) on conflict do nothing""")
                            .params(id, workspace.value(), Timestamps.sql(Instant.now())).update();
                    forgetReads(workspace);
                    return queue(workspace, id).orElseThrow();
                });
    }

    /** The default queue if one is stored; a read that creates nothing. */
    public Optional<RoutingQueue> storedDefaultQueue(WorkspaceId workspace) {
        return jdbc.sql("select " + QUEUE_COLUMNS + " from routing_queues where workspace_id = ? and is_default order by id limit 1")
                .param(workspace.value()).query(QueueStore::queue).optional();
    }

    /** The id the default queue gets when {@link #defaultQueue} first creates it (the same on every node). */
    public static UUID firstDefaultQueueId(WorkspaceId workspace) {
        return UUID.nameUUIDFromBytes(("routing-default-queue:" + workspace).getBytes(StandardCharsets.UTF_8));
    }

    public void insert(WorkspaceId workspace, RoutingQueue queue, Instant now) {
        forgetReads(workspace);
        if (queue.isDefault()) {
            clearDefault(workspace);
        }
        jdbc.sql("insert into routing_queues (" + QUEUE_COLUMNS + ", workspace_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(queue.id(), queue.name(), queue.teamId(), queue.inboxId(), queue.requiredSkill(),
                        queue.minProficiency(), queue.offerTimeoutSeconds(), queue.isDefault(), queue.push(),
                        queue.stickyWindowSeconds(), queue.agentSelection().name(), queue.expansion().afterSeconds(),
                        queue.expansion().minProficiency(), queue.expansion().overflowAfterSeconds(),
                        queue.expansion().overflowQueueId(), workspace.value(),
                        Timestamps.sql(now))
                .update();
    }

    public void update(WorkspaceId workspace, RoutingQueue queue) {
        forgetReads(workspace);
        if (queue.isDefault()) {
            clearDefault(workspace);
        }
        jdbc.sql("""
                update routing_queues set name = ?, team_id = ?, inbox_id = ?, required_skill = ?, min_proficiency = ?,
                offer_timeout_seconds = ?, is_default = ?, push = ?, sticky_window_seconds = ?,
                agent_selection = ?, expand_after_seconds = ?, expanded_min_proficiency = ?, overflow_after_seconds = ?,
                overflow_queue_id = ? where workspace_id = ? and id = ?""")
                .params(queue.name(), queue.teamId(), queue.inboxId(), queue.requiredSkill(), queue.minProficiency(),
                        queue.offerTimeoutSeconds(), queue.isDefault(), queue.push(), queue.stickyWindowSeconds(),
                        queue.agentSelection().name(), queue.expansion().afterSeconds(), queue.expansion().minProficiency(),
                        queue.expansion().overflowAfterSeconds(), queue.expansion().overflowQueueId(), workspace.value(), queue.id())
                .update();
    }

    private void clearDefault(WorkspaceId workspace) {
        jdbc.sql("update routing_queues set is_default = false where workspace_id = ? and is_default")
                .param(workspace.value()).update();
    }

    public boolean delete(WorkspaceId workspace, UUID id) {
        forgetReads(workspace);
        return jdbc.sql("delete from routing_queues where workspace_id = ? and id = ?").params(workspace.value(), id).update() == 1;
    }

    public List<RoutingRule> rules(WorkspaceId workspace) {
        return rulesRead.computeIfAbsent(workspace, w -> List.copyOf(
                jdbc.sql("select " + RULE_COLUMNS + " from routing_rules where workspace_id = ? order by position, id")
                        .param(w.value()).query(this::rule).list()));
    }

    public Optional<RoutingRule> rule(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select " + RULE_COLUMNS + " from routing_rules where workspace_id = ? and id = ?")
                .params(workspace.value(), id).query(this::rule).optional();
    }

    public void insert(WorkspaceId workspace, RoutingRule rule) {
        forgetReads(workspace);
        jdbc.sql("insert into routing_rules (" + RULE_COLUMNS + ", workspace_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(rule.id(), rule.queueId(), rule.position(), rule.channel(), rule.inboxId(), rule.language(),
                        rule.tag(), rule.priority() == null ? null : rule.priority().name(), rule.tier(), attributes(rule),
                        workspace.value())
                .update();
    }

    public void update(WorkspaceId workspace, RoutingRule rule) {
        forgetReads(workspace);
        jdbc.sql("""
                update routing_rules set queue_id = ?, position = ?, channel = ?, inbox_id = ?, language = ?, tag = ?,
                priority = ?, tier = ?, attributes = ? where workspace_id = ? and id = ?""")
                .params(rule.queueId(), rule.position(), rule.channel(), rule.inboxId(), rule.language(), rule.tag(),
                        rule.priority() == null ? null : rule.priority().name(), rule.tier(), attributes(rule),
                        workspace.value(), rule.id())
                .update();
    }

    public boolean deleteRule(WorkspaceId workspace, UUID id) {
        forgetReads(workspace);
        return jdbc.sql("delete from routing_rules where workspace_id = ? and id = ?").params(workspace.value(), id).update() == 1;
    }

    private static RoutingQueue queue(ResultSet rs, int row) throws SQLException {
        return new RoutingQueue(rs.getObject("id", UUID.class), rs.getString("name"), rs.getObject("team_id", UUID.class),
                rs.getObject("inbox_id", UUID.class), rs.getString("required_skill"), rs.getInt("min_proficiency"),
                rs.getObject("offer_timeout_seconds", Integer.class), rs.getBoolean("is_default"),
                rs.getBoolean("push"), rs.getInt("sticky_window_seconds"),
                AgentSelection.valueOf(rs.getString("agent_selection")),
                new RoutingQueue.Expansion(rs.getObject("expand_after_seconds", Integer.class),
                        rs.getObject("expanded_min_proficiency", Integer.class), rs.getObject("overflow_after_seconds", Integer.class),
                        rs.getObject("overflow_queue_id", UUID.class)));
    }

    private RoutingRule rule(ResultSet rs, int row) throws SQLException {
        String priority = rs.getString("priority");
        return new RoutingRule(rs.getObject("id", UUID.class), rs.getObject("queue_id", UUID.class), rs.getInt("position"),
                rs.getString("channel"), rs.getObject("inbox_id", UUID.class), rs.getString("language"),
                rs.getString("tag"), priority == null ? null : Priority.valueOf(priority), rs.getString("tier"),
                json.readValue(rs.getString("attributes"), ATTRIBUTES));
    }

    private String attributes(RoutingRule rule) {
        return json.writeValueAsString(new TreeMap<>(rule.attributes()));
    }
}
