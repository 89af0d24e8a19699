package dev.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Settings → SLA policies in Chromium (frontend/e2e/sla-policies.mjs): the built-in policies in evaluation order,
 * a policy added with conditions and targets in minutes and hours, a target the API refuses shown next to its
 * field, the corrected target saved, the page in Korean, and the policy deleted.
 */
@IntegrationTest
class SlaPoliciesBrowserIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void anAdminAddsAPolicyIsToldWhichTargetTheApiRefusesFixesItAndDeletesThePolicy() throws Exception {
        BrowserScript.run("sla-policies.mjs", BrowserScript.arguments(workspaces, workspaces.create()));

        assertThat(Path.of("target", "screenshots", "settings-sla-policies.png")).exists();
        assertThat(Path.of("target", "screenshots", "settings-sla-policies-refused.png")).exists();
        assertThat(Path.of("target", "screenshots", "settings-sla-policies-ko.png")).exists();
    }
}
