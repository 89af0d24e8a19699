package dev.frontline.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Guided workflows through the built web UI in Chromium (frontend/e2e/workflows.mjs): a supervisor authors and
 * publishes a workflow, an agent runs it from a conversation (resumed after a reload), the outcome's tags are applied
 * and its canned reply inserted, the timeline shows the moves, and the analytics count the runs.
 */
@IntegrationTest
class WorkflowBrowserIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void aSupervisorAuthorsAWorkflowAndAnAgentRunsItFromAConversation() throws Exception {
        TestWorkspaces.Workspace workspace = workspaces.create();
        BrowserScript.run("workflows.mjs", BrowserScript.arguments(workspaces, workspace));

        assertThat(Path.of("target", "screenshots", "workflows-authoring.png")).exists();
        assertThat(Path.of("target", "screenshots", "workflows-conversation-outcome.png")).exists();
        assertThat(Path.of("target", "screenshots", "workflows-analytics.png")).exists();
    }
}
