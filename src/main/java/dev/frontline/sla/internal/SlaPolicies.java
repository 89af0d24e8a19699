package dev.frontline.sla.internal;

import dev.frontline.contacts.ContactId;
import dev.frontline.contacts.Contacts;
import dev.frontline.conversations.ConversationView;
import dev.frontline.conversations.Status;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.TransactionScopedMap;
import dev.frontline.shared.WorkspaceId;
import dev.frontline.sla.SlaMetric;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * A workspace's policies in order ({@code sla_policies}); a workspace that has none uses
 * {@link SlaPolicy#DEFAULTS}. The first policy whose conditions match a conversation applies to it.
 */
@Repository
public class SlaPolicies {

    /** The stored form of everything but name and position. */
    record Definition(SlaPolicy.Conditions conditions, Map<SlaMetric, Long> targetSeconds, boolean businessTime,
                      Map<Status, Set<SlaMetric>> pauses) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Contacts contacts;

    /** What this transaction read (a batch of webhooks starts the clocks of each new conversation); changes forget it. */
    private final TransactionScopedMap<WorkspaceId, List<SlaPolicy>> read;

    SlaPolicies(JdbcClient jdbc, JsonMapper json, Contacts contacts, DataSource dataSource) {
        this.jdbc = jdbc;
        this.json = json;
        this.contacts = contacts;
        this.read = new TransactionScopedMap<>(dataSource);
    }

    public List<SlaPolicy> list(WorkspaceId workspace) {
        return read.computeIfAbsent(workspace, w -> {
            List<SlaPolicy> stored = jdbc.sql("""
                            select id, name, position, definition from sla_policies where workspace_id = ?
                            order by position, created_at, id""")
                    .param(w.value()).query(this::policy).list();
            return stored.isEmpty() ? SlaPolicy.DEFAULTS : List.copyOf(stored);
        });
    }

    public Optional<SlaPolicy> find(WorkspaceId workspace, UUID id) {
        return list(workspace).stream().filter(policy -> policy.id().equals(id)).findFirst();
    }

    /** The contact's tier is read only if a policy with a tier condition is reached, and then once. */
    Optional<SlaPolicy> choose(WorkspaceId workspace, ConversationView conversation) {
        Supplier<@Nullable String> tier = new Supplier<>() {
            private boolean read;
            private @Nullable String value;

            @Override
            public @Nullable String get() {
                if (!read) {
                    value = contacts.get(workspace, new ContactId(conversation.contactId())).tier();
                    read = true;
                }
                return value;
            }
        };
        return list(workspace).stream().filter(policy -> policy.matches(conversation, tier)).findFirst();
    }

    boolean anyStored(WorkspaceId workspace) {
        return jdbc.sql("select count(*) from sla_policies where workspace_id = ?").param(workspace.value())
                .query(Long.class).single() > 0;
    }

    int nextPosition(WorkspaceId workspace) {
        return jdbc.sql("select coalesce(max(position) + 1, 0) from sla_policies where workspace_id = ?")
                .param(workspace.value()).query(Integer.class).single();
    }

    void insert(WorkspaceId workspace, SlaPolicy policy, Instant now) {
        read.remove(workspace);
        jdbc.sql("""
                        insert into sla_policies (id, workspace_id, name, position, definition, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(policy.id(), workspace.value(), policy.name(), policy.position(), definition(policy),
                        Timestamps.sql(now), Timestamps.sql(now))
                .update();
    }

    boolean update(WorkspaceId workspace, SlaPolicy policy, Instant now) {
        read.remove(workspace);
        return jdbc.sql("""
                        update sla_policies set name = ?, position = ?, definition = ?, updated_at = ?
                        where workspace_id = ? and id = ?""")
                .params(policy.name(), policy.position(), definition(policy), Timestamps.sql(now), workspace.value(),
                        policy.id())
                .update() == 1;
    }

    boolean delete(WorkspaceId workspace, UUID id) {
        read.remove(workspace);
        return jdbc.sql("delete from sla_policies where workspace_id = ? and id = ?").params(workspace.value(), id)
                .update() == 1;
    }

    private String definition(SlaPolicy policy) {
        Map<SlaMetric, Long> seconds = new EnumMap<>(SlaMetric.class);
        policy.targets().forEach((metric, target) -> seconds.put(metric, target.toSeconds()));
        return json.writeValueAsString(new Definition(policy.conditions(), seconds, policy.businessTime(), policy.pauses()));
    }

    private SlaPolicy policy(ResultSet rs, int row) throws SQLException {
        Definition definition = json.readValue(rs.getString("definition"), Definition.class);
        Map<SlaMetric, Duration> targets = new EnumMap<>(SlaMetric.class);
        definition.targetSeconds().forEach((metric, seconds) -> targets.put(metric, Duration.ofSeconds(seconds)));
        return new SlaPolicy(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("position"),
                definition.conditions(), targets, definition.businessTime(), definition.pauses(), false);
    }
}
