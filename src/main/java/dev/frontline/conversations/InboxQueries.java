package dev.frontline.conversations;

import dev.frontline.shared.Caller;
import dev.frontline.shared.ForbiddenException;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.Page;
import dev.frontline.shared.Role;
import dev.frontline.shared.Timestamps;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agent's conversation list and its counts. A page is one query: what the list shows (preview,
 * waiting time, priority rank) is kept on the conversation, the contact, inbox and the caller's read
 * marker are joined and the tags aggregated, and paging is by keyset on the sort's own columns, each
 * order backed by an index. Contacts, inboxes and team memberships belong to other modules; this read
 * model joins their tables instead of calling them, which is what keeps a page to one round trip.
 */
@Service
@Transactional(readOnly = true)
public class InboxQueries {

    /** The built-in views; anything else is a saved view's id. */
    public enum View { MINE, UNASSIGNED, TEAMS, ALL, MENTIONS }

    private static final String UNREAD = "((c.last_inbound_at is not null and (r.read_at is null or c.last_inbound_at > r.read_at))"
            + " or (r.mentioned_at is not null and (r.read_at is null or r.mentioned_at > r.read_at)))";
    private static final String UNREAD_MENTION = "(r.mentioned_at is not null and (r.read_at is null or r.mentioned_at > r.read_at))";
    private static final String MY_TEAMS = "c.team_id in (select tm.team_id from team_members tm where tm.user_id = :me)";

    private final JdbcClient jdbc;
    private final SavedViews savedViews;
    private final Clock clock;

    InboxQueries(JdbcClient jdbc, SavedViews savedViews, Clock clock) {
        this.jdbc = jdbc;
        this.savedViews = savedViews;
        this.clock = clock;
    }

    /**
     * One page of a view narrowed by {@code filter}. {@code view} is a built-in view name or a saved
     * view's id; null means {@code all} for supervisors and admins and {@code mine} for agents. The
     * request's status and sort replace the saved view's; its other filters narrow the view further.
     */
    public Page<InboxItem> list(Caller caller, @Nullable String view, InboxFilter filter, @Nullable InboxSort sort,
                                @Nullable String cursor, int limit) {
        filter.validated();
        Query query = new Query(caller, clock.instant());
        InboxSort order = sort;
        String status = filter.status();
        String viewName = view == null || view.isBlank()
                ? (caller.role().includes(Role.SUPERVISOR) ? "all" : "mine") : view;
        View builtIn = builtIn(viewName);
        if (builtIn != null) {
            query.where(viewCondition(caller, builtIn));
        } else {
            SavedView saved = savedViews.get(caller, savedViewId(viewName));
            query.where(filterConditions(query, saved.filters()));
            query.where(agentScope(caller));
            order = order == null ? saved.sort() : order;
            status = status == null ? saved.filters().status() : status;
        }
        query.where(statusCondition(status));
        query.where(filterConditions(query, filter));
        order = order == null ? InboxSort.ACTIVITY : order;
        Position after = cursor == null ? null : Position.decode(cursor, order);
        if (after != null) {
            query.where(keyset(query, order, after));
        }
        String orderBy = switch (order) {
            case ACTIVITY -> "c.last_activity_at desc, c.id desc";
            case WAITING -> "c.waiting_since asc nulls last, c.id asc";
            case PRIORITY -> "c.priority_rank asc, c.waiting_since asc nulls last, c.id asc";
            case DUE -> "c.sla_due_at asc nulls last, c.id asc";
        };
        // The page is chosen first on the conversation alone, then decorated: otherwise a database may
        // join and aggregate tags for every matching row before sorting and cutting the page.
        String sql = """
                select p.*, i.name as inbox_name, i.channel, ct.name as contact_name, ct.tier as contact_tier,
                    ct.language as contact_language,
                    array(select t.tag from conversation_tags t where t.conversation_id = p.id order by t.tag) as tags
                from (select c.id, c.inbox_id, c.contact_id, c.subject, c.preview, c.preview_direction, c.preview_author_type,
                          c.preview_author_id, c.status,
                          c.priority, c.priority_rank, c.assignee_id, c.team_id, c.waiting_since, c.last_activity_at,
                          c.created_at, c.snoozed_until, c.last_inbound_at, r.read_at, r.mentioned_at,
                          c.sla_due_at, c.sla_warn_at, c.sla_target
                      from conversations c""" + (query.usesContact() ? " join contacts ct on ct.id = c.contact_id" : "") + """

                      left join conversation_reads r on r.conversation_id = c.id and r.user_id = :me
                      where c.workspace_id = :workspace""" + query.conditions() + " order by " + orderBy + """
                 limit :limit) p
                join inboxes i on i.id = p.inbox_id
                join contacts ct on ct.id = p.contact_id
                order by""" + " " + orderBy.replace("c.", "p.");
        query.params.put("limit", limit + 1);
        List<Row> rows = jdbc.sql(sql).params(query.params).query(InboxQueries::row).list();
        List<Row> shown = rows.size() > limit ? rows.subList(0, limit) : rows;
        String next = rows.size() > limit ? Position.of(order, shown.getLast()).encode() : null;
        return new Page<>(shown.stream().map(Row::item).toList(), next);
    }

    /** The number of conversations in every view the caller sees, saved views included, in one query. */
    public InboxCounts counts(Caller caller) {
        Query query = new Query(caller, clock.instant());
        boolean supervisor = caller.role().includes(Role.SUPERVISOR);
        String defaultStatus = statusCondition(null);
        List<SavedView> views = savedViews.list(caller);
        List<String> viewCases = new ArrayList<>();
        boolean everyViewDefault = true;
        boolean needsContact = false;
        for (SavedView view : views) {
            InboxFilter filters = view.filters();
            everyViewDefault &= filters.statuses().equals(InboxFilter.DEFAULT_STATUSES);
            needsContact |= filters.tier() != null || filters.language() != null || filters.q() != null;
            viewCases.add(count(and(statusCondition(filters.status()), filterConditions(query, filters),
                    agentScope(caller))));
        }
        StringBuilder sql = new StringBuilder("select ")
                .append(count(and(defaultStatus, viewCondition(caller, View.MINE)))).append(", ")
                .append(count(and(defaultStatus, viewCondition(caller, View.UNASSIGNED)))).append(", ")
                .append(count(and(defaultStatus, viewCondition(caller, View.TEAMS)))).append(", ")
                .append(count(defaultStatus)).append(", ")
                .append(count(and(defaultStatus, UNREAD_MENTION))).append(", ")
                .append(count(and(defaultStatus, viewCondition(caller, View.MINE), UNREAD)));
        viewCases.forEach(viewCase -> sql.append(", ").append(viewCase));
        sql.append(" from conversations c");
        if (needsContact) {
            sql.append(" join contacts ct on ct.id = c.contact_id");
        }
        sql.append(" left join conversation_reads r on r.conversation_id = c.id and r.user_id = :me")
                .append(" where c.workspace_id = :workspace");
        if (everyViewDefault) {
            sql.append(" and ").append(defaultStatus);
        }
        return jdbc.sql(sql.toString()).params(query.params).query((rs, n) -> {
            Map<UUID, Long> byView = new LinkedHashMap<>();
            for (int v = 0; v < views.size(); v++) {
                byView.put(views.get(v).id(), rs.getLong(7 + v));
            }
            return new InboxCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), supervisor ? rs.getLong(4) : null,
                    rs.getLong(5), byView, rs.getLong(6));
        }).single();
    }

    private static String count(String condition) {
        return "coalesce(sum(case when " + condition + " then 1 else 0 end), 0)";
    }

    private static String and(String... conditions) {
        return Arrays.stream(conditions).filter(c -> !c.isEmpty()).map(c -> "(" + c + ")")
                .collect(Collectors.collectingAndThen(Collectors.joining(" and "), s -> s.isEmpty() ? "1 = 1" : s));
    }

    private static @Nullable View builtIn(String view) {
        try {
            return View.valueOf(view.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static UUID savedViewId(String view) {
        try {
            return UUID.fromString(view);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("view", "must be mine, unassigned, teams, all, mentions or a saved view id");
        }
    }

    private static String viewCondition(Caller caller, View view) {
        return switch (view) {
            case MINE -> "c.assignee_id = :me";
            case UNASSIGNED -> "c.assignee_id is null";
            case TEAMS -> MY_TEAMS;
            case ALL -> {
                if (!caller.role().includes(Role.SUPERVISOR)) {
                    throw new ForbiddenException("Only supervisors and admins see all conversations.");
                }
                yield "";
            }
            case MENTIONS -> "r.mentioned_at is not null";
        };
    }

    /** Agents see in saved views what their built-in views show them: theirs, unassigned, their teams', mentions. */
    private static String agentScope(Caller caller) {
        return caller.role().includes(Role.SUPERVISOR) ? ""
                : "c.assignee_id = :me or c.assignee_id is null or " + MY_TEAMS + " or r.mentioned_at is not null";
    }

    private static String statusCondition(@Nullable String status) {
        List<Status> statuses = new InboxFilter(status, null, null, null, null, null, null, null, null, null).statuses();
        if (statuses.isEmpty()) {
            return "";
        }
        return "c.status in (" + statuses.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(", ")) + ")";
    }

    private static String filterConditions(Query query, InboxFilter filter) {
        filter.validated();
        List<String> conditions = new ArrayList<>();
        if (filter.channel() != null) {
            conditions.add("c.inbox_id in (select ci.id from inboxes ci where ci.workspace_id = :workspace and ci.channel = "
                    + query.bind(filter.channel().toUpperCase(Locale.ROOT)) + ")");
        }
        if (filter.inboxId() != null) {
            conditions.add("c.inbox_id = " + query.bind(filter.inboxId()));
        }
        if (filter.teamId() != null) {
            conditions.add("c.team_id = " + query.bind(filter.teamId()));
        }
        if (filter.assignee() != null) {
            conditions.add(switch (filter.assignee()) {
                case "none" -> "c.assignee_id is null";
                case "me" -> "c.assignee_id = :me";
                default -> "c.assignee_id = " + query.bind(UUID.fromString(filter.assignee()));
            });
        }
        if (filter.priority() != null) {
            conditions.add("c.priority = " + query.bind(filter.priority().name()));
        }
        if (filter.tag() != null) {
            conditions.add("exists (select 1 from conversation_tags t where t.conversation_id = c.id and t.tag = "
                    + query.bind(filter.tag().strip().toLowerCase(Locale.ROOT)) + ")");
        }
        if (filter.tier() != null) {
            conditions.add("ct.tier = " + query.bind(filter.tier()));
        }
        if (filter.language() != null) {
            conditions.add("ct.language = " + query.bind(filter.language()));
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            String text = query.bind("%" + filter.q().strip().toLowerCase(Locale.ROOT) + "%");
            conditions.add("lower(c.subject) like " + text + " or lower(ct.name) like " + text
                    + " or exists (select 1 from messages m where m.conversation_id = c.id and lower(m.body_text) like "
                    + text + ")");
        }
        if (filter.sla() != null) {
            conditions.add(switch (filter.sla()) {
                case "breached" -> "c.sla_due_at <= :now";
                case "at-risk" -> "c.sla_warn_at <= :now and c.sla_due_at > :now";
                case "on-track" -> "c.sla_due_at > :now and (c.sla_warn_at is null or c.sla_warn_at > :now)";
                default -> "c.sla_due_at is not null";
            });
        }
        Duration dueWithin = filter.dueWithinDuration();
        if (dueWithin != null) {
            conditions.add("c.sla_due_at <= " + query.bind(Timestamps.sql(query.now.plus(dueWithin))));
        }
        return and(conditions.toArray(String[]::new)).equals("1 = 1") ? "" : and(conditions.toArray(String[]::new));
    }

    /**
     * Rows after the cursor's position in the sort's order; conversations nobody waits on (or without a running
     * target) come last, by id.
     */
    private static String keyset(Query query, InboxSort order, Position after) {
        String id = query.bind(after.id());
        return switch (order) {
            case ACTIVITY -> {
                String at = query.bind(Timestamps.sql(Objects.requireNonNull(after.at())));
                yield "c.last_activity_at < " + at + " or (c.last_activity_at = " + at + " and c.id < " + id + ")";
            }
            case WAITING -> ascendingNullsLast(query, "c.waiting_since", after, id);
            case PRIORITY -> {
                String rank = query.bind(after.rank());
                yield "c.priority_rank > " + rank + " or (c.priority_rank = " + rank + " and ("
                        + ascendingNullsLast(query, "c.waiting_since", after, id) + "))";
            }
            case DUE -> ascendingNullsLast(query, "c.sla_due_at", after, id);
        };
    }

    /** After {@code (after.at, id)} in the order {@code column asc nulls last, id asc}. */
    private static String ascendingNullsLast(Query query, String column, Position after, String id) {
        if (after.at() == null) {
            return column + " is null and c.id > " + id;
        }
        String at = query.bind(Timestamps.sql(after.at()));
        return column + " > " + at + " or (" + column + " = " + at + " and c.id > " + id + ") or " + column + " is null";
    }

    private static final class Query {

        final Map<String, Object> params = new LinkedHashMap<>();
        final Instant now;
        private final List<String> conditions = new ArrayList<>();

        Query(Caller caller, Instant now) {
            this.now = now;
            params.put("workspace", caller.workspaceId().value());
            params.put("me", caller.userId().value());
            params.put("now", Timestamps.sql(now));
        }

        String bind(Object value) {
            String name = "p" + params.size();
            params.put(name, value);
            return ":" + name;
        }

        void where(String condition) {
            if (!condition.isEmpty()) {
                conditions.add(condition);
            }
        }

        boolean usesContact() {
            return conditions.stream().anyMatch(c -> c.contains("ct."));
        }

        String conditions() {
            return conditions.stream().map(c -> " and (" + c + ")").collect(Collectors.joining());
        }
    }

    private record Row(InboxItem item, int rank) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Instant lastInbound = Timestamps.read(rs, "last_inbound_at");
        Instant readAt = Timestamps.read(rs, "read_at");
        Instant mentionedAt = Timestamps.read(rs, "mentioned_at");
        boolean unread = (lastInbound != null && (readAt == null || lastInbound.isAfter(readAt)))
                || (mentionedAt != null && (readAt == null || mentionedAt.isAfter(readAt)));
        String direction = rs.getString("preview_direction");
        InboxItem item = new InboxItem(rs.getObject("id", UUID.class), rs.getObject("inbox_id", UUID.class),
                rs.getString("inbox_name"), rs.getString("channel"), rs.getObject("contact_id", UUID.class),
                rs.getString("contact_name"), rs.getString("contact_tier"), rs.getString("contact_language"),
                rs.getString("subject"), rs.getString("preview"),
                direction == null ? null : Message.Direction.valueOf(direction),
                rs.getString("preview_author_type") == null ? null : Message.AuthorType.valueOf(rs.getString("preview_author_type")),
                rs.getObject("preview_author_id", UUID.class), Status.valueOf(rs.getString("status")),
                Priority.valueOf(rs.getString("priority")), rs.getObject("assignee_id", UUID.class),
                rs.getObject("team_id", UUID.class), tags(rs.getArray("tags")), Timestamps.read(rs, "waiting_since"),
                Objects.requireNonNull(Timestamps.read(rs, "last_activity_at")),
                Objects.requireNonNull(Timestamps.read(rs, "created_at")), Timestamps.read(rs, "snoozed_until"), unread,
                deadline(rs));
        return new Row(item, rs.getInt("priority_rank"));
    }

    private static ConversationDeadlines.@Nullable Deadline deadline(ResultSet rs) throws SQLException {
        Instant dueAt = Timestamps.read(rs, "sla_due_at");
        if (dueAt == null) {
            return null;
        }
        Instant warnAt = Timestamps.read(rs, "sla_warn_at");
        String target = rs.getString("sla_target");
        return new ConversationDeadlines.Deadline(target == null ? "UNKNOWN" : target, warnAt == null ? dueAt : warnAt, dueAt);
    }

    private static List<String> tags(@Nullable Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(String::valueOf).toList();
    }

    /** Where a page ended, in the terms of its sort: (activity, id), (waiting, id), (rank, waiting, id) or (due, id). */
    private record Position(InboxSort sort, int rank, @Nullable Instant at, UUID id) {

        static Position of(InboxSort sort, Row row) {
            InboxItem item = row.item();
            Instant at = switch (sort) {
                case ACTIVITY -> item.lastActivityAt();
                case WAITING, PRIORITY -> item.waitingSince();
                case DUE -> item.sla() == null ? null : item.sla().dueAt();
            };
            return new Position(sort, row.rank(), at, item.id());
        }

        String encode() {
            String raw = sort.value() + "|" + rank + "|" + (at == null ? "-" : at.toString()) + "|" + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Position decode(String encoded, InboxSort expected) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8).split("\\|");
                Position position = new Position(InboxSort.parse(parts[0]), Integer.parseInt(parts[1]),
                        parts[2].equals("-") ? null : Instant.parse(parts[2]), UUID.fromString(parts[3]));
                if (position.sort() != expected || (expected == InboxSort.ACTIVITY && position.at() == null)) {
                    throw new IllegalArgumentException("cursor of another sort");
                }
                return position;
            } catch (RuntimeException e) {
                throw new InvalidRequestException("cursor", "is not a cursor this API returned for this sort");
            }
        }
    }
}
