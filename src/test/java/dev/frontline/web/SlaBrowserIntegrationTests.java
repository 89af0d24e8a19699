package dev.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SLA badges in Chromium (frontend/e2e/sla.mjs): red, amber and neutral badges counting down in the inbox rows,
 * the list sorted by next due time and filtered to breached, the conversation header's badge, and Korean.
 */
@IntegrationTest
class SlaBrowserIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void inboxRowsAndTheHeaderShowTheNextDeadlineSortedAndFilteredByIt() throws Exception {
        BrowserScript.run("sla.mjs", BrowserScript.arguments(workspaces, workspaces.create()));

        assertThat(Path.of("target", "screenshots", "inbox-sla-badges.png")).exists();
        assertThat(Path.of("target", "screenshots", "conversation-sla-badge.png")).exists();
        assertThat(Path.of("target", "screenshots", "inbox-sla-badges-ko.png")).exists();
    }
}
