package dev.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestOidcProvider;
import dev.frontline.support.TestWorkspaces;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Single sign-on in Chromium against Spring Authorization Server running in the test (frontend/e2e/sso.mjs): the
 * admin configures the provider in Security settings, the agent signs in through the provider's login form and
 * lands in the workspace, and a person the workspace does not know is told why on the sign-in page.
 */
@IntegrationTest
class SsoBrowserIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    Environment environment;

    @Test
    void anAgentSignsInThroughTheProvidersFormAndLandsInTheWorkspace() throws Exception {
        BrowserScript.assumeChromium();
        TestWorkspaces.Workspace workspace = workspaces.create();
        // Frontline at 127.0.0.1, the provider at localhost (which it refuses as a redirect host): separate cookies.
        String frontline = "http://127.0.0.1:" + environment.getProperty("local.server.port");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        try (TestOidcProvider provider = new TestOidcProvider()) {
            String clientId = "frontline-" + suffix;
            String secret = "browser secret " + suffix;
            provider.registerClient(clientId, secret, frontline + "/api/v1/auth/sso/callback");
            provider.addPerson("agent-" + suffix, "idp password", Map.of("email", workspace.agent().email(),
                    "email_verified", true, "name", "Agent at the provider", "groups", List.of("fl-agents")));
            provider.addPerson("stranger-" + suffix, "idp password", Map.of("email", "stranger-" + suffix + "@elsewhere.example",
                    "email_verified", true, "groups", List.of()));

            Map<String, Object> arguments = BrowserScript.arguments(workspaces, workspace);
            arguments.put("baseUrl", frontline);
            arguments.put("sso", Map.of("issuer", provider.issuer(), "clientId", clientId, "secret", secret,
                    "domain", "sso-" + suffix + ".example", "username", "agent-" + suffix,
                    "strangerUsername", "stranger-" + suffix, "password", "idp password"));
            BrowserScript.run("sso.mjs", arguments);
        }

        assertThat(Path.of("target", "screenshots", "sso-signed-in.png")).exists();
        assertThat(Path.of("target", "screenshots", "sso-unknown-member.png")).exists();
    }
}
