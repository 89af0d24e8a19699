package dev.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Signs in and out through the built web UI in Debian's Chromium (frontend/e2e/login.mjs). */
@IntegrationTest
class BrowserLoginIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void anAdminSignsInToTheWorkspaceAndOut() throws Exception {
        BrowserScript.run("login.mjs", BrowserScript.arguments(workspaces, workspaces.create()));

        assertThat(Path.of("target", "screenshots", "login.png")).exists();
    }
}
