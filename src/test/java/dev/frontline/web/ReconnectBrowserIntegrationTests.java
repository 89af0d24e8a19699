package dev.frontline.web;

import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** After a network drop the live stream reconnects and catches up without a reload (frontend/e2e/reconnect.mjs). */
@IntegrationTest
class ReconnectBrowserIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void whatArrivedWhileOfflineAppearsOnceTheNetworkIsBack() throws Exception {
        BrowserScript.run("reconnect.mjs", BrowserScript.arguments(workspaces, workspaces.create()));
    }
}
