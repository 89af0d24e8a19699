package dev.frontline.identity.internal;

import dev.frontline.shared.Caller;
import dev.frontline.shared.ConflictException;
import dev.frontline.shared.Ids;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.Role;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Staff accounts, their password credentials, status and preferences. */
@Component
public class StaffAccounts {

    record Credentials(UserId userId, WorkspaceId workspaceId, Role role, @Nullable String passwordHash, boolean active) {
    }

    /** What a member sees about themselves: name and preferences, and whether they operate the installation. */
    /** What the member's own profile shows; two-factor state read with it, so {@code /auth/me} asks once. */
    public record Profile(String displayName, @Nullable String locale, @Nullable String timezone, boolean operator,
                          String workspaceName, boolean twoFactorEnabled, boolean twoFactorRequiredByWorkspace) {

        public boolean twoFactorSetupRequired() {
            return twoFactorRequiredByWorkspace && !twoFactorEnabled;
        }
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
        String normalizedEmail = normalize(email);
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
        return jdbc.sql("select id, workspace_id, role, password_hash, active from users where email = ?")
                .param(normalize(email))
                .query((rs, n) -> new Credentials(new UserId(rs.getObject("id", UUID.class)),
                        new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                        Role.valueOf(rs.getString("role")), rs.getString("password_hash"), rs.getBoolean("active")))
                .optional();
    }

    /** The member as a caller with their current role, if the account still exists and is active. */
    Optional<Caller> activeCaller(UserId user) {
        return jdbc.sql("select workspace_id, role from users where id = ? and active")
                .param(user.value())
                .query((rs, n) -> new Caller(new WorkspaceId(rs.getObject("workspace_id", UUID.class)), user,
                        Role.valueOf(rs.getString("role"))))
                .optional();
    }

    public Optional<Profile> profile(WorkspaceId workspace, UserId user) {
        return jdbc.sql("""
                select u.display_name, u.locale, u.timezone, u.operator, w.name as workspace_name,
                       u.two_factor_enabled_at is not null as two_factor_enabled, w.two_factor_required
                from users u join workspaces w on w.id = u.workspace_id where u.workspace_id = ? and u.id = ?""")
                .params(workspace.value(), user.value())
                .query((rs, n) -> new Profile(rs.getString("display_name"), rs.getString("locale"),
                        rs.getString("timezone"), rs.getBoolean("operator"), rs.getString("workspace_name"),
                        rs.getBoolean("two_factor_enabled"), rs.getBoolean("two_factor_required")))
                .optional();
    }

    public boolean isOperator(UserId user) {
        return jdbc.sql("select count(*) from users where id = ? and operator and active").param(user.value())
                .query(Long.class).single() > 0;
    }

    public boolean changePassword(WorkspaceId workspace, UserId user, String password) {
        return jdbc.sql("update users set password_hash = ? where workspace_id = ? and id = ?")
                .params(passwords.encode(password), workspace.value(), user.value())
                .update() == 1;
    }

    public boolean changeRole(WorkspaceId workspace, UserId user, Role role) {
        Optional<Role> current = jdbc.sql("select role from users where workspace_id = ? and id = ? and active")
                .params(workspace.value(), user.value()).query(String.class).optional().map(Role::valueOf);
        if (current.filter(Role.ADMIN::equals).isPresent() && role != Role.ADMIN) {
            requireAnotherActiveAdmin(workspace, user);
        }
        boolean changed = jdbc.sql("update users set role = ? where workspace_id = ? and id = ?")
                .params(role.name(), workspace.value(), user.value())
                .update() == 1;
        tokens.forgetOwners();
        return changed;
    }

    public boolean rename(WorkspaceId workspace, UserId user, String displayName) {
        return jdbc.sql("update users set display_name = ? where workspace_id = ? and id = ?")
                .params(displayName.strip(), workspace.value(), user.value())
                .update() == 1;
    }

    /**
     * Deactivates or reactivates an account. A deactivated member cannot sign in, and their sessions and
     * API tokens stop working with the next request (remembered token owners are forgotten at commit).
     * The last active admin of a workspace cannot be deactivated.
     */
    public boolean setActive(WorkspaceId workspace, UserId user, boolean active) {
        if (!active) {
            boolean admin = jdbc.sql("select count(*) from users where workspace_id = ? and id = ? and role = 'ADMIN'")
                    .params(workspace.value(), user.value()).query(Long.class).single() > 0;
            if (admin) {
                requireAnotherActiveAdmin(workspace, user);
            }
        }
        boolean changed = jdbc.sql("update users set active = ? where workspace_id = ? and id = ?")
                .params(active, workspace.value(), user.value())
                .update() == 1;
        tokens.forgetOwners();
        return changed;
    }

    /** Sets locale and time zone; an empty string clears one, null leaves it unchanged. */
    public void changePreferences(WorkspaceId workspace, UserId user, @Nullable String locale, @Nullable String timezone) {
        if (locale != null) {
            jdbc.sql("update users set locale = ? where workspace_id = ? and id = ?")
                    .params(locale.isBlank() ? null : languageTag("locale", locale), workspace.value(), user.value())
                    .update();
        }
        if (timezone != null) {
            jdbc.sql("update users set timezone = ? where workspace_id = ? and id = ?")
                    .params(timezone.isBlank() ? null : zone("timezone", timezone), workspace.value(), user.value())
                    .update();
        }
    }

    private void requireAnotherActiveAdmin(WorkspaceId workspace, UserId user) {
        long others = jdbc.sql("select count(*) from users where workspace_id = ? and role = 'ADMIN' and active and id <> ?")
                .params(workspace.value(), user.value()).query(Long.class).single();
        if (others == 0) {
            throw new UnprocessableException("A workspace needs at least one active admin.");
        }
    }

    /** A well-formed BCP 47 language tag in its canonical form ({@code zh-TW}, {@code ko}). */
    public static String languageTag(String field, String tag) {
        try {
            String canonical = new Locale.Builder().setLanguageTag(tag.strip()).build().toLanguageTag();
            if (canonical.isEmpty() || canonical.equals("und")) {
                throw new InvalidRequestException(field, "is not a language tag");
            }
            return canonical;
        } catch (IllformedLocaleException e) {
            throw new InvalidRequestException(field, "is not a language tag");
        }
    }

    /** A region time zone id such as {@code Asia/Seoul} (or {@code UTC}). */
    public static String zone(String field, String zone) {
        try {
            return ZoneId.of(zone.strip()).getId();
        } catch (DateTimeException e) {
            throw new InvalidRequestException(field, "is not a time zone");
        }
    }

    static String normalize(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }
}
