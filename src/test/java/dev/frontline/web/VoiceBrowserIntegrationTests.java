package dev.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.channels.Channel;
import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Voice through the built web UI in Chromium (frontend/e2e/voice.mjs): the IVR menu set up in the inbox settings, a
 * call through the menu and the queue offered to the agent, and the call panel from ringing to the after-call note, then click to call from the
 * customer's profile.
 */
@IntegrationTest
class VoiceBrowserIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anAdminSetsUpThePhoneMenuAndAnAgentHandlesACallFromThePanel() throws Exception {
        TestWorkspaces.Workspace workspace = workspaces.create();
        BrowserScript.run("voice.mjs", BrowserScript.arguments(workspaces, workspace));

        assertThat(Path.of("target", "screenshots", "voice-ivr-settings.png")).exists();
        assertThat(Path.of("target", "screenshots", "voice-call-panel.png")).exists();
        assertThat(Path.of("target", "screenshots", "voice-call-ended.png")).exists();
        assertThat(Path.of("target", "screenshots", "voice-click-to-call.png")).exists();
        assertThat(jdbc.sql("select note from voice_calls where inbox_id = ? and direction = 'INBOUND'").param(workspace.inbox(Channel.VOICE))
                .query(String.class).single()).isEqualTo("Refund promised by Friday.");
    }
}
