package dev.frontline.shared.outbox;

import dev.frontline.shared.Timestamps;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Claims and settles rows of an outbox table. Every such table has {@code id, status ('pending', 'sent',
 * 'failed'), attempts, next_attempt_at, claim_token, claimed_until, last_error, sent_at}. A sender claims a batch
 * of due rows for a while (on PostgreSQL with {@code for update skip locked}, so nodes never wait for or take
 * each other's rows; on H2 the same atomic update without it), sends outside any transaction, then settles
 * each row. A node that dies mid-send leaves its claim to expire, and another node sends the row. The webhooks'
 * {@code webhook_deliveries} settle their own way ('delivered' with the endpoint's status code) and use only the
 * claim.
 */
@Component
public class OutboxClaims {

    private static final Set<String> TABLES = Set.of("email_outbox", "messaging_outbox", "webhook_deliveries");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SingletonSupplier<Boolean> postgres;

    OutboxClaims(JdbcClient jdbc, Clock clock, DataSource dataSource) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.postgres = SingletonSupplier.of(() -> {
            try (Connection connection = dataSource.getConnection()) {
                return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
            } catch (SQLException e) {
                return false;
            }
        });
    }

    /**
     * Claims up to {@code batch} due rows of the table for {@code claimTimeout}; no other round, here or on
     * another node, gets them. Read the claimed rows with {@code where claim_token = ?} and the token returned.
     */
    public UUID claim(String table, int batch, Duration claimTimeout) {
        return claim(table, "", batch, claimTimeout);
    }

    /**
     * As {@link #claim}, for a table whose rows go to an {@code inbox_id, recipient}: only a recipient's oldest
     * pending row can be claimed, so one recipient's rows go out one at a time and in the order they were written,
     * on however many nodes, while different recipients' rows go out at once. A row waiting for its retry holds the
     * recipient's later rows back; they would otherwise overtake it.
     */
    public UUID claimOldestPerRecipient(String table, int batch, Duration claimTimeout) {
        return claim(table, """
                 and not exists (select 1 from %s earlier where earlier.inbox_id = candidate.inbox_id
                    and earlier.recipient = candidate.recipient and earlier.status = 'pending'
                    and (earlier.created_at < candidate.created_at
                         or (earlier.created_at = candidate.created_at and earlier.id < candidate.id)))"""
                .formatted(table), batch, claimTimeout);
    }

    private UUID claim(String table, String candidateCondition, int batch, Duration claimTimeout) {
        UUID token = UUID.randomUUID();
        Instant now = clock.instant();
        String due = "status = 'pending' and next_attempt_at <= :now and (claimed_until is null or claimed_until < :now)";
        jdbc.sql("update " + known(table) + " set claim_token = :token, claimed_until = :until where id in ("
                        + "select id from " + table + " candidate where " + due + candidateCondition
                        + " order by next_attempt_at limit " + batch
                        + (postgres.obtain() ? " for update skip locked" : "") + ") and " + due)
                .param("token", token)
                .param("until", Timestamps.sql(now.plus(claimTimeout)))
                .param("now", Timestamps.sql(now))
                .update();
        return token;
    }

    /**
     * A failed attempt: the row is tried again after {@code initialBackoff * 2^(attempt-1)}, or is
     * {@code failed} once it had {@code maxAttempts}. True if it failed for good.
     */
    public boolean attemptFailed(String table, UUID id, int attempt, String error, Duration initialBackoff,
                                 int maxAttempts) {
        return attemptFailed(table, id, attempt, error, initialBackoff, maxAttempts, Duration.ZERO);
    }

    /** As above, but not sooner than {@code atLeast} from now (the wait a provider asked for with Retry-After). */
    public boolean attemptFailed(String table, UUID id, int attempt, String error, Duration initialBackoff,
                                 int maxAttempts, Duration atLeast) {
        if (attempt >= maxAttempts) {
            finish(table, id, "failed", attempt, error);
            return true;
        }
        Duration backoff = initialBackoff.multipliedBy(1L << Math.min(attempt - 1, 20));
        Instant next = clock.instant().plus(backoff.compareTo(atLeast) >= 0 ? backoff : atLeast);
        jdbc.sql("update " + known(table) + " set " + """
                attempts = ?, next_attempt_at = ?, last_error = ?, claim_token = null,
                    claimed_until = null where id = ?""")
                .params(attempt, Timestamps.sql(next), truncate(error), id)
                .update();
        return false;
    }

    /** Settles the row as {@code sent} or {@code failed} (then with the error) and releases its claim. */
    public void finish(String table, UUID id, String status, int attempts, @Nullable String error) {
        jdbc.sql("update " + known(table) + " set " + """
                status = ?, attempts = ?, last_error = ?, claim_token = null, claimed_until = null,
                    sent_at = ? where id = ?""")
                .params(status, attempts, error == null ? null : truncate(error),
                        "sent".equals(status) ? Timestamps.sql(clock.instant()) : null, id)
                .update();
    }

    /** Puts a failed reply's row back to be tried afresh; false if the workspace has no failed row for it. */
    public boolean requeueFailed(String table, UUID workspaceId, UUID messageId) {
        return jdbc.sql("update " + known(table) + " set " + """
                status = 'pending', attempts = 0, next_attempt_at = ?, claim_token = null,
                    claimed_until = null, last_error = null
                where workspace_id = ? and message_id = ? and status = 'failed'""")
                .params(Timestamps.sql(clock.instant()), workspaceId, messageId)
                .update() == 1;
    }

    private static String known(String table) {
        if (!TABLES.contains(table)) {
            throw new IllegalArgumentException("Not an outbox table: " + table);
        }
        return table;
    }

    private static String truncate(String error) {
        return error.length() > 1000 ? error.substring(0, 1000) : error;
    }
}
