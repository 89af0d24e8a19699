package dev.frontline.identity.internal;

import dev.frontline.shared.Caller;
import dev.frontline.shared.Ids;
import dev.frontline.shared.Role;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Invitation links for staff added without a password. The token is 32 random bytes shown once in the
 * link; only its SHA-256 digest is stored. A new invitation replaces the member's earlier ones, and an
 * invitation is good once, until {@code frontline.invitations.valid-for} has passed.
 */
@Component
public class Invitations {

    public record Issued(String token, Instant expiresAt) {

        public String url() {
            return "/invite/" + token;
        }
    }

    /** An invitation that may still be accepted. */
    public record Pending(UUID id, WorkspaceId workspaceId, UserId userId, String email, String displayName, Role role) {
    }

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final StaffAccounts accounts;
    private final Clock clock;
    private final Duration validFor;

    Invitations(JdbcClient jdbc, StaffAccounts accounts, Clock clock,
                @Value("${frontline.invitations.valid-for}") Duration validFor) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
        this.validFor = validFor;
    }

    public Issued issue(WorkspaceId workspace, UserId user, UserId invitedBy) {
        Instant now = clock.instant();
        jdbc.sql("delete from invitations where workspace_id = ? and user_id = ? and accepted_at is null")
                .params(workspace.value(), user.value()).update();
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant expiresAt = now.plus(validFor);
        jdbc.sql("""
                insert into invitations (id, workspace_id, user_id, token_digest, invited_by, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(Ids.newId(), workspace.value(), user.value(), ApiTokens.digest(token), invitedBy.value(),
                        Timestamps.sql(now), Timestamps.sql(expiresAt))
                .update();
        return new Issued(token, expiresAt);
    }

    /** The invitation behind a link, unless it is unknown, used, expired or its member deactivated. */
    public Optional<Pending> pending(String token) {
        return jdbc.sql("""
                select i.id, i.workspace_id, i.user_id, u.email, u.display_name, u.role from invitations i
                join users u on u.id = i.user_id
                where i.token_digest = ? and i.accepted_at is null and i.expires_at > ? and u.active""")
                .params(ApiTokens.digest(token), Timestamps.sql(clock.instant()))
                .query((rs, n) -> new Pending(rs.getObject("id", UUID.class),
                        new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                        new UserId(rs.getObject("user_id", UUID.class)), rs.getString("email"),
                        rs.getString("display_name"), Role.valueOf(rs.getString("role"))))
                .optional();
    }

    /** Sets the member's password and uses up the invitation; empty if the link is no longer good. */
    public Optional<Caller> accept(String token, String password) {
        return pending(token).filter(invitation -> jdbc.sql(
                        "update invitations set accepted_at = ? where id = ? and accepted_at is null")
                .params(Timestamps.sql(clock.instant()), invitation.id()).update() == 1)
                .map(invitation -> {
                    accounts.changePassword(invitation.workspaceId(), invitation.userId(), password);
                    return new Caller(invitation.workspaceId(), invitation.userId(), invitation.role());
                });
    }
}
