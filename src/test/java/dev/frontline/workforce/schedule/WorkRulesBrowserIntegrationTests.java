package dev.frontline.workforce.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Agent work rules in Chromium (frontend/e2e/work-rules.mjs): the agent's preferences and an availability change that
 * waits for approval, a dated exception included; the supervisor's break rules, contract template, assignment, approval,
 * hours override and a dated exception added in the editor.
 */
@IntegrationTest
class WorkRulesBrowserIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void aSupervisorAssignsAContractAndApprovesTheAvailabilityAnAgentAskedFor() throws Exception {
        TestWorkspaces.Workspace workspace = workspaces.create();

        BrowserScript.run("work-rules.mjs", BrowserScript.arguments(workspaces, workspace));

        assertThat(Path.of("target", "screenshots", "work-rules-agent.png")).exists();
        assertThat(Path.of("target", "screenshots", "work-rules-supervisor.png")).exists();
        assertThat(Path.of("target", "screenshots", "work-rules-exceptions.png")).exists();
    }
}
