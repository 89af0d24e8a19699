package dev.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.identity.internal.TestTotp;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.SessionClient;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class TwoFactorIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aMemberSetsUpTotpAndThenSignsInWithACodeOrARecoveryCodeOnce() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        SessionClient browser = signedIn(workspace.agent());

        JsonNode setup = json(browser.send("POST", "/api/v1/auth/two-factor/setup", Map.of()));
        String secret = setup.get("secret").asString();
        assertThat(setup.get("otpauthUri").asString()).startsWith("otpauth://totp/Frontline%3A" + workspace.agent().email()
                .replace("@", "%40")).contains("secret=" + secret, "issuer=Frontline");
        assertThat(browser.send("POST", "/api/v1/auth/two-factor/confirm", Map.of("code", "000000")).statusCode())
                .isIn(422);
        HttpResponse<String> confirmed = browser.send("POST", "/api/v1/auth/two-factor/confirm",
                Map.of("code", TestTotp.code(secret, Instant.now())));
        assertThat(confirmed.statusCode()).isEqualTo(200);
        List<String> recoveryCodes = new ArrayList<>();
        json(confirmed).get("recoveryCodes").forEach(code -> recoveryCodes.add(code.asString()));
        assertThat(recoveryCodes).hasSize(10).allMatch(code -> code.matches("[A-Z2-7]{4}(-[A-Z2-7]{4}){3}"));
        String stored = jdbc.sql("select totp_secret from users where id = ?").param(workspace.agent().id().value())
                .query(String.class).single();
        assertThat(stored).as("sealed at rest").startsWith("v1:").doesNotContain(secret);

        SessionClient next = new SessionClient(workspaces.baseUrl());
        HttpResponse<String> password = next.login(workspace.agent().email(), workspace.agent().password());
        assertThat(password.statusCode()).isEqualTo(202);
        assertThat(json(password).get("twoFactorRequired").asBoolean()).isTrue();
        assertThat(next.get("/api/v1/auth/me").statusCode()).as("not signed in before the code").isEqualTo(401);
        assertThat(next.send("POST", "/api/v1/auth/login/two-factor", Map.of("code", "123456")).statusCode()).isEqualTo(401);
        // The code of the step just used to confirm is spent; the next step's is accepted already.
        String code = TestTotp.code(secret, Instant.now().plusSeconds(30));
        assertThat(next.send("POST", "/api/v1/auth/login/two-factor", Map.of("code", code)).statusCode()).isEqualTo(200);
        assertThat(json(next.get("/api/v1/auth/me")).get("twoFactorEnabled").asBoolean()).isTrue();

        SessionClient replay = new SessionClient(workspaces.baseUrl());
        replay.login(workspace.agent().email(), workspace.agent().password());
        assertThat(replay.send("POST", "/api/v1/auth/login/two-factor", Map.of("code", code)).statusCode())
                .as("a code works once").isEqualTo(401);
        assertThat(replay.send("POST", "/api/v1/auth/login/two-factor", Map.of("code", recoveryCodes.get(3).toLowerCase()))
                .statusCode()).isEqualTo(200);

        SessionClient again = new SessionClient(workspaces.baseUrl());
        again.login(workspace.agent().email(), workspace.agent().password());
        assertThat(again.send("POST", "/api/v1/auth/login/two-factor", Map.of("code", recoveryCodes.get(3))).statusCode())
                .as("a recovery code works once").isEqualTo(401);
        SessionClient stranger = new SessionClient(workspaces.baseUrl());
        stranger.get("/api/v1/auth/csrf");
        assertThat(stranger.send("POST", "/api/v1/auth/login/two-factor", Map.of("code", recoveryCodes.get(4))).statusCode())
                .as("not without the password step").isEqualTo(401);
    }

    @Test
    void whenTheWorkspaceRequiresItAMemberWithoutTotpCanOnlySetItUp() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        assertThat(workspace.agent().api().put("/api/v1/workspace/two-factor", Map.of("required", true)).status())
                .isEqualTo(403);
        assertThat(workspace.admin().api().put("/api/v1/workspace/two-factor", Map.of("required", true)).status())
                .isEqualTo(200);

        SessionClient browser = signedIn(workspace.supervisor());
        assertThat(json(browser.get("/api/v1/auth/me")).get("twoFactorSetupRequired").asBoolean()).isTrue();
        assertThat(browser.get("/api/v1/conversations").statusCode()).isEqualTo(403);

        String secret = json(browser.send("POST", "/api/v1/auth/two-factor/setup", Map.of())).get("secret").asString();
        browser.send("POST", "/api/v1/auth/two-factor/confirm", Map.of("code", TestTotp.code(secret, Instant.now())));
        assertThat(browser.get("/api/v1/conversations").statusCode()).isEqualTo(200);
        JsonNode me = json(browser.get("/api/v1/auth/me"));
        assertThat(me.get("twoFactorEnabled").asBoolean()).isTrue();
        assertThat(me.get("twoFactorSetupRequired").asBoolean()).isFalse();
        assertThat(me.get("workspaceName").asString()).isEqualTo(jdbc.sql("select name from workspaces where id = ?")
                .param(workspace.id().value()).query(String.class).single());
        assertThat(browser.send("POST", "/api/v1/auth/two-factor/disable",
                Map.of("code", TestTotp.code(secret, Instant.now().plusSeconds(30)))).statusCode())
                .as("required by the workspace").isEqualTo(422);

        assertThat(workspace.admin().api().delete("/api/v1/users/" + workspace.supervisor().id() + "/two-factor").status())
                .isEqualTo(204);
        assertThat(browser.get("/api/v1/auth/me").statusCode()).as("an admin reset ends the member's sessions")
                .isEqualTo(401);
        SessionClient afterReset = signedIn(workspace.supervisor());
        assertThat(afterReset.get("/api/v1/conversations").statusCode()).as("an admin reset: set it up again").isEqualTo(403);
        assertThat(workspace.admin().api().get("/api/v1/audit-log").json().get("items").findValuesAsString("action"))
                .contains("workspace.two_factor_required", "two_factor.enabled", "two_factor.reset");
    }

    @Test
    void wrongCodesAreThrottledLikeWrongPasswords() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        SessionClient browser = signedIn(workspace.agent());
        String secret = json(browser.send("POST", "/api/v1/auth/two-factor/setup", Map.of())).get("secret").asString();
        browser.send("POST", "/api/v1/auth/two-factor/confirm", Map.of("code", TestTotp.code(secret, Instant.now())));

        SessionClient attacker = new SessionClient(workspaces.baseUrl(), "10.9." + (UUID.randomUUID().hashCode() & 255) + ".1",
                "Attacker");
        assertThat(attacker.login(workspace.agent().email(), workspace.agent().password()).statusCode()).isEqualTo(202);
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(attacker.send("POST", "/api/v1/auth/login/two-factor", Map.of("code", String.format("%06d", i)))
                    .statusCode());
        }
        assertThat(statuses.subList(0, 5)).containsOnly(401);
        assertThat(statuses.subList(5, 8)).containsOnly(429);
    }

    @Test
    void wrongCodesToTurnItOffAreThrottledAndItCannotBeReplacedWithoutOne() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        SessionClient stolen = new SessionClient(workspaces.baseUrl(), "10.8." + (UUID.randomUUID().hashCode() & 255) + ".1",
                "Stolen session");
        assertThat(stolen.login(workspace.agent().email(), workspace.agent().password()).statusCode()).isEqualTo(200);
        String secret = json(stolen.send("POST", "/api/v1/auth/two-factor/setup", Map.of())).get("secret").asString();
        stolen.send("POST", "/api/v1/auth/two-factor/confirm", Map.of("code", TestTotp.code(secret, Instant.now())));

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            statuses.add(stolen.send("POST", "/api/v1/auth/two-factor/disable", Map.of("code", String.format("%06d", i)))
                    .statusCode());
        }
        assertThat(statuses.subList(0, 5)).containsOnly(422);
        assertThat(statuses.subList(5, 8)).containsOnly(429);
        assertThat(json(stolen.get("/api/v1/auth/me")).get("twoFactorEnabled").asBoolean()).isTrue();
        assertThat(stolen.send("POST", "/api/v1/auth/two-factor/setup", Map.of()).statusCode())
                .as("nor replaced by a secret of the session's choosing without a code").isEqualTo(422);
    }

    private SessionClient signedIn(TestWorkspaces.StaffAccount account) {
        SessionClient browser = new SessionClient(workspaces.baseUrl());
        assertThat(browser.login(account.email(), account.password()).statusCode()).isEqualTo(200);
        return browser;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return TestApi.json().readTree(response.body());
    }
}
