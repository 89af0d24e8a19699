package dev.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Works a conversation in the built web UI in Chromium (frontend/e2e/conversation.mjs): the earlier email of the
 * same customer in the 360 panel, a canned response with "/", a note mentioning the supervisor who then sees it,
 * assign, tag and resolve.
 */
@IntegrationTest
class ConversationBrowserIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void anAgentWorksAChatWithTheCustomersHistoryAtHand() throws Exception {
        BrowserScript.run("conversation.mjs", BrowserScript.arguments(workspaces, workspaces.create()));

        assertThat(Path.of("target", "screenshots", "conversation-chat.png")).exists();
        assertThat(Path.of("target", "screenshots", "conversation-email.png")).exists();
        assertThat(Path.of("target", "screenshots", "customer-360.png")).exists();
    }
}
