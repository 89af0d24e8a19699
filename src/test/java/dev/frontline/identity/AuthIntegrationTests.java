package dev.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.SessionClient;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class AuthIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void aStaffMemberSignsInWithASessionAndCsrfProtection() throws Exception {
        TestWorkspaces.Workspace workspace = workspaces.create();
        SessionClient browser = new SessionClient(workspaces.baseUrl());

        assertThat(browser.send("GET", "/api/v1/auth/me", null, false).statusCode()).isEqualTo(401);
        assertThat(browser.login(workspace.agent().email(), "wrong password").statusCode()).isEqualTo(401);
        HttpResponse<String> login = browser.login(workspace.agent().email().toUpperCase(), workspace.agent().password());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(TestApi.json().readTree(login.body()).get("role").asString()).isEqualTo("AGENT");

        HttpResponse<String> me = browser.send("GET", "/api/v1/auth/me", null, false);
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(TestApi.json().readTree(me.body()).get("email").asString()).isEqualTo(workspace.agent().email());

        String contact = TestApi.json().writeValueAsString(Map.of("name", "Via session"));
        assertThat(browser.send("POST", "/api/v1/contacts", contact, false).statusCode())
                .as("a session POST without the CSRF token is refused").isEqualTo(403);
        assertThat(browser.send("POST", "/api/v1/contacts", contact, true).statusCode()).isEqualTo(201);

        assertThat(browser.send("POST", "/api/v1/auth/logout", null, true).statusCode()).isEqualTo(204);
        assertThat(browser.send("GET", "/api/v1/auth/me", null, false).statusCode()).isEqualTo(401);
    }

    @Test
    void aMemberSeesTheirSessionsAndSignsOutOfAnotherOneOrOfThisOne() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        SessionClient laptop = new SessionClient(workspaces.baseUrl(), null, "Laptop");
        SessionClient phone = new SessionClient(workspaces.baseUrl(), null, "Phone");
        SessionClient tablet = new SessionClient(workspaces.baseUrl(), null, "Tablet");
        for (SessionClient browser : List.of(laptop, phone, tablet)) {
            assertThat(browser.login(workspace.agent().email(), workspace.agent().password()).statusCode()).isEqualTo(200);
        }

        Map<String, JsonNode> byBrowser = new HashMap<>();
        TestApi.json().readTree(laptop.get("/api/v1/auth/sessions").body())
                .forEach(session -> byBrowser.put(session.get("userAgent").asString(), session));
        assertThat(byBrowser).containsOnlyKeys("Laptop", "Phone", "Tablet");
        assertThat(byBrowser.get("Laptop").get("current").asBoolean()).isTrue();
        assertThat(byBrowser.get("Phone").get("current").asBoolean()).isFalse();

        assertThat(laptop.send("DELETE", "/api/v1/auth/sessions/" + byBrowser.get("Phone").get("id").asString(), null, true)
                .statusCode()).isEqualTo(204);
        assertThat(phone.get("/api/v1/auth/me").statusCode()).as("signed out from the laptop").isEqualTo(401);
        assertThat(laptop.send("DELETE", "/api/v1/auth/sessions/" + byBrowser.get("Phone").get("id").asString(), null, true)
                .statusCode()).as("already ended").isEqualTo(404);
        assertThat(workspace.admin().api().get("/api/v1/users/" + workspace.agent().id() + "/sessions").json()
                .findValuesAsString("userAgent")).containsExactlyInAnyOrder("Laptop", "Tablet");

        assertThat(tablet.send("POST", "/api/v1/auth/logout", null, true).statusCode()).isEqualTo(204);
        assertThat(TestApi.json().readTree(laptop.get("/api/v1/auth/sessions").body()).findValuesAsString("userAgent"))
                .as("signing out ends the session's row too").containsExactly("Laptop");
    }

    @Test
    void unknownOrRevokedTokensAreUnauthorized() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();

        TestApi.Response bogus = new TestApi(workspaces.baseUrl(), "fl_not-a-real-token").get("/api/v1/conversations");
        assertThat(bogus.status()).isEqualTo(401);
        assertThat(bogus.header("Content-Type")).startsWith("application/problem+json");
        assertThat(workspaces.anonymous().get("/api/v1/conversations").status()).isEqualTo(401);

        TestApi.Response issued = admin.post("/api/v1/tokens", Map.of("name", "integration"));
        assertThat(issued.status()).isEqualTo(201);
        TestApi tokenApi = new TestApi(workspaces.baseUrl(), issued.json().get("token").asString());
        TestApi.Response me = tokenApi.get("/api/v1/auth/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.header("Set-Cookie")).as("token requests are stateless").isNull();
        assertThat(admin.get("/api/v1/tokens").json().findValuesAsString("name")).contains("integration");
        assertThat(admin.get("/api/v1/tokens").body()).doesNotContain(issued.json().get("token").asString());

        assertThat(admin.delete("/api/v1/tokens/" + issued.json().get("id").asString()).status()).isEqualTo(204);
        assertThat(tokenApi.get("/api/v1/auth/me").status()).isEqualTo(401);
    }

    @Test
    void aRoleChangeAppliesAtOnceToTokensAlreadyInUse() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi supervisor = workspace.supervisor().api();
        assertThat(supervisor.post("/api/v1/teams", Map.of("name", "Day shift")).status()).isEqualTo(201);

        assertThat(workspace.admin().api().patch("/api/v1/users/" + workspace.supervisor().id() + "/role",
                Map.of("role", "AGENT")).status()).isEqualTo(200);

        assertThat(supervisor.post("/api/v1/teams", Map.of("name", "Late shift")).status()).isEqualTo(403);
    }

    @Test
    void rolesLimitWhoAdministersUsersTeamsAndInboxes() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi agent = workspace.agent().api();
        TestApi supervisor = workspace.supervisor().api();
        TestApi admin = workspace.admin().api();
        Map<String, Object> newUser = Map.of("email", "new-" + workspace.id() + "@test.local", "displayName", "New Agent",
                "role", "AGENT", "password", "long enough password");

        assertThat(agent.post("/api/v1/users", newUser).status()).isEqualTo(403);
        assertThat(supervisor.post("/api/v1/users", newUser).status()).isEqualTo(403);
        TestApi.Response created = admin.post("/api/v1/users", newUser);
        assertThat(created.status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/users", newUser).status()).isEqualTo(409);
        assertThat(admin.post("/api/v1/users", Map.of("email", "not-an-email", "displayName", "x", "role", "AGENT"))
                .json().get("errors").findValuesAsString("field")).contains("email");

        assertThat(agent.post("/api/v1/teams", Map.of("name", "Night shift")).status()).isEqualTo(403);
        String team = supervisor.post("/api/v1/teams", Map.of("name", "Night shift")).json().get("id").asString();
        assertThat(supervisor.put("/api/v1/teams/" + team + "/members/" + created.json().get("id").asString(), Map.of())
                .json().get("memberIds")).hasSize(1);

        assertThat(supervisor.post("/api/v1/inboxes", Map.of("name", "New chat", "channel", "CHAT")).status()).isEqualTo(403);
        assertThat(admin.post("/api/v1/inboxes", Map.of("name", "New chat", "channel", "CHAT")).status()).isEqualTo(201);
        assertThat(agent.patch("/api/v1/users/" + workspace.agent().id() + "/role", Map.of("role", "ADMIN")).status())
                .as("no one promotes themselves").isEqualTo(403);

        String newAgent = created.json().get("id").asString();
        assertThat(supervisor.put("/api/v1/users/" + newAgent + "/password", Map.of("password", "another long password"))
                .status()).isEqualTo(403);
        assertThat(admin.put("/api/v1/users/" + newAgent + "/password", Map.of("password", "short")).status()).isEqualTo(400);
        assertThat(admin.put("/api/v1/users/" + newAgent + "/password", Map.of("password", "another long password"))
                .status()).isEqualTo(204);
        assertThat(agent.put("/api/v1/users/" + workspace.agent().id() + "/password",
                Map.of("password", "my own new password")).status())
                .as("your own password only with the current one").isEqualTo(400);
        assertThat(agent.put("/api/v1/users/" + workspace.agent().id() + "/password",
                Map.of("password", "my own new password", "currentPassword", workspace.agent().password())).status())
                .isEqualTo(204);

        assertThat(admin.get("/api/v1/audit-log").json().get("items").findValuesAsString("action"))
                .contains("user.created", "inbox.created", "team.created", "team.member_added", "user.password_changed");
    }
}
