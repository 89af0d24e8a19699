package dev.frontline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A member without the role an endpoint needs gets 403 before the body is read, so an invalid body tells nothing. */
@IntegrationTest
class AuthorizationBeforeValidationIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void anAgentPostingAnInvalidBodyToAnAdminOnlyEndpointIsForbiddenNotToldTheFields() {
        var workspace = workspaces.create();
        TestApi agent = workspace.agent().api();
        UUID some = UUID.randomUUID();
        List<String[]> endpoints = List.of(
                new String[] {"POST", "/api/v1/webhooks"},
                new String[] {"PUT", "/api/v1/webhook-settings"},
                new String[] {"POST", "/api/v1/inboxes"},
                new String[] {"PATCH", "/api/v1/inboxes/" + workspace.inbox(dev.frontline.channels.Channel.EMAIL)},
                new String[] {"POST", "/api/v1/users"},
                new String[] {"POST", "/api/v1/users/invitations"},
                new String[] {"PATCH", "/api/v1/users/" + workspace.admin().id().value() + "/role"},
                new String[] {"PATCH", "/api/v1/workspace"},
                new String[] {"POST", "/api/v1/teams"},
                new String[] {"POST", "/api/v1/routing/queues"},
                new String[] {"POST", "/api/v1/routing/rules"},
                new String[] {"PUT", "/api/v1/routing/profiles/" + workspace.agent().id().value()},
                new String[] {"POST", "/api/v1/attribute-definitions"},
                new String[] {"POST", "/api/v1/tags"},
                new String[] {"POST", "/api/v1/contacts/" + some + "/merge"});

        for (String[] endpoint : endpoints) {
            for (String invalid : List.of("{}", "{\"url\": 5, \"name\": [], \"email\": \"not an email\"}", "{\"broken\":")) {
                TestApi.Response response = agent.send(endpoint[0], endpoint[1], invalid, "application/json");

                assertThat(response.status()).as(endpoint[0] + " " + endpoint[1] + " " + invalid + ": " + response.body())
                        .isEqualTo(403);
                assertThat(response.header("content-type")).startsWith("application/problem+json");
                assertThat(response.body()).doesNotContain("\"errors\"", "\"field\"");
            }
        }
        assertThat(workspace.admin().api().post("/api/v1/webhooks", "{}").status())
                .as("an admin still learns what is wrong with the body").isEqualTo(400);
    }
}
