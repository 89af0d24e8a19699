package dev.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestBrowser;
import dev.frontline.support.TestWorkspaces;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

@IntegrationTest
@TestPropertySource(properties = "frontline.workspaces.signup=open")
class SignupOpenModeIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void anyoneCreatesAWorkspaceAndIsSignedInAsItsAdmin() {
        TestBrowser founder = new TestBrowser(workspaces.baseUrl());
        founder.get("/api/v1/auth/csrf");
        String email = "founder-" + UUID.randomUUID() + "@umbrella.test";

        var created = founder.send("POST", "/api/v1/signup", Map.of("workspaceName", "Umbrella", "email", email,
                "displayName", "Alice", "password", "umbrella password"));

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(TestBrowser.json(created).get("role").asString()).isEqualTo("ADMIN");
        assertThat(TestBrowser.json(founder.get("/api/v1/workspace")).get("name").asString()).isEqualTo("Umbrella");
        assertThat(TestBrowser.json(founder.get("/api/v1/audit-log")).get("items").findValuesAsString("action"))
                .containsExactly("workspace.created");

        TestBrowser other = new TestBrowser(workspaces.baseUrl());
        other.get("/api/v1/auth/csrf");
        assertThat(other.send("POST", "/api/v1/signup", Map.of("workspaceName", "Umbrella again", "email", email,
                "displayName", "Eve", "password", "umbrella password")).statusCode()).as("email taken").isEqualTo(409);
        assertThat(other.send("POST", "/api/v1/signup", Map.of("workspaceName", "Short", "email",
                "x-" + email, "displayName", "Eve", "password", "short")).statusCode()).isEqualTo(400);
        assertThat(other.get("/api/v1/auth/me").statusCode()).isEqualTo(401);
    }
}
