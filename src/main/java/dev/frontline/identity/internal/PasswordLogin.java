package dev.frontline.identity.internal;

import dev.frontline.shared.Caller;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Checks an email and password; a missing user costs the same hash work as a wrong password, and a
 * deactivated one is refused like a wrong password.
 */
@Component
public class PasswordLogin {

    /** The account the email names, if any, and the caller when the password is right and the account active. */
    record Check(Optional<StaffAccounts.Credentials> account, Optional<Caller> caller) {
    }

    private final StaffAccounts accounts;
    private final PasswordEncoder passwords;
    private final String dummyHash;

    PasswordLogin(StaffAccounts accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.dummyHash = passwords.encode("not-a-real-password");
    }

    Check check(String email, String password) {
        Optional<StaffAccounts.Credentials> credentials = accounts.credentials(email);
        String hash = credentials.map(StaffAccounts.Credentials::passwordHash).orElse(dummyHash);
        boolean matches = passwords.matches(password, hash == null ? dummyHash : hash);
        return new Check(credentials, credentials.filter(c -> matches && c.passwordHash() != null && c.active())
                .map(c -> new Caller(c.workspaceId(), c.userId(), c.role())));
    }

    public static org.springframework.security.core.Authentication authentication(Caller caller) {
        return org.springframework.security.authentication.UsernamePasswordAuthenticationToken.authenticated(
                caller, null, SecurityConfiguration.authorities(caller.role()));
    }
}
