package dev.frontline.identity.internal;

import dev.frontline.shared.ConflictException;
import dev.frontline.shared.Ids;
import dev.frontline.shared.Role;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Staff accounts and their password credentials. */
@Component
public class StaffAccounts {

    record Credentials(UserId userId, WorkspaceId workspaceId, Role role, @Nullable String passwordHash) {
    }

    private final JdbcClient jdbc;
    private final ApiTokens tokens;
    private final PasswordEncoder passwords;
    private final Clock clock;

    StaffAccounts(JdbcClient jdbc, ApiTokens tokens, PasswordEncoder passwords, Clock clock) {
        this.jdbc = jdbc;
        this.tokens = tokens;
        this.passwords = passwords;
        this.clock = clock;
    }

    public UserId create(WorkspaceId workspace, String email, String displayName, Role role, @Nullable String password) {
        String normalizedEmail = email.trim().toLowerCase(Locale.ROOT);
        boolean taken = jdbc.sql("select count(*) from users where email = ?").param(normalizedEmail)
                .query(Long.class).single() > 0;
        if (taken) {
            throw new ConflictException("A user with this email already exists.");
        }
        UserId id = new UserId(Ids.newId());
        jdbc.sql("""
                insert into users (id, workspace_id, email, display_name, role, password_hash, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(id.value(), workspace.value(), normalizedEmail, displayName, role.name(),
                        password == null ? null : passwords.encode(password), Timestamps.sql(clock.instant()))
                .update();
        return id;
    }

    Optional<Credentials> credentials(String email) {
        return jdbc.sql("select id, workspace_id, role, password_hash from users where email = ?")
                .param(email.trim().toLowerCase(Locale.ROOT))
                .query((rs, n) -> new Credentials(new UserId(rs.getObject("id", UUID.class)),
                        new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                        Role.valueOf(rs.getString("role")), rs.getString("password_hash")))
                .optional();
    }

    public boolean changePassword(WorkspaceId workspace, UserId user, String password) {
        return jdbc.sql("update users set password_hash = ? where workspace_id = ? and id = ?")
                .params(passwords.encode(password), workspace.value(), user.value())
                .update() == 1;
    }

    public boolean changeRole(WorkspaceId workspace, UserId user, Role role) {
        boolean changed = jdbc.sql("update users set role = ? where workspace_id = ? and id = ?")
                .params(role.name(), workspace.value(), user.value())
                .update() == 1;
        tokens.forgetOwners();
        return changed;
    }
}
