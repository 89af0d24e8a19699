package dev.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The supervisor's Live screen and the transfer dialog through the built web UI in Chromium
 * (frontend/e2e/supervisor.mjs): an offer pop-up closed with × declines; queues, waiting chats and agents update
 * live; a reassignment with a note, a refused one then forced; an agent's transfer to a queue with a note.
 */
@IntegrationTest
class SupervisorBrowserIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void aSupervisorWatchesAndReassignsAndAnAgentTransfersToAQueue() throws Exception {
        BrowserScript.run("supervisor.mjs", BrowserScript.arguments(workspaces, workspaces.create()));

        assertThat(Path.of("target", "screenshots", "supervisor-live.png")).exists();
        assertThat(Path.of("target", "screenshots", "supervisor-reassign-refused.png")).exists();
        assertThat(Path.of("target", "screenshots", "transfer-dialog.png")).exists();
    }
}
