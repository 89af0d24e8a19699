package dev.frontline.identity.internal;

import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts failed password checks per account and per client address in the database, so every node of a
 * cluster refuses the same attempts: a key row is locked ({@code for update}) while its failure is counted.
 * A refused attempt is counted too, so a client that ignores {@code Retry-After} reaches the lock sooner; it
 * is refused before any password is checked, whether the account exists or not. Counts are committed in
 * their own transaction, whatever happens to the request's.
 */
@Component
public class SignInThrottle {

    /** What is throttled: a sign-in name (normalized email), a client address, a member creating API tokens. */
    public enum Scope {
        ACCOUNT("account:"), ADDRESS("address:"), TOKEN_CREATION("tokens:");

        private final String prefix;

        Scope(String prefix) {
            this.prefix = prefix;
        }
    }

    public record Key(Scope scope, String value) {

        public static Key account(String email) {
            return new Key(Scope.ACCOUNT, StaffAccounts.normalize(email));
        }

        public static Key address(String clientAddress) {
            return new Key(Scope.ADDRESS, clientAddress);
        }

        String stored() {
            return scope.prefix + value;
        }
    }

    /** The outcome of counting a failure: how long the keys now refuse attempts, and which were locked by it. */
    public record Failure(Optional<Duration> refusedFor, List<Key> newlyLocked) {
    }

    private record State(int failures, @Nullable Instant lastFailureAt, @Nullable Instant blockedUntil, boolean locked) {
    }

    private final JdbcClient jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final SignInSettings settings;

    SignInThrottle(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock, SignInSettings settings) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.settings = settings;
    }

    /** How long the longest refusal among {@code keys} still lasts, if any refuses now. */
    public Optional<Duration> refusedFor(Collection<Key> keys) {
        Instant now = clock.instant();
        List<Instant> until = jdbc.sql("select blocked_until from sign_in_throttles where throttle_key in (:keys) "
                        + "and blocked_until > :now")
                .param("keys", keys.stream().map(Key::stored).toList())
                .param("now", Timestamps.sql(now))
                .query((rs, n) -> Timestamps.read(rs, "blocked_until"))
                .list();
        return until.stream().max(Instant::compareTo).map(latest -> Duration.between(now, latest));
    }

    /** Counts one failure (or refused attempt) against each key. */
    public Failure fail(Collection<Key> keys) {
        return ownTransaction.execute(status -> {
            Instant now = clock.instant();
            Instant refusedUntil = null;
            List<Key> newlyLocked = new ArrayList<>();
            for (Key key : keys.stream().sorted((a, b) -> a.stored().compareTo(b.stored())).toList()) {
                State before = lockedState(key, now);
                ThrottlePolicy.Refusal after = policy(key.scope()).afterFailure(before.failures(), before.lastFailureAt(), now);
                jdbc.sql("""
                        update sign_in_throttles set failures = ?, last_failure_at = ?, blocked_until = ?, locked = ?
                        where throttle_key = ?""")
                        .params(after.failures(), Timestamps.sql(now), Timestamps.sql(after.blockedUntil()), after.locked(),
                                key.stored())
                        .update();
                boolean wasLocked = before.locked() && before.blockedUntil() != null && before.blockedUntil().isAfter(now);
                if (after.locked() && !wasLocked) {
                    newlyLocked.add(key);
                }
                if (after.blockedUntil() != null && (refusedUntil == null || after.blockedUntil().isAfter(refusedUntil))) {
                    refusedUntil = after.blockedUntil();
                }
            }
            return new Failure(Optional.ofNullable(refusedUntil).map(until -> Duration.between(now, until)), newlyLocked);
        });
    }

    /** Forgets a key's failures: a correct password for the account, or an admin unlocking it. */
    public boolean clear(Key key) {
        return jdbc.sql("delete from sign_in_throttles where throttle_key = ?").param(key.stored()).update() > 0;
    }

    /** A workspace member whose account is locked now, and until when. */
    public record LockedMember(UUID userId, Instant lockedUntil) {
    }

    /**
     * The workspace's members whose accounts are locked now. Starts from the locked rows (few) and joins their
     * members by email, rather than asking about every member of the workspace.
     */
    public List<LockedMember> lockedMembers(WorkspaceId workspace) {
        return jdbc.sql("""
                select u.id, t.blocked_until from sign_in_throttles t join users u on t.throttle_key = cast(? as varchar(400)) || u.email
                where t.locked and t.blocked_until > ? and u.workspace_id = ? order by t.blocked_until, u.id""")
                .params(Scope.ACCOUNT.prefix, Timestamps.sql(clock.instant()), workspace.value())
                .query((rs, n) -> new LockedMember(rs.getObject("id", UUID.class), Timestamps.read(rs, "blocked_until")))
                .list();
    }

    /** Rows nobody failed on for longer than any policy remembers; any node may run it, the delete is idempotent. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldFailures() {
        Duration longest = List.of(settings.account(), settings.address(), settings.tokenCreation()).stream()
                .map(policy -> policy.forgetAfter().plus(policy.lockDuration()))
                .max(Duration::compareTo).orElseThrow();
        jdbc.sql("delete from sign_in_throttles where last_failure_at < ?")
                .param(Timestamps.sql(clock.instant().minus(longest))).update();
    }

    private State lockedState(Key key, Instant now) {
        jdbc.sql("insert into sign_in_throttles (throttle_key, failures, last_failure_at) values (?, 0, ?) "
                + "on conflict do nothing").params(key.stored(), Timestamps.sql(now)).update();
        return jdbc.sql("select failures, last_failure_at, blocked_until, locked from sign_in_throttles "
                        + "where throttle_key = ? for update")
                .param(key.stored())
                .query((rs, n) -> new State(rs.getInt("failures"),
                        rs.getInt("failures") == 0 ? null : Timestamps.read(rs, "last_failure_at"),
                        Timestamps.read(rs, "blocked_until"), rs.getBoolean("locked")))
                .single();
    }

    private ThrottlePolicy policy(Scope scope) {
        return switch (scope) {
            case ACCOUNT -> settings.account();
            case ADDRESS -> settings.address();
            case TOKEN_CREATION -> settings.tokenCreation();
        };
    }
}
