package dev.frontline.web;

import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * axe-core on the main screens finds no serious or critical violation, and the workspace switches to
 * 한국어 and 简体中文 and back (frontend/e2e/a11y.mjs).
 */
@IntegrationTest
class AccessibilityBrowserIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void theMainScreensAreAccessibleAndSpeakKoreanAndChinese() throws Exception {
        BrowserScript.run("a11y.mjs", BrowserScript.arguments(workspaces, workspaces.create()));
    }
}
