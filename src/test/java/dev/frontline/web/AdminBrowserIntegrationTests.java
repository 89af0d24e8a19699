package dev.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Settings and presence through the built web UI in Chromium (frontend/e2e/admin.mjs): invite a user and
 * accept the invitation in a second browser, a break shown live on a supervisor's team board, a team, tag,
 * canned response and webhook created in Settings, and the invited user deactivated.
 */
@IntegrationTest
class AdminBrowserIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void anAdminInvitesAUserWhoJoinsTakesABreakAndIsDeactivated() throws Exception {
        BrowserScript.run("admin.mjs", BrowserScript.arguments(workspaces, workspaces.create()));

        assertThat(Path.of("target", "screenshots", "settings-users.png")).exists();
        assertThat(Path.of("target", "screenshots", "team-presence.png")).exists();
        assertThat(Path.of("target", "screenshots", "settings-canned.png")).exists();
    }
}
