package dev.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Sets up TOTP in the Security settings from the QR code (read back by a scanner) and signs in with a code, then an
 * admin resets it (frontend/e2e/two-factor.mjs); the sign-in page counts down a throttled member's wait, and an
 * admin unlocks a locked member, lists their sessions and ends them (sign-in-lock.mjs).
 */
@IntegrationTest
class TwoFactorBrowserIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void anAgentSetsUpAnAuthenticatorAppAndSignsInWithACode() throws Exception {
        BrowserScript.run("two-factor.mjs", BrowserScript.arguments(workspaces, workspaces.create()));

        assertThat(Path.of("target", "screenshots", "two-factor-signed-in.png")).exists();
    }

    @Test
    void anAdminUnlocksAMemberWhoseSignInWasLocked() throws Exception {
        BrowserScript.run("sign-in-lock.mjs", BrowserScript.arguments(workspaces, workspaces.create()));

        assertThat(Path.of("target", "screenshots", "sign-in-unlocked.png")).exists();
    }
}
