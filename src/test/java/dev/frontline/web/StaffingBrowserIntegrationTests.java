package dev.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The staffing calculator in Chromium (frontend/e2e/staffing.mjs): the guide's worked example through Erlang C,
 * an evaluation, Erlang A with shrinkage and an occupancy cap, and the API's problems shown to the planner.
 */
@IntegrationTest
class StaffingBrowserIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void aSupervisorPlansStaffingWithTheCalculator() throws Exception {
        TestWorkspaces.Workspace workspace = workspaces.create();

        BrowserScript.run("staffing.mjs", BrowserScript.arguments(workspaces, workspace));

        assertThat(Path.of("target", "screenshots", "staffing-erlang-c.png")).exists();
        assertThat(Path.of("target", "screenshots", "staffing-erlang-a.png")).exists();
        assertThat(Path.of("target", "screenshots", "staffing-problem.png")).exists();
    }
}
