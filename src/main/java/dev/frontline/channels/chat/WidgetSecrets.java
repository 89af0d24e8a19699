package dev.frontline.channels.chat;

import dev.frontline.shared.secrets.StoredSecrets;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each chat inbox's identity-verification secret, which the host site signs its user ids with
 * ({@code userHash = hex(HMAC-SHA256(secret, userId))}). Stored sealed by {@link StoredSecrets}; shown to the
 * admin only when created or rotated. After a rotation the previous secret keeps verifying for
 * {@code frontline.chat.secret-grace}, so the host site can deploy the new one without signing anyone out.
 */
@Component
class WidgetSecrets {

    /** A freshly generated secret, the only time it leaves the server. */
    record Rotated(String secret, @Nullable Instant previousValidUntil) {
    }

    /** What the admin sees of an inbox's secret without the secret itself. */
    record State(boolean present, @Nullable Instant previousValidUntil) {
    }

    private record Stored(String secret, @Nullable String previous, @Nullable Instant previousValidUntil) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final StoredSecrets secrets;
    private final Clock clock;
    private final Duration grace;

    WidgetSecrets(JdbcClient jdbc, StoredSecrets secrets, Clock clock,
                  @Value("${frontline.chat.secret-grace:PT24H}") Duration grace) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
        this.grace = grace;
    }

    State state(WorkspaceId workspace, UUID inboxId) {
        Instant now = clock.instant();
        return stored(workspace, inboxId)
                .map(s -> new State(true, s.previousValidUntil() != null && s.previousValidUntil().isAfter(now)
                        ? s.previousValidUntil() : null))
                .orElse(new State(false, null));
    }

    /**
     * Creates the inbox's secret, or replaces it keeping the old one valid for the grace period. Concurrent
     * rotations are serialized by the row lock of the update; the last one's secret stands.
     */
    @Transactional
    Rotated rotate(WorkspaceId workspace, UUID inboxId) {
        String fresh = newSecret();
        String sealed = secrets.seal(fresh, context(inboxId));
        Instant now = clock.instant();
        Optional<Stored> current = stored(workspace, inboxId);
        if (current.isEmpty()) {
            jdbc.sql("insert into chat_inbox_secrets (inbox_id, workspace_id, secret, created_at) values (?, ?, ?, ?)")
                    .params(inboxId, workspace.value(), sealed, Timestamps.sql(now))
                    .update();
            return new Rotated(fresh, null);
        }
        Instant until = now.plus(grace);
        jdbc.sql("""
                update chat_inbox_secrets set previous_secret = secret, previous_valid_until = ?, secret = ?, created_at = ?
                where workspace_id = ? and inbox_id = ?""")
                .params(Timestamps.sql(until), sealed, Timestamps.sql(now), workspace.value(), inboxId)
                .update();
        return new Rotated(fresh, until);
    }

    /** True if {@code userHash} signs {@code userId} with the inbox's secret, or with its previous one in the grace period. */
    boolean verifies(WorkspaceId workspace, UUID inboxId, String userId, String userHash) {
        if (userId.isBlank() || userId.length() > 200) {
            return false;
        }
        Optional<Stored> stored = stored(workspace, inboxId);
        if (stored.isEmpty()) {
            return false;
        }
        List<String> valid = stored.get().previous() != null && stored.get().previousValidUntil() != null
                && stored.get().previousValidUntil().isAfter(clock.instant())
                ? List.of(stored.get().secret(), stored.get().previous()) : List.of(stored.get().secret());
        byte[] given = userHash.strip().toLowerCase().getBytes(StandardCharsets.UTF_8);
        boolean matches = false;
        for (String secret : valid) {
            matches |= MessageDigest.isEqual(userHash(secret, userId).getBytes(StandardCharsets.UTF_8), given);
        }
        return matches;
    }

    /** The hex HMAC-SHA256 of the user id under a secret, as the host site computes it. */
    static String userHash(String secret, String userId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(userId.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every JDK has HmacSHA256", e);
        }
    }

    private Optional<Stored> stored(WorkspaceId workspace, UUID inboxId) {
        return jdbc.sql("""
                select secret, previous_secret, previous_valid_until from chat_inbox_secrets
                where workspace_id = ? and inbox_id = ?""")
                .params(workspace.value(), inboxId)
                .query((rs, n) -> new Stored(rs.getString("secret"), rs.getString("previous_secret"),
                        Timestamps.read(rs, "previous_valid_until")))
                .optional()
                .map(row -> new Stored(plain(inboxId, row.secret()), row.previous() == null ? null
                        : plain(inboxId, row.previous()), row.previousValidUntil()));
    }

    /** Opens a sealed secret; a plaintext one written before V9 is sealed in place on this first read. */
    private String plain(UUID inboxId, String stored) {
        if (stored.startsWith("v1:")) {
            return secrets.open(stored, context(inboxId));
        }
        String sealed = secrets.seal(stored, context(inboxId));
        jdbc.sql("update chat_inbox_secrets set secret = ? where inbox_id = ? and secret = ?")
                .params(sealed, inboxId, stored).update();
        jdbc.sql("update chat_inbox_secrets set previous_secret = ? where inbox_id = ? and previous_secret = ?")
                .params(sealed, inboxId, stored).update();
        return stored;
    }

    private static String context(UUID inboxId) {
        return "chat-identity-secret:" + inboxId;
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
