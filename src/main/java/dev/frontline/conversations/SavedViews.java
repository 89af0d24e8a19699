package dev.frontline.conversations;

import dev.frontline.shared.Caller;
import dev.frontline.shared.ForbiddenException;
import dev.frontline.shared.Ids;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saved inbox views. Everyone keeps personal views, which only their owner sees and changes; shared
 * views are seen by the whole workspace and managed by supervisors and admins. Another member's
 * personal view answers 404, as if it did not exist.
 */
@Service
public class SavedViews {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    SavedViews(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** The caller's own views and the shared ones, shared first, by name. */
    @Transactional(readOnly = true)
    public List<SavedView> list(Caller caller) {
        return jdbc.sql("""
                select * from saved_views where workspace_id = ? and (owner_id = ? or shared)
                order by shared desc, lower(name), id""")
                .params(caller.workspaceId().value(), caller.userId().value())
                .query(this::view)
                .list();
    }

    @Transactional(readOnly = true)
    public SavedView get(Caller caller, UUID id) {
        return jdbc.sql("select * from saved_views where workspace_id = ? and id = ? and (owner_id = ? or shared)")
                .params(caller.workspaceId().value(), id, caller.userId().value())
                .query(this::view)
                .optional()
                .orElseThrow(() -> new NotFoundException("Saved view", id));
    }

    @Transactional
    public SavedView create(Caller caller, String name, boolean shared, @Nullable InboxFilter filters,
                            @Nullable InboxSort sort) {
        if (shared) {
            caller.require(Role.SUPERVISOR);
        }
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into saved_views (id, workspace_id, owner_id, name, shared, filters, sort, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, caller.workspaceId().value(), caller.userId().value(), requireName(name), shared,
                        json.writeValueAsString(filters == null ? InboxFilter.none() : filters.validated()),
                        (sort == null ? InboxSort.ACTIVITY : sort).value(), Timestamps.sql(clock.instant()))
                .update();
        return get(caller, id);
    }

    /** Changes what is given; making a view shared or changing a shared one needs a supervisor. */
    @Transactional
    public SavedView update(Caller caller, UUID id, @Nullable String name, @Nullable Boolean shared,
                            @Nullable InboxFilter filters, @Nullable InboxSort sort) {
        SavedView view = editable(caller, id);
        if (Boolean.TRUE.equals(shared)) {
            caller.require(Role.SUPERVISOR);
        }
        jdbc.sql("update saved_views set name = ?, shared = ?, filters = ?, sort = ? where workspace_id = ? and id = ?")
                .params(name == null ? view.name() : requireName(name), shared == null ? view.shared() : shared,
                        json.writeValueAsString(filters == null ? view.filters() : filters.validated()),
                        (sort == null ? view.sort() : sort).value(), caller.workspaceId().value(), id)
                .update();
        return get(caller, id);
    }

    @Transactional
    public void delete(Caller caller, UUID id) {
        editable(caller, id);
        jdbc.sql("delete from saved_views where workspace_id = ? and id = ?").params(caller.workspaceId().value(), id).update();
    }

    private SavedView editable(Caller caller, UUID id) {
        SavedView view = get(caller, id);
        if (view.shared()) {
            caller.require(Role.SUPERVISOR);
        } else if (!view.ownerId().equals(caller.userId().value())) {
            throw new ForbiddenException("Only its owner changes a personal view.");
        }
        return view;
    }

    private static String requireName(String name) {
        if (name.isBlank() || name.length() > 200) {
            throw new InvalidRequestException("name", "must be 1 to 200 characters");
        }
        return name.strip();
    }

    private SavedView view(ResultSet rs, int n) throws SQLException {
        return new SavedView(rs.getObject("id", UUID.class), rs.getString("name"), rs.getBoolean("shared"),
                rs.getObject("owner_id", UUID.class), json.readValue(rs.getString("filters"), InboxFilter.class),
                InboxSort.parse(rs.getString("sort")));
    }
}
