package dev.frontline.identity.internal;

import dev.frontline.identity.WorkspaceSetup;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes {@code frontline.operator.email} the operator of the installation at start-up: an existing
 * account with that email becomes operator (its password is left alone), otherwise the account is
 * created as admin of its own "Operations" workspace. Runs once the application is ready, after the
 * demo workspace was seeded, so the operator's workspace never stands in for the demo's.
 */
@Component
class OperatorAccount {

    private static final Logger log = LoggerFactory.getLogger(OperatorAccount.class);

    private final JdbcClient jdbc;
    private final WorkspaceSetup workspaces;
    private final String email;
    private final String password;

    OperatorAccount(JdbcClient jdbc, WorkspaceSetup workspaces, @Value("${frontline.operator.email}") String email,
                    @Value("${frontline.operator.password}") String password) {
        this.jdbc = jdbc;
        this.workspaces = workspaces;
        this.email = StaffAccounts.normalize(email);
        this.password = password;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void ensure() {
        if (email.isBlank()) {
            return;
        }
        boolean exists = jdbc.sql("update users set operator = true where email = ?").param(email).update() == 1;
        if (exists) {
            return;
        }
        boolean generated = password.isBlank();
        String initialPassword = generated ? generatePassword() : password;
        var created = workspaces.create("Operations", email, "Operator", initialPassword);
        jdbc.sql("update users set operator = true where id = ?").param(created.adminId().value()).update();
        log.info("Operator account {} created{}", email.toLowerCase(Locale.ROOT),
                generated ? " with password " + initialPassword + " (set FRONTLINE_OPERATOR_PASSWORD to choose one)" : "");
    }

    private static String generatePassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
