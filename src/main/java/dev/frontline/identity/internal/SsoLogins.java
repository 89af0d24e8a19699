package dev.frontline.identity.internal;

import dev.frontline.shared.Digests;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Single sign-ons under way, in the database so that any node can take the provider's answer. Each carries
 * the state, the nonce and the PKCE verifier, and is bound to the browser that started it by a random cookie
 * (only its hash is stored): a code and state sent to another browser sign nobody in. A row is used once.
 */
@Component
class SsoLogins {

    record Pending(String state, WorkspaceId workspace, String nonce, String codeVerifier, String redirectUri) {
    }

    /** A new sign-in and the value of the cookie that binds it to the browser. */
    record Started(Pending pending, String binding) {
    }

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SsoSettings settings;

    SsoLogins(JdbcClient jdbc, Clock clock, SsoSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    Started begin(WorkspaceId workspace, String redirectUri) {
        Pending pending = new Pending(randomToken(), workspace, randomToken(), randomToken(), redirectUri);
        String binding = randomToken();
        jdbc.sql("""
                insert into sso_logins (state, workspace_id, nonce, code_verifier, binding_hash, redirect_uri, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(pending.state(), workspace.value(), pending.nonce(), pending.codeVerifier(), hash(binding),
                        redirectUri, Timestamps.sql(clock.instant().plus(settings.loginTimeout())))
                .update();
        return new Started(pending, binding);
    }

    /** The sign-in {@code state} names, if it is this browser's, unexpired and not used yet; it is used up. */
    Optional<Pending> take(String state, String binding) {
        Instant now = clock.instant();
        Optional<Pending> pending = jdbc.sql("""
                select state, workspace_id, nonce, code_verifier, redirect_uri from sso_logins
                where state = ? and binding_hash = ? and expires_at > ?""")
                .params(state, hash(binding), Timestamps.sql(now))
                .query((rs, n) -> new Pending(rs.getString("state"), new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                        rs.getString("nonce"), rs.getString("code_verifier"), rs.getString("redirect_uri")))
                .optional();
        // Two answers with the same state (a replay, or a double submit): the delete lets one through.
        return pending.filter(p -> jdbc.sql("delete from sso_logins where state = ?").param(state).update() == 1);
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT3M")
    int forgetExpired() {
        return jdbc.sql("delete from sso_logins where expires_at < ?").param(Timestamps.sql(clock.instant())).update();
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String binding) {
        return Digests.sha256Hex(binding.getBytes(StandardCharsets.UTF_8));
    }
}
