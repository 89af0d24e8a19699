package dev.frontline.identity.internal;

import dev.frontline.shared.Ids;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time codes an operator hands out so someone may create a workspace when sign-up is by invitation.
 * Only the code's SHA-256 digest is stored; a code is used up by the workspace it created.
 */
@Component
public class SignupCodes {

    public record IssuedCode(UUID id, String code, @Nullable String note, Instant expiresAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;

    SignupCodes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public IssuedCode issue(UserId operator, @Nullable String note, Duration validFor) {
        byte[] secret = new byte[15];
        random.nextBytes(secret);
        String code = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into signup_codes (id, code_digest, note, created_by, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, ApiTokens.digest(code), note, operator.value(), Timestamps.sql(now),
                        Timestamps.sql(now.plus(validFor)))
                .update();
        return new IssuedCode(id, code, note, now.plus(validFor));
    }

    public boolean isValid(String code) {
        return jdbc.sql("select count(*) from signup_codes where code_digest = ? and used_at is null and expires_at > ?")
                .params(ApiTokens.digest(code.strip()), Timestamps.sql(clock.instant()))
                .query(Long.class).single() > 0;
    }

    /** Uses up a valid code for the new workspace; false if it is unknown, used or expired. */
    public boolean redeem(String code, WorkspaceId workspace) {
        return jdbc.sql("""
                update signup_codes set used_at = ?, workspace_id = ?
                where code_digest = ? and used_at is null and expires_at > ?""")
                .params(Timestamps.sql(clock.instant()), workspace.value(), ApiTokens.digest(code.strip()),
                        Timestamps.sql(clock.instant()))
                .update() == 1;
    }
}
