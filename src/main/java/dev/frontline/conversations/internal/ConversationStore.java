package dev.frontline.conversations.internal;

import dev.frontline.conversations.Conversation;
import dev.frontline.conversations.ConversationCreated;
import dev.frontline.conversations.ConversationDeadlines;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.ConversationTagged;
import dev.frontline.conversations.Message;
import dev.frontline.conversations.Priority;
import dev.frontline.conversations.Status;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.TransactionScopedMap;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Loads and saves {@link Conversation} aggregates and publishes the events they recorded. */
@Repository
public class ConversationStore {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;
    private final TimelineRecorder timeline;
    /**
     * Conversations this transaction inserted and has not changed since: the listeners of the message that opened
     * one (SLA clocks, routing) read it in the same transaction, and get it without two queries (row and tags).
     */
    private final TransactionScopedMap<ConversationId, Conversation> insertedHere;

    ConversationStore(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json, ApplicationEventPublisher events,
                      TimelineRecorder timeline, DataSource dataSource) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.events = events;
        this.timeline = timeline;
        this.insertedHere = new TransactionScopedMap<>(dataSource);
    }

    public Conversation get(WorkspaceId workspace, ConversationId id) {
        return find(workspace, id).orElseThrow(() -> new NotFoundException("Conversation", id));
    }

    public Optional<Conversation> find(WorkspaceId workspace, ConversationId id) {
        Conversation inserted = insertedHere.get(id);
        if (inserted != null && inserted.workspaceId().equals(workspace)) {
            return Optional.of(copyOf(inserted));
        }
        return jdbc.sql("select * from conversations where workspace_id = ? and id = ?")
                .params(workspace.value(), id.value())
                .query(this::conversation)
                .optional();
    }

    /**
     * For each of these customers, the latest conversation in this inbox that is not closed, which a
     * new message from them continues; customers without one are absent.
     */
    public Map<UUID, Conversation> latestNotClosed(WorkspaceId workspace, UUID inboxId, Collection<UUID> contactIds) {
        if (contactIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, UUID> latestByContact = new HashMap<>();
        jdbc.sql("""
                select id, contact_id from conversations
                where workspace_id = :workspace and inbox_id = :inbox and contact_id in (:contacts) and status <> 'CLOSED'
                order by last_activity_at""")
                .param("workspace", workspace.value())
                .param("inbox", inboxId)
                .param("contacts", contactIds)
                .query(rs -> {
                    latestByContact.put(rs.getObject(2, UUID.class), rs.getObject(1, UUID.class));
                });
        return getAll(workspace, List.copyOf(latestByContact.values())).stream()
                .collect(Collectors.toMap(Conversation::contactId, c -> c));
    }

    public void insert(Conversation c) {
        insertAll(List.of(c), Map.of());
    }

    /** {@code deadlines}: the service-level deadline each opens with ({@link ConversationDeadlines}), if any. */
    public void insertAll(Collection<Conversation> started, Map<ConversationId, ConversationDeadlines.Deadline> deadlines) {
        batch.batchUpdate("""
                insert into conversations (id, workspace_id, inbox_id, contact_id, subject, status, snoozed_until, priority,
                    assignee_id, team_id, custom_attributes, created_at, first_response_at, last_activity_at, resolved_at,
                    priority_rank, waiting_since, last_inbound_at, preview, preview_direction, preview_author_type,
                    preview_author_id, sla_due_at, sla_warn_at, sla_target)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                started.stream().map(c -> row(c, deadlines.get(c.id()))).toList());
        started.forEach(c -> insertTags(c.id().value(), c.tags()));
        started.stream()
                // Attributes go through JSON (and PostgreSQL's jsonb orders their keys): those are read back instead.
                .filter(c -> c.customAttributes().isEmpty())
                .forEach(c -> insertedHere.put(c.id(), copyOf(c)));
        List<WorkspaceEvent> recorded = started.stream().flatMap(c -> c.takeEvents().stream()).toList();
        timeline.recordCreated(recorded.stream()
                .filter(ConversationCreated.class::isInstance).map(ConversationCreated.class::cast).toList());
        recorded.forEach(this::publish);
    }

    private Object[] row(Conversation c, ConversationDeadlines.@Nullable Deadline deadline) {
        return new Object[] {c.id().value(), c.workspaceId().value(), c.inboxId(), c.contactId(), c.subject(),
                c.status().name(), Timestamps.sql(c.snoozedUntil()), c.priority().name(),
                c.assignee() == null ? null : c.assignee().value(), c.teamId(),
                json.writeValueAsString(c.customAttributes()), Timestamps.sql(c.createdAt()),
                Timestamps.sql(c.firstResponseAt()), Timestamps.sql(c.lastActivityAt()), Timestamps.sql(c.resolvedAt()),
                rank(c.priority()), Timestamps.sql(c.waitingSince()), Timestamps.sql(c.lastInboundAt()), c.preview(),
                direction(c), authorType(c), c.previewAuthorId(),
                deadline == null ? null : Timestamps.sql(deadline.dueAt()),
                deadline == null ? null : Timestamps.sql(deadline.warnAt()),
                deadline == null ? null : deadline.target()};
    }

    /** For statements that change conversation rows without this store: reads in this transaction query again. */
    public void forgetInsertedHere() {
        insertedHere.clear();
    }

    /** The same state without the recorded events (they are published once, by the caller's save). */
    private static Conversation copyOf(Conversation c) {
        return new Conversation(c.id(), c.workspaceId(), c.inboxId(), c.contactId(), c.subject(), c.status(),
                c.snoozedUntil(), c.priority(), c.assignee(), c.teamId(), c.tags(), c.customAttributes(), c.createdAt(),
                c.firstResponseAt(), c.lastActivityAt(), c.resolvedAt(), c.waitingSince(), c.lastInboundAt(),
                c.preview(), c.previewDirection(), c.previewAuthorType(), c.previewAuthorId());
    }

    public void update(Conversation c) {
        updateAll(List.of(c));
    }

    /** Saves the conversations in the order of their ids, so that concurrent saves lock rows in one order. */
    public void updateAll(Collection<Conversation> changed) {
        List<Conversation> inLockOrder = changed.stream().sorted(Comparator.comparing(c -> c.id().value())).toList();
        inLockOrder.forEach(c -> insertedHere.remove(c.id()));
        batch.batchUpdate("""
                update conversations set subject = ?, status = ?, snoozed_until = ?, priority = ?, assignee_id = ?,
                    team_id = ?, custom_attributes = ?, first_response_at = ?, last_activity_at = ?, resolved_at = ?,
                    priority_rank = ?, waiting_since = ?, last_inbound_at = ?, preview = ?, preview_direction = ?,
                    preview_author_type = ?, preview_author_id = ?
                where workspace_id = ? and id = ?""",
                inLockOrder.stream().map(c -> new Object[] {c.subject(), c.status().name(),
                        Timestamps.sql(c.snoozedUntil()), c.priority().name(),
                        c.assignee() == null ? null : c.assignee().value(), c.teamId(),
                        json.writeValueAsString(c.customAttributes()), Timestamps.sql(c.firstResponseAt()),
                        Timestamps.sql(c.lastActivityAt()), Timestamps.sql(c.resolvedAt()), rank(c.priority()),
                        Timestamps.sql(c.waitingSince()), Timestamps.sql(c.lastInboundAt()), c.preview(), direction(c),
                        authorType(c), c.previewAuthorId(), c.workspaceId().value(), c.id().value()}).toList());
        inLockOrder.forEach(this::publish);
    }

    /** The inbox sorts by priority through this number, most urgent first, so that an index can serve it. */
    public static int rank(Priority priority) {
        return Priority.URGENT.ordinal() - priority.ordinal();
    }

    private static @Nullable String direction(Conversation c) {
        return c.previewDirection() == null ? null : c.previewDirection().name();
    }

    private static @Nullable String authorType(Conversation c) {
        return c.previewAuthorType() == null ? null : c.previewAuthorType().name();
    }

    public List<ConversationId> snoozedUntilBefore(Instant now, int limit) {
        return jdbc.sql("select id from conversations where status = 'SNOOZED' and snoozed_until <= ? limit ?")
                .params(Timestamps.sql(now), limit)
                .query((rs, n) -> new ConversationId(rs.getObject(1, UUID.class)))
                .list();
    }

    public Optional<WorkspaceId> workspaceOf(ConversationId id) {
        return jdbc.sql("select workspace_id from conversations where id = ?").param(id.value())
                .query((rs, n) -> new WorkspaceId(rs.getObject(1, UUID.class))).optional();
    }

    private void insertTags(UUID conversation, Set<String> tags) {
        tags.forEach(tag -> jdbc.sql("insert into conversation_tags (conversation_id, tag) values (?, ?)")
                .params(conversation, tag).update());
    }

    /** Publishes what the aggregate recorded; a retag is also written here, from the event's own added and removed tags. */
    private void publish(Conversation c) {
        c.takeEvents().forEach(this::publish);
    }

    private void publish(WorkspaceEvent event) {
        if (event instanceof ConversationTagged tagged) {
            UUID conversation = tagged.conversationId().value();
            tagged.removed().forEach(tag -> jdbc.sql("delete from conversation_tags where conversation_id = ? and tag = ?")
                    .params(conversation, tag).update());
            insertTags(conversation, tagged.added());
        }
        events.publishEvent(event);
    }

    /** Several conversations in the order of {@code ids}, with two queries instead of two per conversation. */
    public List<Conversation> getAll(WorkspaceId workspace, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Set<String>> tags = new HashMap<>();
        jdbc.sql("select conversation_id, tag from conversation_tags where conversation_id in (:ids)")
                .param("ids", ids)
                .query(rs -> {
                    tags.computeIfAbsent(rs.getObject(1, UUID.class), id -> new HashSet<>()).add(rs.getString(2));
                });
        Map<UUID, Conversation> byId = new HashMap<>();
        jdbc.sql("select * from conversations where workspace_id = :workspace and id in (:ids)")
                .param("workspace", workspace.value())
                .param("ids", ids)
                .query((rs, n) -> conversation(rs, tags.getOrDefault(rs.getObject("id", UUID.class), Set.of())))
                .list()
                .forEach(c -> byId.put(c.id().value(), c));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    Set<String> tags(UUID conversationId) {
        return new HashSet<>(jdbc.sql("select tag from conversation_tags where conversation_id = ?")
                .param(conversationId).query(String.class).list());
    }

    private Conversation conversation(ResultSet rs, int row) throws SQLException {
        return conversation(rs, tags(rs.getObject("id", UUID.class)));
    }

    private Conversation conversation(ResultSet rs, Set<String> tags) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        UUID assignee = rs.getObject("assignee_id", UUID.class);
        return new Conversation(new ConversationId(id), new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                rs.getObject("inbox_id", UUID.class), rs.getObject("contact_id", UUID.class), rs.getString("subject"),
                Status.valueOf(rs.getString("status")), Timestamps.read(rs, "snoozed_until"),
                Priority.valueOf(rs.getString("priority")), assignee == null ? null : new UserId(assignee),
                rs.getObject("team_id", UUID.class), tags, json.readValue(rs.getString("custom_attributes"), MAP),
                Timestamps.read(rs, "created_at"), Timestamps.read(rs, "first_response_at"),
                Timestamps.read(rs, "last_activity_at"), Timestamps.read(rs, "resolved_at"),
                Timestamps.read(rs, "waiting_since"), Timestamps.read(rs, "last_inbound_at"), rs.getString("preview"),
                rs.getString("preview_direction") == null ? null : Message.Direction.valueOf(rs.getString("preview_direction")),
                rs.getString("preview_author_type") == null ? null : Message.AuthorType.valueOf(rs.getString("preview_author_type")),
                rs.getObject("preview_author_id", UUID.class));
    }
}
