package dev.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Drives the built web UI in Debian's Chromium through playwright-core (frontend/e2e/login.mjs). */
@IntegrationTest
class BrowserLoginIntegrationTests {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void anAdminSignsInToTheWorkspaceShellAndOut() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) || "true".equals(System.getenv("CI")),
                "Chromium is not installed (apt-get install chromium); .ci/run installs it");
        TestWorkspaces.Workspace workspace = workspaces.create();
        Path screenshot = Path.of("target", "screenshots", "login.png").toAbsolutePath();
        Files.createDirectories(screenshot.getParent());

        Process node = new ProcessBuilder("node", "e2e/login.mjs", workspaces.baseUrl(), workspace.admin().email(),
                workspace.admin().password(), screenshot.toString())
                .directory(new File("frontend"))
                .redirectErrorStream(true)
                .start();
        boolean finished = node.waitFor(90, TimeUnit.SECONDS);
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            node.destroyForcibly();
        }

        assertThat(finished).as("browser test finished in time").isTrue();
        assertThat(node.exitValue()).as(output).isZero();
        assertThat(output).contains("login e2e passed");
        assertThat(screenshot).exists();
    }
}
