package dev.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The inbox in Chromium (frontend/e2e/inbox.mjs): inbound messages appear live with counts and the unread tab
 * title, opening marks read, bulk assignment, a saved view with its count, no serious axe violations.
 */
@IntegrationTest
class InboxBrowserIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void anAgentWorksTheInboxLive() throws Exception {
        BrowserScript.run("inbox.mjs", BrowserScript.arguments(workspaces, workspaces.create()));

        assertThat(Path.of("target", "screenshots", "inbox-list.png")).exists();
        assertThat(Path.of("target", "screenshots", "inbox-bulk.png")).exists();
    }
}
