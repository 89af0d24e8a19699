package dev.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestBrowser;
import dev.frontline.support.TestWorkspaces;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

@IntegrationTest
@TestPropertySource(properties = "frontline.workspaces.signup=invite")
class SignupInviteModeIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void aSignupCodeFromTheOperatorCreatesOneWorkspace() {
        String code = OperatorIntegrationTests.operator(workspaces).post("/api/v1/operator/signup-codes",
                Map.of("note", "Initech", "validForDays", 7)).json().get("code").asString();
        TestBrowser founder = new TestBrowser(workspaces.baseUrl());
        founder.get("/api/v1/auth/csrf");
        String email = "founder-" + UUID.randomUUID() + "@initech.test";
        Map<String, Object> signup = Map.of("workspaceName", "Initech", "email", email, "displayName", "Bill",
                "password", "initech password");

        assertThat(founder.send("POST", "/api/v1/signup", signup).statusCode()).as("no code").isEqualTo(403);
        assertThat(founder.send("POST", "/api/v1/signup", with(signup, "not-a-code")).statusCode()).isEqualTo(403);
        HttpResponse<String> created = founder.send("POST", "/api/v1/signup", with(signup, code));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode me = TestBrowser.json(founder.get("/api/v1/auth/me"));
        assertThat(me.get("email").asString()).isEqualTo(email);
        assertThat(me.get("role").asString()).isEqualTo("ADMIN");
        assertThat(me.get("workspaceName").asString()).isEqualTo("Initech");
        Map<String, Object> again = with(Map.of("workspaceName", "Initech 2", "email", "other-" + email,
                "displayName", "Bob", "password", "initech password"), code);
        TestBrowser other = new TestBrowser(workspaces.baseUrl());
        other.get("/api/v1/auth/csrf");
        assertThat(other.send("POST", "/api/v1/signup", again).statusCode()).as("a code is used once").isEqualTo(403);
    }

    private static Map<String, Object> with(Map<String, Object> signup, String code) {
        var withCode = new java.util.HashMap<>(signup);
        withCode.put("inviteCode", code);
        return withCode;
    }
}
