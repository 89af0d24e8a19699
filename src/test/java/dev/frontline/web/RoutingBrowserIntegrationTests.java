package dev.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Routing through the built web UI in Chromium (frontend/e2e/routing.mjs): push turned on in the Queues page,
 * an offer pop-up with a countdown accepted and another declined with a reason, "Get next", a queue, a rule
 * and a rule test on the Queues page (a tier and custom-attribute rule, each condition shown held or failed), and an
 * agent's profile allowed chats during calls.
 */
@IntegrationTest
class RoutingBrowserIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void anAgentAcceptsAnOfferDeclinesAnotherAndGetsItWithGetNext() throws Exception {
        TestWorkspaces.Workspace workspace = workspaces.create();
        BrowserScript.run("routing.mjs", BrowserScript.arguments(workspaces, workspace));

        assertThat(Path.of("target", "screenshots", "routing-offer.png")).exists();
        assertThat(Path.of("target", "screenshots", "routing-get-next.png")).exists();
        assertThat(Path.of("target", "screenshots", "routing-settings.png")).exists();
        assertThat(Path.of("target", "screenshots", "routing-rule-test.png")).exists();
        assertThat(workspace.admin().api().get("/api/v1/routing/rules").json().valueStream()
                .filter(rule -> "vip".equals(rule.path("tier").asString(null))
                        && "Billing".equals(rule.path("attributes").path("topic").asString(null))
                        && "apac".equals(rule.path("attributes").path("region").asString(null))))
                .as("the tier and attribute rule saved from the editor, then given a second attribute in place").hasSize(1);
        assertThat(workspace.admin().api().get("/api/v1/routing/profiles").json().valueStream()
                .filter(profile -> profile.get("chatDuringCalls").asBoolean())).as("saved from the profiles table").hasSize(1);
    }
}
