package dev.frontline.audit;

import dev.frontline.shared.Caller;
import dev.frontline.shared.Cursor;
import dev.frontline.shared.Ids;
import dev.frontline.shared.Page;
import dev.frontline.shared.Role;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Records an administrative action in the caller's transaction, so it is logged if and only if it happened. */
@Service
public class AuditTrail {

    public record Entry(UUID id, @Nullable UUID actorId, String action, String targetType,
                        @Nullable String targetId, String detail, Instant createdAt) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Caller actor, String action, String targetType, Object targetId, Map<String, ?> detail) {
        jdbc.sql("""
                insert into audit_log (id, workspace_id, actor_id, action, target_type, target_id, detail, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Ids.newId(), actor.workspaceId().value(), actor.userId().value(), action, targetType,
                        String.valueOf(targetId), json.writeValueAsString(detail), Timestamps.sql(clock.instant()))
                .update();
    }

    /**
     * Records something that happened to an account without a signed-in actor, such as a failed or locked
     * sign-in, in the account's workspace. Always in its own transaction: such an entry is usually followed by
     * the request failing (a wrong current password, a throttled attempt), which rolls the caller's back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordUnauthenticated(WorkspaceId workspace, String action, String targetType, Object targetId,
                                      Map<String, ?> detail) {
        jdbc.sql("""
                insert into audit_log (id, workspace_id, actor_id, action, target_type, target_id, detail, created_at)
                values (?, ?, null, ?, ?, ?, ?, ?)""")
                .params(Ids.newId(), workspace.value(), action, targetType, String.valueOf(targetId),
                        json.writeValueAsString(detail), Timestamps.sql(clock.instant()))
                .update();
    }

    @Transactional(readOnly = true)
    public Page<Entry> list(Caller caller, @Nullable String cursor, int limit) {
        caller.require(Role.ADMIN);
        Cursor after = cursor == null ? null : Cursor.decode(cursor);
        List<Entry> rows = jdbc.sql("""
                select id, actor_id, action, target_type, target_id, detail, created_at from audit_log
                where workspace_id = :workspace
                  and (cast(:afterAt as timestamp with time zone) is null or created_at < :afterAt
                       or (created_at = :afterAt and id < :afterId))
                order by created_at desc, id desc
                limit :limit""")
                .param("workspace", caller.workspaceId().value())
                .param("afterAt", after == null ? null : Timestamps.sql(after.at()))
                .param("afterId", after == null ? null : after.id())
                .param("limit", limit + 1)
                .query((rs, n) -> new Entry(rs.getObject("id", UUID.class), rs.getObject("actor_id", UUID.class),
                        rs.getString("action"), rs.getString("target_type"), rs.getString("target_id"),
                        rs.getString("detail"), Timestamps.read(rs, "created_at")))
                .list();
        return Page.fromOverfetch(rows, limit, entry -> new Cursor(entry.createdAt(), entry.id()));
    }
}
