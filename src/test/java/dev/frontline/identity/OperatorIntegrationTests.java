package dev.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestBrowser;
import dev.frontline.support.TestWorkspaces;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The operator from frontline.operator.* (application-test.properties); sign-up is closed by default. */
@IntegrationTest
class OperatorIntegrationTests {

    static final String OPERATOR_EMAIL = "operator@test.local";
    static final String OPERATOR_PASSWORD = "operator password for tests";

    @Autowired
    TestWorkspaces workspaces;

    /** Signs the operator in and gives them an API token, as they would in the UI. */
    static TestApi operator(TestWorkspaces workspaces) {
        TestBrowser browser = new TestBrowser(workspaces.baseUrl());
        assertThat(browser.login(OPERATOR_EMAIL, OPERATOR_PASSWORD).statusCode()).isEqualTo(200);
        assertThat(TestBrowser.json(browser.get("/api/v1/auth/me")).get("operator").asBoolean()).isTrue();
        String token = TestBrowser.json(browser.send("POST", "/api/v1/tokens", Map.of("name", "operator")))
                .get("token").asString();
        return new TestApi(workspaces.baseUrl(), token);
    }

    @Test
    void theOperatorCreatesAWorkspaceWhoseAdminSignsIn() {
        TestApi operator = operator(workspaces);
        String email = "owner-" + UUID.randomUUID() + "@acme.test";

        TestApi.Response created = operator.post("/api/v1/operator/workspaces", Map.of("name", "Acme",
                "adminEmail", email, "adminName", "Acme Owner", "adminPassword", "acme owner password"));

        assertThat(created.status()).isEqualTo(201);
        JsonNode workspace = created.json().get("workspace");
        assertThat(workspace.get("name").asString()).isEqualTo("Acme");
        assertThat(workspace.get("timezone").asString()).isEqualTo("UTC");
        assertThat(created.json().get("admin").get("role").asString()).isEqualTo("ADMIN");
        assertThat(created.json().get("inviteUrl").isNull()).isTrue();
        TestBrowser owner = new TestBrowser(workspaces.baseUrl());
        JsonNode me = TestBrowser.json(owner.login(email, "acme owner password"));
        assertThat(me.get("workspaceId").asString()).isEqualTo(workspace.get("id").asString());
        assertThat(me.get("operator").asBoolean()).isFalse();
        assertThat(TestBrowser.json(owner.get("/api/v1/audit-log")).get("items").findValuesAsString("action"))
                .containsExactly("workspace.created");
        assertThat(operator.get("/api/v1/operator/workspaces").json().findValuesAsString("id"))
                .contains(workspace.get("id").asString());
    }

    @Test
    void withoutAPasswordTheNewAdminIsInvited() {
        TestApi operator = operator(workspaces);
        String email = "invited-owner-" + UUID.randomUUID() + "@acme.test";

        JsonNode created = operator.post("/api/v1/operator/workspaces", Map.of("name", "Globex",
                "adminEmail", email, "adminName", "Globex Owner")).json();

        String token = created.get("inviteUrl").asString().substring("/invite/".length());
        assertThat(workspaces.anonymous().get("/api/v1/auth/invitations/" + token).json().get("workspaceName").asString())
                .isEqualTo("Globex");
        TestBrowser owner = new TestBrowser(workspaces.baseUrl());
        owner.get("/api/v1/auth/csrf");
        assertThat(owner.send("POST", "/api/v1/auth/invitations/" + token + "/accept",
                Map.of("password", "globex owner password")).statusCode()).isEqualTo(200);
    }

    @Test
    void onlyTheOperatorCreatesWorkspacesAndSignupCodes() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();

        assertThat(admin.get("/api/v1/operator/workspaces").status()).isEqualTo(403);
        assertThat(admin.post("/api/v1/operator/workspaces", Map.of("name", "Mine", "adminEmail",
                "x-" + UUID.randomUUID() + "@acme.test", "adminName", "X")).status()).isEqualTo(403);
        assertThat(admin.post("/api/v1/operator/signup-codes", Map.of()).status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/auth/me").json().get("operator").asBoolean()).isFalse();
        TestApi.Response code = operator(workspaces).post("/api/v1/operator/signup-codes", Map.of("note", "for Initech"));
        assertThat(code.status()).isEqualTo(201);
        assertThat(code.json().get("code").asString()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void whenSignupIsClosedNobodyCreatesAWorkspace() {
        String code = operator(workspaces).post("/api/v1/operator/signup-codes", Map.of()).json().get("code").asString();

        TestBrowser founder = new TestBrowser(workspaces.baseUrl());
        founder.get("/api/v1/auth/csrf");

        var refused = founder.send("POST", "/api/v1/signup", Map.of("workspaceName", "Hooli",
                "email", "founder-" + UUID.randomUUID() + "@hooli.test", "displayName", "Founder",
                "password", "founder password", "inviteCode", code));

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(TestBrowser.json(refused).get("detail").asString()).contains("closed");
        assertThat(founder.get("/api/v1/auth/me").statusCode()).isEqualTo(401);
    }
}
