package dev.frontline.identity.internal;

import dev.frontline.shared.Caller;
import dev.frontline.shared.Ids;
import dev.frontline.shared.Role;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Browser sessions as rows, so a member sees where they are signed in and anyone's session can be ended from
 * any node: the servlet session only holds the row's id, and every request checks that the row is still
 * open (with the account check it already made, one query). Last seen is written at most once a minute.
 */
@Component
public class StaffSessions {

    /** The servlet session attribute holding the session row's id. */
    public static final String ATTRIBUTE = "frontline.session";

    private static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    private static final Duration FORGET_AFTER_EXPIRY = Duration.ofDays(1);

    public record SessionView(UUID id, @Nullable String userAgent, @Nullable String address, Instant createdAt,
                              Instant lastSeenAt, boolean current) {
    }

    /** An open session: who it is now (current role), and whether they still have to set up two-factor sign-in. */
    record Open(Caller caller, boolean mustSetUpTwoFactor) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration idleTimeout;

    StaffSessions(JdbcClient jdbc, Clock clock, @Value("${server.servlet.session.timeout:30m}") Duration idleTimeout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
    }

    /** The session row the request's servlet session is signed in with, if any. */
    public static @Nullable UUID current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof UUID id ? id : null;
    }

    /**
     * How a session was signed in. A single sign-on session trusts the identity provider for the second factor,
     * so the workspace's two-factor rule does not hold it back.
     */
    public enum Method {
        PASSWORD, SSO
    }

    public UUID start(Caller caller, @Nullable String userAgent, String address) {
        return start(caller, userAgent, address, Method.PASSWORD);
    }

    public UUID start(Caller caller, @Nullable String userAgent, String address, Method method) {
        UUID id = Ids.newId();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into staff_sessions (id, workspace_id, user_id, user_agent, address, created_at, last_seen_at, method)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, caller.workspaceId().value(), caller.userId().value(),
                        userAgent == null ? null : truncate(userAgent, 500), truncate(address, 64),
                        Timestamps.sql(now), Timestamps.sql(now), method.name().toLowerCase(java.util.Locale.ROOT))
                .update();
        return id;
    }

    Optional<Open> touch(UUID session) {
        record Row(Caller caller, Instant lastSeenAt, boolean mustSetUpTwoFactor) {
        }
        Instant now = clock.instant();
        Optional<Row> row = jdbc.sql("""
                select u.id, u.workspace_id, u.role, s.last_seen_at,
                       (w.two_factor_required and u.two_factor_enabled_at is null and s.method <> 'sso') as must_set_up
                from staff_sessions s join users u on u.id = s.user_id join workspaces w on w.id = u.workspace_id
                where s.id = ? and s.ended_at is null and u.active""")
                .param(session)
                .query((rs, n) -> new Row(new Caller(new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                        new UserId(rs.getObject("id", UUID.class)), Role.valueOf(rs.getString("role"))),
                        Timestamps.read(rs, "last_seen_at"), rs.getBoolean("must_set_up")))
                .optional();
        if (row.isPresent() && row.get().lastSeenAt().plus(TOUCH_INTERVAL).isBefore(now)) {
            jdbc.sql("update staff_sessions set last_seen_at = ? where id = ?").params(Timestamps.sql(now), session).update();
        }
        return row.map(r -> new Open(r.caller(), r.mustSetUpTwoFactor()));
    }

    /** The member's sessions that may still be in use, most recently seen first. */
    public List<SessionView> list(WorkspaceId workspace, UserId user, @Nullable UUID current) {
        return jdbc.sql("""
                select id, user_agent, address, created_at, last_seen_at from staff_sessions
                where workspace_id = ? and user_id = ? and ended_at is null and last_seen_at > ?
                order by last_seen_at desc, id""")
                .params(workspace.value(), user.value(), Timestamps.sql(clock.instant().minus(idleTimeout).minus(TOUCH_INTERVAL)))
                .query((rs, n) -> new SessionView(rs.getObject("id", UUID.class), rs.getString("user_agent"),
                        rs.getString("address"), Timestamps.read(rs, "created_at"), Timestamps.read(rs, "last_seen_at"),
                        rs.getObject("id", UUID.class).equals(current)))
                .list();
    }

    public boolean end(WorkspaceId workspace, UserId user, UUID session) {
        return jdbc.sql("update staff_sessions set ended_at = ? where workspace_id = ? and user_id = ? and id = ? and ended_at is null")
                .params(Timestamps.sql(clock.instant()), workspace.value(), user.value(), session)
                .update() == 1;
    }

    /** Ends all of a member's sessions but {@code keep} (the one making the request, if any); answers how many. */
    public int endAllBut(WorkspaceId workspace, UserId user, @Nullable UUID keep) {
        return jdbc.sql("""
                update staff_sessions set ended_at = ?
                where workspace_id = ? and user_id = ? and ended_at is null and (cast(? as uuid) is null or id <> ?)""")
                .params(Timestamps.sql(clock.instant()), workspace.value(), user.value(), keep, keep)
                .update();
    }

    /**
     * Deletes the rows of sessions nobody can use any more: seen last longer ago than the idle timeout (so the
     * servlet session has expired on every node) plus a day, ended or not. Any node may run it; the delete is
     * idempotent.
     */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
    int forgetExpired() {
        return jdbc.sql("delete from staff_sessions where last_seen_at < ?")
                .param(Timestamps.sql(clock.instant().minus(idleTimeout).minus(FORGET_AFTER_EXPIRY)))
                .update();
    }

    private static String truncate(String value, int length) {
        return value.length() <= length ? value : value.substring(0, length);
    }
}
