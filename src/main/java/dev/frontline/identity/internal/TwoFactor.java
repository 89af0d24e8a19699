package dev.frontline.identity.internal;

import dev.frontline.shared.Caller;
import dev.frontline.shared.Digests;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import dev.frontline.shared.secrets.StoredSecrets;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Two-factor sign-in: a TOTP secret per member (sealed with the installation's key, bound to the member)
 * and ten single-use recovery codes. A code is accepted once: the last accepted time step is kept, and the
 * update that moves it past the code's step decides between two nodes checking the same code.
 */
@Component
public class TwoFactor {

    public record Enrolment(String secret, String otpauthUri) {
    }

    public record Status(boolean enabled, boolean requiredByWorkspace, int recoveryCodesLeft) {
    }

    private static final int RECOVERY_CODES = 10;
    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final StoredSecrets secrets;
    private final Clock clock;

    TwoFactor(JdbcClient jdbc, StoredSecrets secrets, Clock clock) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
    }

    public Status status(Caller caller) {
        return jdbc.sql("""
                select u.two_factor_enabled_at is not null as enabled, w.two_factor_required,
                       (select count(*) from recovery_codes r where r.user_id = u.id and r.used_at is null) as codes_left
                from users u join workspaces w on w.id = u.workspace_id where u.workspace_id = ? and u.id = ?""")
                .params(caller.workspaceId().value(), caller.userId().value())
                .query((rs, n) -> new Status(rs.getBoolean("enabled"), rs.getBoolean("two_factor_required"),
                        rs.getInt("codes_left")))
                .single();
    }

    boolean enabled(UserId user) {
        return jdbc.sql("select count(*) from users where id = ? and two_factor_enabled_at is not null")
                .param(user.value()).query(Long.class).single() > 0;
    }

    /**
     * A new secret waiting for its first code. Refused while two-factor sign-in is on: replacing the secret
     * would otherwise need no current code, which turning it off does (a stolen session could swap in its own).
     */
    public Enrolment begin(Caller caller, String email) {
        if (enabled(caller.userId())) {
            throw new UnprocessableException("Two-factor sign-in is on already; turn it off with a code to set it up again.");
        }
        byte[] key = new byte[20];
        random.nextBytes(key);
        String secret = Base32.encode(key);
        jdbc.sql("update users set totp_pending_secret = ? where workspace_id = ? and id = ?")
                .params(secrets.seal(secret, context(caller.userId())), caller.workspaceId().value(), caller.userId().value())
                .update();
        String label = URLEncoder.encode("Frontline:" + email, StandardCharsets.UTF_8).replace("+", "%20");
        return new Enrolment(secret, "otpauth://totp/" + label + "?secret=" + secret
                + "&issuer=Frontline&algorithm=SHA1&digits=6&period=30");
    }

    /** Activates the pending secret if {@code code} is its current code, and answers new recovery codes (shown once). */
    public List<String> confirm(Caller caller, String code) {
        String sealed = jdbc.sql("select totp_pending_secret from users where workspace_id = ? and id = ?")
                .params(caller.workspaceId().value(), caller.userId().value())
                .query(String.class).optional()
                .orElseThrow(() -> new UnprocessableException("Start the two-factor setup first."));
        OptionalLong step = totp(sealed, caller.userId()).matchingStep(digitsOnly(code), clock.instant());
        if (step.isEmpty()) {
            throw new UnprocessableException("That code is not right. Check the time on your phone and try the next code.");
        }
        jdbc.sql("""
                update users set totp_secret = totp_pending_secret, totp_pending_secret = null, totp_last_step = ?,
                       two_factor_enabled_at = ? where workspace_id = ? and id = ?""")
                .params(step.getAsLong(), Timestamps.sql(clock.instant()), caller.workspaceId().value(), caller.userId().value())
                .update();
        return newRecoveryCodes(caller.userId());
    }

    /** Replaces the member's recovery codes; the earlier ones stop working. */
    public List<String> newRecoveryCodes(UserId user) {
        jdbc.sql("delete from recovery_codes where user_id = ?").param(user.value()).update();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            byte[] bytes = new byte[10];
            random.nextBytes(bytes);
            String code = Base32.encode(bytes);
            codes.add(String.join("-", code.substring(0, 4), code.substring(4, 8), code.substring(8, 12), code.substring(12)));
            jdbc.sql("insert into recovery_codes (user_id, code_hash) values (?, ?)")
                    .params(user.value(), recoveryHash(code)).update();
        }
        return codes;
    }

    /**
     * Whether {@code code} is the member's current TOTP code not used before, or one of their unused recovery
     * codes (which is then used up).
     */
    public boolean verifies(UserId user, String code) {
        String digits = digitsOnly(code);
        if (digits.matches("\\d{6}")) {
            return verifyTotp(user, digits);
        }
        String recovery = code.replace("-", "").replace(" ", "").toUpperCase(Locale.ROOT);
        return recovery.length() == 16 && jdbc.sql("""
                update recovery_codes set used_at = ? where user_id = ? and code_hash = ? and used_at is null""")
                .params(Timestamps.sql(clock.instant()), user.value(), recoveryHash(recovery))
                .update() == 1;
    }

    /** Turns two-factor sign-in off for a member (they, with a code, or an admin for a member who lost theirs). */
    public void disable(WorkspaceId workspace, UserId user) {
        jdbc.sql("""
                update users set totp_secret = null, totp_pending_secret = null, totp_last_step = null,
                       two_factor_enabled_at = null where workspace_id = ? and id = ?""")
                .params(workspace.value(), user.value()).update();
        jdbc.sql("delete from recovery_codes where user_id = ?").param(user.value()).update();
    }

    public boolean requiredIn(WorkspaceId workspace) {
        return jdbc.sql("select two_factor_required from workspaces where id = ?").param(workspace.value())
                .query(Boolean.class).single();
    }

    public void require(WorkspaceId workspace, boolean required) {
        jdbc.sql("update workspaces set two_factor_required = ? where id = ?").params(required, workspace.value()).update();
    }

    private boolean verifyTotp(UserId user, String digits) {
        record Stored(@Nullable String secret, @Nullable Long lastStep) {
        }
        Optional<Stored> stored = jdbc.sql("select totp_secret, totp_last_step from users where id = ? and two_factor_enabled_at is not null")
                .param(user.value())
                .query((rs, n) -> new Stored(rs.getString("totp_secret"), rs.getObject("totp_last_step", Long.class)))
                .optional();
        if (stored.isEmpty() || stored.get().secret() == null) {
            return false;
        }
        OptionalLong step = totp(stored.get().secret(), user).matchingStep(digits, clock.instant());
        return step.isPresent() && jdbc.sql("""
                update users set totp_last_step = ? where id = ? and (totp_last_step is null or totp_last_step < ?)""")
                .params(step.getAsLong(), user.value(), step.getAsLong())
                .update() == 1;
    }

    private Totp totp(String sealed, UserId user) {
        return Totp.forApps(Base32.decode(secrets.open(sealed, context(user))));
    }

    private static String context(UserId user) {
        return "totp:" + user.value();
    }

    private static String digitsOnly(String code) {
        return code.replace(" ", "").strip();
    }

    private static String recoveryHash(String normalizedCode) {
        return Digests.sha256Hex(normalizedCode.getBytes(StandardCharsets.UTF_8));
    }
}
