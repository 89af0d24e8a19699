package dev.frontline.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.frontline.shared.AfterCommit;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Digests;
import dev.frontline.shared.Ids;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Personal API tokens. A token is 32 random bytes, so a single SHA-256 digest is enough to store it
 * safely, and checking one is an indexed lookup instead of a password hash per request. Recently used
 * tokens are remembered for {@code frontline.api.token-cache-ttl}; revoking a token, changing its
 * owner's role or deactivating the owner takes effect on this node at once and on other nodes within that time.
 */
@Component
public class ApiTokens {

    public record IssuedToken(UUID id, String name, String token, Instant createdAt) {
    }

    public record TokenSummary(UUID id, String name, Instant createdAt, @Nullable Instant revokedAt) {
    }

    /** Token id plus the caller it authenticates. */
    public record TokenOwner(UUID tokenId, Caller caller) {
    }

    private static final String PREFIX = "fl_";
    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Cache<String, TokenOwner> ownersByDigest;

    ApiTokens(JdbcClient jdbc, Clock clock, @Value("${frontline.api.token-cache-ttl}") Duration cacheTtl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownersByDigest = Caffeine.newBuilder().expireAfterWrite(cacheTtl).maximumSize(10_000).build();
    }

    public IssuedToken issue(Caller owner, String name) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        UUID id = Ids.newId();
        Instant now = clock.instant();
        jdbc.sql("""
                insert into api_tokens (id, workspace_id, user_id, name, token_digest, created_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(id, owner.workspaceId().value(), owner.userId().value(), name, digest(token), Timestamps.sql(now))
                .update();
        return new IssuedToken(id, name, token, now);
    }

    public List<TokenSummary> list(Caller owner) {
        return jdbc.sql("""
                select id, name, created_at, revoked_at from api_tokens
                where workspace_id = ? and user_id = ? order by created_at desc""")
                .params(owner.workspaceId().value(), owner.userId().value())
                .query((rs, n) -> new TokenSummary(rs.getObject("id", UUID.class), rs.getString("name"),
                        Timestamps.read(rs, "created_at"), Timestamps.read(rs, "revoked_at")))
                .list();
    }

    public void revoke(Caller owner, UUID tokenId) {
        int revoked = jdbc.sql("""
                update api_tokens set revoked_at = ?
                where workspace_id = ? and user_id = ? and id = ? and revoked_at is null""")
                .params(Timestamps.sql(clock.instant()), owner.workspaceId().value(), owner.userId().value(), tokenId)
                .update();
        if (revoked == 0) {
            throw new NotFoundException("API token", tokenId);
        }
        forgetOwners();
    }

    Optional<TokenOwner> authenticate(String token) {
        if (!token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        return Optional.ofNullable(ownersByDigest.get(digest(token), digest -> owner(digest).orElse(null)));
    }

    /** Forgets remembered token owners once the current transaction commits, after a revocation or role change. */
    void forgetOwners() {
        AfterCommit.run(ownersByDigest::invalidateAll);
    }

    private Optional<TokenOwner> owner(String digest) {
        return jdbc.sql("""
                select t.id, u.workspace_id, u.id as user_id, u.role from api_tokens t
                join users u on u.id = t.user_id
                where t.token_digest = ? and t.revoked_at is null and u.active""")
                .param(digest)
                .query((rs, n) -> new TokenOwner(rs.getObject("id", UUID.class),
                        new Caller(new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                                new UserId(rs.getObject("user_id", UUID.class)), Role.valueOf(rs.getString("role")))))
                .optional();
    }

    static String digest(String token) {
        return Digests.sha256Hex(token.getBytes(StandardCharsets.UTF_8));
    }
}
