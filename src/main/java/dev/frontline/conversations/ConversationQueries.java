package dev.frontline.conversations;

import dev.frontline.conversations.internal.ConversationStore;
import dev.frontline.conversations.internal.MessageStore;
import dev.frontline.shared.Actor;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Cursor;
import dev.frontline.shared.Page;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Read side of conversations, always scoped to the caller's workspace. */
@Service
@Transactional(readOnly = true)
public class ConversationQueries {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ConversationStore conversations;
    private final MessageStore messages;
    private final InboxDirectory inboxes;
    private final JsonMapper json;
    private final Map<UUID, String> channelByInbox = new ConcurrentHashMap<>();

    ConversationQueries(JdbcClient jdbc, ConversationStore conversations, MessageStore messages,
                        InboxDirectory inboxes, JsonMapper json) {
        this.jdbc = jdbc;
        this.conversations = conversations;
        this.messages = messages;
        this.inboxes = inboxes;
        this.json = json;
    }

    public ConversationView get(WorkspaceId workspace, ConversationId id) {
        return view(workspace, conversations.get(workspace, id));
    }

    ConversationView view(WorkspaceId workspace, Conversation conversation) {
        return ConversationView.of(conversation, channelOf(workspace, conversation.inboxId()));
    }

    /** Newest activity first, keyset-paginated on (last activity, id). */
    public Page<ConversationView> list(Caller caller, ConversationFilter filter, @Nullable String cursor, int limit) {
        Cursor after = cursor == null ? null : Cursor.decode(cursor);
        StringBuilder sql = new StringBuilder("select id from conversations c where c.workspace_id = :workspace");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("workspace", caller.workspaceId().value());
        if (filter.status() != null) {
            sql.append(" and c.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.unassigned()) {
            sql.append(" and c.assignee_id is null");
        } else if (filter.assigneeId() != null) {
            sql.append(" and c.assignee_id = :assignee");
            params.put("assignee", filter.assigneeId());
        }
        if (filter.teamId() != null) {
            sql.append(" and c.team_id = :team");
            params.put("team", filter.teamId());
        }
        if (filter.inboxId() != null) {
            sql.append(" and c.inbox_id = :inbox");
            params.put("inbox", filter.inboxId());
        }
        if (filter.contactId() != null) {
            sql.append(" and c.contact_id = :contact");
            params.put("contact", filter.contactId());
        }
        if (filter.priority() != null) {
            sql.append(" and c.priority = :priority");
            params.put("priority", filter.priority().name());
        }
        if (filter.tag() != null) {
            sql.append(" and exists (select 1 from conversation_tags t where t.conversation_id = c.id and t.tag = :tag)");
            params.put("tag", filter.tag().toLowerCase(Locale.ROOT));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.append(" and (lower(c.subject) like :text or exists (select 1 from messages m"
                    + " where m.conversation_id = c.id and lower(m.body_text) like :text))");
            params.put("text", "%" + filter.text().toLowerCase(Locale.ROOT) + "%");
        }
        if (after != null) {
            sql.append(" and (c.last_activity_at < :afterAt or (c.last_activity_at = :afterAt and c.id < :afterId))");
            params.put("afterAt", Timestamps.sql(after.at()));
            params.put("afterId", after.id());
        }
        sql.append(" order by c.last_activity_at desc, c.id desc limit :limit");
        params.put("limit", limit + 1);
        List<UUID> ids = jdbc.sql(sql.toString()).params(params).query(UUID.class).list();
        Map<UUID, String> channels = channels(caller.workspaceId());
        List<ConversationView> rows = conversations.getAll(caller.workspaceId(), ids).stream()
                .map(c -> ConversationView.of(c, channels.get(c.inboxId())))
                .toList();
        return Page.fromOverfetch(rows, limit, view -> new Cursor(view.lastActivityAt(), view.id()));
    }

    /** Messages oldest first; internal notes only for staff, which every caller here is. */
    public List<Message> messages(WorkspaceId workspace, ConversationId id) {
        conversations.get(workspace, id);
        return messages.inConversation(workspace, id);
    }

    /** One message or note of the workspace, if it exists. */
    public Optional<Message> message(WorkspaceId workspace, MessageId id) {
        return messages.find(workspace, id);
    }

    /** The customer's most recently active conversation in one inbox, if any (a channel's current thread). */
    public Optional<ConversationView> latestInInbox(WorkspaceId workspace, UUID inboxId, UUID contactId) {
        return jdbc.sql("""
                select id from conversations where workspace_id = ? and inbox_id = ? and contact_id = ?
                order by last_activity_at desc, id desc limit 1""")
                .params(workspace.value(), inboxId, contactId)
                .query(UUID.class).optional()
                .map(id -> get(workspace, new ConversationId(id)));
    }

    /** The median time to first response of the inbox's conversations started since then (the latest 500). */
    public Optional<java.time.Duration> medianFirstResponse(WorkspaceId workspace, UUID inboxId, java.time.Instant since) {
        List<java.time.Duration> times = jdbc.sql("""
                select created_at, first_response_at from conversations
                where workspace_id = ? and inbox_id = ? and created_at >= ? and first_response_at is not null
                order by created_at desc limit 500""")
                .params(workspace.value(), inboxId, Timestamps.sql(since))
                .query((rs, n) -> java.time.Duration.between(Timestamps.read(rs, "created_at"),
                        Timestamps.read(rs, "first_response_at")))
                .list().stream().sorted().toList();
        return times.isEmpty() ? Optional.empty() : Optional.of(times.get(times.size() / 2));
    }

    public List<TimelineEntry> timeline(WorkspaceId workspace, ConversationId id) {
        conversations.get(workspace, id);
        return jdbc.sql("""
                select id, kind, actor_type, actor_id, detail, created_at from timeline_entries
                where workspace_id = ? and conversation_id = ? order by created_at, id""")
                .params(workspace.value(), id.value())
                .query((rs, n) -> new TimelineEntry(rs.getObject("id", UUID.class), rs.getString("kind"),
                        new Actor(Actor.Type.valueOf(rs.getString("actor_type")), rs.getObject("actor_id", UUID.class)),
                        json.readValue(rs.getString("detail"), MAP), Timestamps.read(rs, "created_at")))
                .list();
    }

    /** Every conversation of one customer across all inboxes, newest first, with counts by status. */
    public ContactConversations ofContact(WorkspaceId workspace, UUID contactId) {
        Map<UUID, String> channels = channels(workspace);
        List<UUID> ids = jdbc.sql("""
                select id from conversations where workspace_id = ? and contact_id = ? order by created_at desc, id desc""")
                .params(workspace.value(), contactId)
                .query(UUID.class).list();
        List<ConversationView> all = conversations.getAll(workspace, ids).stream()
                .map(c -> ConversationView.of(c, channels.get(c.inboxId())))
                .toList();
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        for (Status status : Status.values()) {
            counts.put(status, 0L);
        }
        counts.putAll(all.stream().collect(Collectors.groupingBy(ConversationView::status, Collectors.counting())));
        return new ContactConversations(all, counts);
    }

    /** The ids of one customer's conversations that are not resolved or closed, for reactions to a change of the customer. */
    public List<ConversationId> unendedOfContact(WorkspaceId workspace, UUID contactId) {
        return jdbc.sql("""
                select id from conversations
                where workspace_id = ? and contact_id = ? and status not in ('RESOLVED', 'CLOSED')""")
                .params(workspace.value(), contactId)
                .query((rs, n) -> new ConversationId(rs.getObject("id", UUID.class))).list();
    }

    public record ContactConversations(List<ConversationView> conversations, Map<Status, Long> countsByStatus) {
    }

    /**
     * The inbox's channel. It never changes once the inbox exists, so each node keeps the ones it read (every
     * listener of a new message asks); an inbox that does not exist is not kept.
     */
    private @Nullable String channelOf(WorkspaceId workspace, UUID inboxId) {
        String known = channelByInbox.get(inboxId);
        if (known != null) {
            return known;
        }
        String channel = inboxes.find(workspace, inboxId).map(InboxDirectory.InboxRef::channel).orElse(null);
        if (channel != null) {
            channelByInbox.put(inboxId, channel);
        }
        return channel;
    }

    private Map<UUID, String> channels(WorkspaceId workspace) {
        return inboxes.all(workspace).stream()
                .collect(Collectors.toMap(InboxDirectory.InboxRef::id, InboxDirectory.InboxRef::channel,
                        (a, b) -> a, LinkedHashMap::new));
    }
}
