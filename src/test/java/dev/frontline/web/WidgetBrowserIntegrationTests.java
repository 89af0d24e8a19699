package dev.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The chat widget embedded in a page of another origin talks to an agent in the workspace, live, in Debian's
 * Chromium (frontend/e2e/widget.mjs).
 */
@IntegrationTest
class WidgetBrowserIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void aVisitorOnAnotherSiteChatsWithAnAgentInRealTime() throws Exception {
        BrowserScript.run("widget.mjs", BrowserScript.arguments(workspaces, workspaces.create()));

        assertThat(Path.of("target", "screenshots", "widget.png")).exists();
    }
}
