package dev.frontline.identity.internal;

import dev.frontline.audit.AuditTrail;
import dev.frontline.identity.Directory;
import dev.frontline.identity.StaffMember;
import dev.frontline.shared.Caller;
import dev.frontline.shared.ForbiddenException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every check of a password or a second factor goes through here, throttled per account and per client
 * address ({@link SignInThrottle}): sign-in, its second step, confirming one's own password before changing it,
 * and one's own code before turning two-factor sign-in off. While a key refuses, no password is checked at all,
 * so known and unknown emails are answered alike; otherwise both cost one password hash (the unknown against
 * a dummy hash). Failures and locks of a known account go to its workspace's audit log.
 */
@Component
public class SignIn {

    public sealed interface Outcome {
    }

    public record SignedIn(Caller caller) implements Outcome {
    }

    /** The password was right; the member has two-factor sign-in on and still has to give a code. */
    public record SecondFactorNeeded(UserId user, String email) implements Outcome {
    }

    public record Rejected() implements Outcome {
    }

    private final PasswordLogin passwords;
    private final SignInThrottle throttle;
    private final TwoFactor twoFactor;
    private final StaffAccounts accounts;
    private final Directory directory;
    private final AuditTrail audit;

    SignIn(PasswordLogin passwords, SignInThrottle throttle, TwoFactor twoFactor, StaffAccounts accounts,
           Directory directory, AuditTrail audit) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.twoFactor = twoFactor;
        this.accounts = accounts;
        this.directory = directory;
        this.audit = audit;
    }

    /** Throws {@link TooManyAttemptsException} while the account or address is refused, or when this failure starts a refusal. */
    public Outcome withPassword(String email, String password, String address) {
        List<SignInThrottle.Key> keys = keys(email, address);
        refuseWhileBlocked(keys, email, address);
        PasswordLogin.Check check = passwords.check(email, password);
        if (check.caller().isEmpty()) {
            failed(keys, check.account().map(StaffAccounts.Credentials::workspaceId),
                    check.account().map(StaffAccounts.Credentials::userId), address, "password");
            return new Rejected();
        }
        Caller caller = check.caller().get();
        if (twoFactor.enabled(caller.userId())) {
            return new SecondFactorNeeded(caller.userId(), StaffAccounts.normalize(email));
        }
        throttle.clear(keys.getFirst());
        return new SignedIn(caller);
    }

    /** The second step: a TOTP code or a recovery code of the member whose password was right. */
    public Outcome withSecondFactor(UserId user, String email, String code, String address) {
        List<SignInThrottle.Key> keys = keys(email, address);
        refuseWhileBlocked(keys, email, address);
        Optional<Caller> caller = accounts.activeCaller(user);
        if (caller.isEmpty() || !twoFactor.verifies(user, code)) {
            failed(keys, caller.map(Caller::workspaceId), Optional.of(user), address, "two_factor");
            return new Rejected();
        }
        throttle.clear(keys.getFirst());
        return new SignedIn(caller.get());
    }

    /** Before a member changes their own password: 403 when {@code password} is not their current one. */
    public void confirmOwnPassword(Caller caller, String password, String address) {
        if (!confirmsOwn(caller, address, "password_change",
                email -> passwords.check(email, password).caller().filter(c -> c.userId().equals(caller.userId())).isPresent())) {
            throw new ForbiddenException("The current password is not right.");
        }
    }

    /**
     * Before a member turns their own two-factor sign-in off: 422 when {@code code} is not one of their current
     * codes. Throttled like the sign-in's second step, or a stolen session could try every code.
     */
    public void confirmOwnSecondFactor(Caller caller, String code, String address) {
        if (!confirmsOwn(caller, address, "two_factor_disable", email -> twoFactor.verifies(caller.userId(), code))) {
            throw new UnprocessableException("That code is not right.");
        }
    }

    /** Whether the signed-in member passes {@code check} (given their email); a failure counts like a sign-in's. */
    private boolean confirmsOwn(Caller caller, String address, String step, Predicate<String> check) {
        String email = directory.member(caller.workspaceId(), caller.userId())
                .orElseThrow(() -> new NotFoundException("User", caller.userId())).email();
        List<SignInThrottle.Key> keys = keys(email, address);
        refuseWhileBlocked(keys, email, address);
        if (check.test(email)) {
            return true;
        }
        failed(keys, Optional.of(caller.workspaceId()), Optional.of(caller.userId()), address, step);
        return false;
    }

    /** Counts an API token creation; a member (or a stolen session) creating many is slowed down, then stopped. */
    public void countTokenCreation(Caller caller) {
        List<SignInThrottle.Key> keys = List.of(new SignInThrottle.Key(SignInThrottle.Scope.TOKEN_CREATION,
                caller.userId().value().toString()));
        throttle.refusedFor(keys).or(() -> throttle.fail(keys).refusedFor()).ifPresent(wait -> {
            throw new TooManyAttemptsException(wait);
        });
    }

    /** An admin ends the lock of a member's account (the member's address may still be refused on its own). */
    @Transactional
    public boolean unlock(Caller admin, UserId user) {
        admin.require(Role.ADMIN);
        StaffMember member = directory.member(admin.workspaceId(), user).orElseThrow(() -> new NotFoundException("User", user));
        boolean wasThrottled = throttle.clear(SignInThrottle.Key.account(member.email()));
        audit.record(admin, "sign_in.unlocked", "user", user.value(), Map.of());
        return wasThrottled;
    }

    private void refuseWhileBlocked(List<SignInThrottle.Key> keys, String email, String address) {
        Optional<Duration> refused = throttle.refusedFor(keys);
        if (refused.isPresent()) {
            Optional<StaffAccounts.Credentials> account = accounts.credentials(email);
            SignInThrottle.Failure failure = throttle.fail(keys);
            auditLocks(failure, account.map(StaffAccounts.Credentials::workspaceId),
                    account.map(StaffAccounts.Credentials::userId), address);
            throw new TooManyAttemptsException(failure.refusedFor().orElse(refused.get()));
        }
    }

    private void failed(List<SignInThrottle.Key> keys, Optional<WorkspaceId> workspace, Optional<UserId> user,
                        String address, String step) {
        SignInThrottle.Failure failure = throttle.fail(keys);
        if (workspace.isPresent() && user.isPresent()) {
            audit.recordUnauthenticated(workspace.get(), "sign_in.failed", "user", user.get().value(),
                    Map.of("address", address, "step", step));
        }
        auditLocks(failure, workspace, user, address);
        failure.refusedFor().ifPresent(wait -> {
            throw new TooManyAttemptsException(wait);
        });
    }

    private void auditLocks(SignInThrottle.Failure failure, Optional<WorkspaceId> workspace, Optional<UserId> user,
                            String address) {
        if (workspace.isEmpty() || user.isEmpty()) {
            return;
        }
        for (SignInThrottle.Key locked : failure.newlyLocked()) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("address", address);
            failure.refusedFor().ifPresent(wait -> detail.put("lockedForSeconds", wait.toSeconds()));
            audit.recordUnauthenticated(workspace.get(),
                    locked.scope() == SignInThrottle.Scope.ACCOUNT ? "sign_in.locked" : "sign_in.address_locked",
                    "user", user.get().value(), detail);
        }
    }

    private static List<SignInThrottle.Key> keys(String email, String address) {
        return List.of(SignInThrottle.Key.account(email), SignInThrottle.Key.address(ClientAddress.throttleKey(address)));
    }
}
