package dev.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestBrowser;
import dev.frontline.support.TestWorkspaces;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class StaffAdministrationIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void aDeactivatedMemberIsSignedOutEverywhereAtOnceAndCannotSignIn() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();
        TestApi agentToken = workspace.agent().api();
        TestBrowser agentBrowser = new TestBrowser(workspaces.baseUrl());
        agentBrowser.login(workspace.agent().email(), workspace.agent().password());
        assertThat(agentToken.get("/api/v1/auth/me").status()).as("token owner is now remembered").isEqualTo(200);
        assertThat(agentBrowser.get("/api/v1/auth/me").statusCode()).isEqualTo(200);
        assertThat(agentToken.get("/api/v1/presence/me").json().get("status").asString()).isEqualTo("AVAILABLE");

        TestApi.Response deactivated = admin.patch("/api/v1/users/" + workspace.agent().id(), Map.of("active", false));

        assertThat(deactivated.status()).isEqualTo(200);
        assertThat(deactivated.json().get("active").asBoolean()).isFalse();
        assertThat(agentToken.get("/api/v1/auth/me").status()).isEqualTo(401);
        assertThat(agentBrowser.get("/api/v1/auth/me").statusCode()).isEqualTo(401);
        assertThat(new TestBrowser(workspaces.baseUrl()).login(workspace.agent().email(), workspace.agent().password())
                .statusCode()).isEqualTo(401);
        JsonNode board = workspace.supervisor().api().get("/api/v1/presence").json();
        assertThat(board.findValuesAsString("userId")).doesNotContain(workspace.agent().id().toString());
        assertThat(admin.get("/api/v1/users/" + workspace.agent().id()).json().get("active").asBoolean()).isFalse();

        assertThat(admin.patch("/api/v1/users/" + workspace.agent().id(), Map.of("active", true)).status()).isEqualTo(200);
        assertThat(agentToken.get("/api/v1/auth/me").status()).isEqualTo(200);
        assertThat(new TestBrowser(workspaces.baseUrl()).login(workspace.agent().email(), workspace.agent().password())
                .statusCode()).isEqualTo(200);
        assertThat(admin.get("/api/v1/audit-log").json().get("items").findValuesAsString("action"))
                .contains("user.deactivated", "user.reactivated");
    }

    @Test
    void adminsRenameAndChangeRolesButTheWorkspaceKeepsAnActiveAdmin() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();
        String agent = workspace.agent().id().toString();

        assertThat(workspace.supervisor().api().patch("/api/v1/users/" + agent, Map.of("displayName", "X")).status())
                .isEqualTo(403);
        JsonNode changed = admin.patch("/api/v1/users/" + agent, Map.of("displayName", "Mina Park", "role", "SUPERVISOR")).json();
        assertThat(changed.get("displayName").asString()).isEqualTo("Mina Park");
        assertThat(changed.get("role").asString()).isEqualTo("SUPERVISOR");
        assertThat(changed.get("active").asBoolean()).isTrue();
        assertThat(admin.patch("/api/v1/users/" + agent, Map.of("displayName", "  ")).status()).isEqualTo(400);

        String self = workspace.admin().id().toString();
        assertThat(admin.patch("/api/v1/users/" + self, Map.of("active", false)).status()).isEqualTo(422);
        assertThat(admin.patch("/api/v1/users/" + self, Map.of("role", "AGENT")).status())
                .as("the only admin stays admin").isEqualTo(422);
        assertThat(admin.get("/api/v1/users/" + self).json().get("role").asString()).isEqualTo("ADMIN");

        admin.patch("/api/v1/users/" + agent, Map.of("role", "ADMIN"));
        assertThat(admin.patch("/api/v1/users/" + self, Map.of("role", "AGENT")).status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/audit-log").status()).as("the demotion applies at once").isEqualTo(403);
        assertThat(workspace.agent().api().get("/api/v1/audit-log").json().get("items").findValuesAsString("action"))
                .contains("user.renamed", "user.role_changed");
    }

    @Test
    void anInviteeChoosesAPasswordThroughTheLinkAndIsSignedIn() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        String email = "invitee-" + workspace.id() + "@test.local";
        Map<String, Object> invitation = Map.of("email", email, "displayName", "Jun Lee", "role", "AGENT");
        assertThat(workspace.supervisor().api().post("/api/v1/users/invitations", invitation).status()).isEqualTo(403);

        TestApi.Response invited = workspace.admin().api().post("/api/v1/users/invitations", invitation);

        assertThat(invited.status()).isEqualTo(201);
        assertThat(invited.json().get("user").get("email").asString()).isEqualTo(email);
        assertThat(invited.json().get("user").get("active").asBoolean()).isTrue();
        assertThat(invited.json().get("expiresAt").asString()).isNotBlank();
        String url = invited.json().get("inviteUrl").asString();
        assertThat(url).startsWith("/invite/");
        String token = url.substring("/invite/".length());
        JsonNode shown = workspaces.anonymous().get("/api/v1/auth/invitations/" + token).json();
        assertThat(shown.get("email").asString()).isEqualTo(email);
        assertThat(shown.get("displayName").asString()).isEqualTo("Jun Lee");
        assertThat(shown.get("workspaceName").asString()).startsWith("Workspace ");
        assertThat(workspaces.anonymous().get("/api/v1/auth/invitations/not-a-token").status()).isEqualTo(404);

        TestBrowser invitee = new TestBrowser(workspaces.baseUrl());
        invitee.get("/api/v1/auth/csrf");
        assertThat(invitee.send("POST", "/api/v1/auth/invitations/" + token + "/accept", Map.of("password", "short"))
                .statusCode()).isEqualTo(400);
        HttpResponse<String> accepted = invitee.send("POST", "/api/v1/auth/invitations/" + token + "/accept",
                Map.of("password", "a long new password"));
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(TestBrowser.json(accepted).get("email").asString()).isEqualTo(email);
        assertThat(TestBrowser.json(invitee.get("/api/v1/auth/me")).get("displayName").asString()).isEqualTo("Jun Lee");

        assertThat(invitee.send("POST", "/api/v1/auth/invitations/" + token + "/accept",
                Map.of("password", "another long password")).statusCode()).as("a link works once").isEqualTo(404);
        assertThat(new TestBrowser(workspaces.baseUrl()).login(email, "a long new password").statusCode()).isEqualTo(200);
        assertThat(workspace.admin().api().get("/api/v1/audit-log").json().get("items").findValuesAsString("action"))
                .contains("user.invited", "user.invitation_accepted");
    }

    @Test
    void aNewInvitationReplacesTheEarlierLink() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();
        JsonNode first = admin.post("/api/v1/users/invitations", Map.of("email", "again-" + workspace.id() + "@test.local",
                "displayName", "Again", "role", "AGENT")).json();
        String user = first.get("user").get("id").asString();

        TestApi.Response second = admin.post("/api/v1/users/" + user + "/invitation", Map.of());

        assertThat(second.status()).isEqualTo(201);
        assertThat(workspaces.anonymous().get("/api/v1/auth/invitations/"
                + first.get("inviteUrl").asString().substring(8)).status()).isEqualTo(404);
        assertThat(workspaces.anonymous().get("/api/v1/auth/invitations/"
                + second.json().get("inviteUrl").asString().substring(8)).status()).isEqualTo(200);
    }

    @Test
    void everyoneKeepsTheirOwnLocaleAndTimeZone() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi agent = workspace.agent().api();
        JsonNode before = agent.get("/api/v1/auth/me").json();
        assertThat(before.get("locale").isNull()).isTrue();
        assertThat(before.get("operator").asBoolean()).isFalse();

        JsonNode me = agent.patch("/api/v1/auth/me", Map.of("locale", "zh-tw", "timezone", "Asia/Seoul")).json();

        assertThat(me.get("locale").asString()).isEqualTo("zh-TW");
        assertThat(me.get("timezone").asString()).isEqualTo("Asia/Seoul");
        assertThat(agent.patch("/api/v1/auth/me", Map.of("timezone", "Mars/Olympus")).json().get("errors")
                .findValuesAsString("field")).containsExactly("timezone");
        assertThat(agent.patch("/api/v1/auth/me", Map.of("locale", "not a locale!")).status()).isEqualTo(400);
        JsonNode cleared = agent.patch("/api/v1/auth/me", Map.of("locale", "", "displayName", "Agent Smith")).json();
        assertThat(cleared.get("locale").isNull()).isTrue();
        assertThat(cleared.get("timezone").asString()).isEqualTo("Asia/Seoul");
        assertThat(cleared.get("displayName").asString()).isEqualTo("Agent Smith");
        assertThat(workspace.supervisor().api().get("/api/v1/auth/me").json().get("timezone").isNull()).isTrue();
    }

    @Test
    void supervisorsRenameAndDeleteTeamsAndListTheirMembers() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi supervisor = workspace.supervisor().api();
        String team = supervisor.post("/api/v1/teams", Map.of("name", "Tier 1")).json().get("id").asString();
        supervisor.put("/api/v1/teams/" + team + "/members/" + workspace.agent().id(), Map.of());

        JsonNode members = workspace.agent().api().get("/api/v1/teams/" + team + "/members").json();
        assertThat(members.findValuesAsString("id")).containsExactly(workspace.agent().id().toString());
        assertThat(members.get(0).get("displayName").asString()).startsWith("Agent ");

        assertThat(workspace.agent().api().patch("/api/v1/teams/" + team, Map.of("name", "Mine")).status()).isEqualTo(403);
        assertThat(supervisor.patch("/api/v1/teams/" + team, Map.of("name", "Billing")).json().get("name").asString())
                .isEqualTo("Billing");
        assertThat(supervisor.post("/api/v1/teams", Map.of("name", "Billing")).status()).isEqualTo(409);

        assertThat(workspace.agent().api().delete("/api/v1/teams/" + team).status()).isEqualTo(403);
        assertThat(supervisor.delete("/api/v1/teams/" + team).status()).isEqualTo(204);
        assertThat(supervisor.get("/api/v1/teams").body()).doesNotContain(team);
        assertThat(supervisor.get("/api/v1/teams/" + team + "/members").status()).isEqualTo(404);
        assertThat(supervisor.delete("/api/v1/teams/" + team).status()).isEqualTo(404);
        assertThat(supervisor.post("/api/v1/teams", Map.of("name", "Billing")).status())
                .as("the name is free again").isEqualTo(201);
        assertThat(workspace.admin().api().get("/api/v1/audit-log").json().get("items").findValuesAsString("action"))
                .contains("team.renamed", "team.deleted");
    }
}
