package dev.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Customer content is hostile: a corpus of XSS payloads rendered in the workspace in Chromium (frontend/e2e/xss.mjs). */
@IntegrationTest
class XssBrowserIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void noPayloadInAnyCustomerFieldExecutesInTheAgentsBrowser() throws Exception {
        String output = BrowserScript.run("xss.mjs", BrowserScript.arguments(workspaces, workspaces.create()));

        assertThat(output).contains("none executed");
    }
}
