package dev.frontline.cannedresponses;

import dev.frontline.shared.Caller;
import dev.frontline.shared.ConflictException;
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
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The caller's canned responses and the workspace's shared ones. Personal responses are their owner's
 * alone (another member's answer 404); shared ones are read by everyone and changed by supervisors and
 * admins (403 for agents).
 */
@Service
public class CannedResponses {

    private static final Pattern SHORTCUT = Pattern.compile("[^\\s/]{1,100}");
    private static final String SHARED_SCOPE = "shared";

    private final JdbcClient jdbc;
    private final Clock clock;

    CannedResponses(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Personal ones first, then shared, by shortcut; {@code q} matches shortcut, title or body, ignoring case. */
    @Transactional(readOnly = true)
    public List<CannedResponse> list(Caller caller, @Nullable String q) {
        String text = q == null || q.isBlank() ? null : "%" + q.strip().toLowerCase(Locale.ROOT) + "%";
        String matching = text == null ? ""
                : " and (lower(shortcut) like :text or lower(title) like :text or lower(body) like :text)";
        var query = jdbc.sql("select * from canned_responses where workspace_id = :workspace"
                        + " and (owner_id = :me and not shared or shared)" + matching
                        + " order by shared, lower(shortcut), id")
                .param("workspace", caller.workspaceId().value())
                .param("me", caller.userId().value());
        return (text == null ? query : query.param("text", text)).query(CannedResponses::response).list();
    }

    @Transactional(readOnly = true)
    public CannedResponse get(Caller caller, UUID id) {
        return jdbc.sql("select * from canned_responses where workspace_id = ? and id = ? and (owner_id = ? or shared)")
                .params(caller.workspaceId().value(), id, caller.userId().value())
                .query(CannedResponses::response)
                .optional()
                .orElseThrow(() -> new NotFoundException("Canned response", id));
    }

    @Transactional
    public CannedResponse create(Caller caller, String shortcut, String title, String body, boolean shared) {
        if (shared) {
            caller.require(Role.SUPERVISOR);
        }
        UUID id = Ids.newId();
        requireFree(caller, shortcut(shortcut), shared, null);
        jdbc.sql("""
                insert into canned_responses (id, workspace_id, owner_id, scope, shortcut, title, body, shared, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, caller.workspaceId().value(), caller.userId().value(), scope(caller, shared),
                        shortcut(shortcut), title.strip(), body, shared, Timestamps.sql(clock.instant()),
                        Timestamps.sql(clock.instant()))
                .update();
        return get(caller, id);
    }

    /** Changes what is given; sharing a personal response, or changing a shared one, needs a supervisor. */
    @Transactional
    public CannedResponse update(Caller caller, UUID id, @Nullable String shortcut, @Nullable String title,
                                 @Nullable String body, @Nullable Boolean shared) {
        CannedResponse current = editable(caller, id);
        boolean nowShared = shared == null ? current.shared() : shared;
        if (nowShared) {
            caller.require(Role.SUPERVISOR);
        }
        String newShortcut = shortcut == null ? current.shortcut() : shortcut(shortcut);
        requireFree(caller, newShortcut, nowShared, id);
        jdbc.sql("""
                update canned_responses set scope = ?, shortcut = ?, title = ?, body = ?, shared = ?, updated_at = ?
                where workspace_id = ? and id = ?""")
                .params(nowShared ? SHARED_SCOPE : current.ownerId().toString(), newShortcut,
                        title == null ? current.title() : title.strip(), body == null ? current.body() : body, nowShared,
                        Timestamps.sql(clock.instant()), caller.workspaceId().value(), id)
                .update();
        return get(caller, id);
    }

    @Transactional
    public void delete(Caller caller, UUID id) {
        editable(caller, id);
        jdbc.sql("delete from canned_responses where workspace_id = ? and id = ?").params(caller.workspaceId().value(), id)
                .update();
    }

    private CannedResponse editable(Caller caller, UUID id) {
        CannedResponse response = get(caller, id);
        if (response.shared()) {
            caller.require(Role.SUPERVISOR);
        } else if (!response.ownerId().equals(caller.userId().value())) {
            throw new ForbiddenException("Only its owner changes a personal canned response.");
        }
        return response;
    }

    /** A friendlier answer than the unique index's for the usual case; the index still decides races. */
    private void requireFree(Caller caller, String shortcut, boolean shared, @Nullable UUID except) {
        boolean taken = jdbc.sql("""
                select count(*) from canned_responses where workspace_id = ? and scope = ? and shortcut = ? and id <> ?""")
                .params(caller.workspaceId().value(), scope(caller, shared), shortcut,
                        except == null ? new UUID(0, 0) : except)
                .query(Long.class).single() > 0;
        if (taken) {
            throw new ConflictException("The shortcut " + shortcut + " is already taken"
                    + (shared ? " by a shared canned response." : " by one of your canned responses."));
        }
    }

    private static String scope(Caller caller, boolean shared) {
        return shared ? SHARED_SCOPE : caller.userId().toString();
    }

    private static String shortcut(String shortcut) {
        String trimmed = shortcut.strip();
        if (!SHORTCUT.matcher(trimmed).matches()) {
            throw new InvalidRequestException("shortcut", "must be 1 to 100 characters without spaces or slashes");
        }
        return trimmed;
    }

    private static CannedResponse response(ResultSet rs, int n) throws SQLException {
        return new CannedResponse(rs.getObject("id", UUID.class), rs.getString("shortcut"), rs.getString("title"),
                rs.getString("body"), rs.getBoolean("shared"), rs.getObject("owner_id", UUID.class));
    }
}
