package dev.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.SessionClient;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class SignInThrottlingIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void aHundredWrongPasswordsAreThrottledThenLockedAndTheRightOneWorksFromAnotherAddressOnceUnlocked() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        SessionClient attacker = client(randomAddress());
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> last = null;

        for (int i = 0; i < 100; i++) {
            last = attacker.login(workspace.agent().email(), "guess number " + i);
            statuses.add(last.statusCode());
        }

        assertThat(statuses.subList(0, 5)).as("a few mistakes pass unnoticed").containsOnly(401);
        assertThat(statuses.subList(5, 100)).as("then every attempt is refused").containsOnly(429);
        assertThat(last.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow()))
                .as("locked for minutes, not seconds").isGreaterThan(60);

        SessionClient member = client(randomAddress());
        assertThat(member.login(workspace.agent().email(), workspace.agent().password()).statusCode())
                .as("the lock holds for the right password from anywhere").isEqualTo(429);

        TestApi admin = workspace.admin().api();
        assertThat(admin.get("/api/v1/users/sign-in-locks").json().findValuesAsString("userId"))
                .containsExactly(workspace.agent().id().value().toString());
        assertThat(workspace.supervisor().api().delete("/api/v1/users/" + workspace.agent().id() + "/sign-in-lock").status())
                .isEqualTo(403);
        assertThat(admin.delete("/api/v1/users/" + workspace.agent().id() + "/sign-in-lock").status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/users/sign-in-locks").json()).isEmpty();

        assertThat(member.login(workspace.agent().email(), workspace.agent().password()).statusCode()).isEqualTo(200);
        assertThat(attacker.login(workspace.agent().email(), workspace.agent().password()).statusCode())
                .as("the attacker's address stays locked on its own").isEqualTo(429);

        List<String> actions = new ArrayList<>();
        for (JsonNode entry : admin.get("/api/v1/audit-log?limit=200").json().get("items")) {
            actions.add(entry.get("action").asString());
        }
        assertThat(actions).as("five pass, the sixth starts the delays, the rest are refused unchecked")
                .filteredOn("sign_in.failed"::equals).hasSize(6);
        assertThat(actions).contains("sign_in.locked", "sign_in.address_locked", "sign_in.unlocked");
    }

    @Test
    void anUnknownEmailIsAnsweredExactlyLikeAWrongPassword() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        List<Integer> known = new ArrayList<>();
        List<Integer> unknown = new ArrayList<>();
        SessionClient first = client(randomAddress());
        SessionClient second = client(randomAddress());

        for (int i = 0; i < 12; i++) {
            known.add(first.login(workspace.supervisor().email(), "wrong " + i).statusCode());
            unknown.add(second.login("nobody-" + workspace.id() + "@test.local", "wrong " + i).statusCode());
        }

        assertThat(unknown).isEqualTo(known);
        assertThat(known).contains(401, 429);
    }

    @Test
    void aForwardedForHeaderIsBelievedOnlyFromATrustedProxy() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        String address = randomAddress();
        SessionClient client = client(address + ", 127.0.0.1");

        assertThat(client.login(workspace.agent().email(), workspace.agent().password()).statusCode()).isEqualTo(200);

        JsonNode sessions = TestApi.json().readTree(client.get("/api/v1/auth/sessions").body());
        assertThat(sessions.get(0).get("address").asString())
                .as("the rightmost address that is not a trusted proxy").isEqualTo(address);
    }

    @Test
    void changingYourOwnPasswordNeedsTheCurrentOneIsThrottledAndEndsYourOtherSessions() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        SessionClient laptop = client(randomAddress());
        SessionClient phone = client(randomAddress());
        assertThat(laptop.login(workspace.agent().email(), workspace.agent().password()).statusCode()).isEqualTo(200);
        assertThat(phone.login(workspace.agent().email(), workspace.agent().password()).statusCode()).isEqualTo(200);
        String path = "/api/v1/users/" + workspace.agent().id() + "/password";

        List<Integer> guesses = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            guesses.add(laptop.send("PUT", path, Map.of("password", "a new long password", "currentPassword", "guess " + i))
                    .statusCode());
        }
        assertThat(guesses.subList(0, 5)).containsOnly(403);
        assertThat(guesses.subList(5, 7)).containsOnly(429);
        List<String> actions = new ArrayList<>();
        for (JsonNode entry : workspace.admin().api().get("/api/v1/audit-log?limit=200").json().get("items")) {
            actions.add(entry.get("action").asString());
        }
        assertThat(actions).as("audited although the request fails").filteredOn("sign_in.failed"::equals).hasSize(6);

        workspace.admin().api().delete("/api/v1/users/" + workspace.agent().id() + "/sign-in-lock");
        assertThat(laptop.send("PUT", path, Map.of("password", "a new long password",
                "currentPassword", workspace.agent().password())).statusCode()).isEqualTo(204);

        assertThat(laptop.get("/api/v1/auth/me").statusCode()).isEqualTo(200);
        assertThat(phone.get("/api/v1/auth/me").statusCode()).as("the other session ended").isEqualTo(401);
        assertThat(client(randomAddress()).login(workspace.agent().email(), "a new long password").statusCode()).isEqualTo(200);
    }

    @Test
    void creatingApiTokensInBulkIsSlowedDown() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            statuses.add(workspace.agent().api().post("/api/v1/tokens", Map.of("name", "bulk " + i)).status());
        }
        assertThat(statuses.subList(0, 20)).containsOnly(201);
        assertThat(statuses.subList(20, 25)).containsOnly(429);
    }

    @Test
    void aMemberListsTheirSessionsAndEndsOne() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        SessionClient laptop = new SessionClient(workspaces.baseUrl(), randomAddress(), "Laptop browser");
        SessionClient phone = new SessionClient(workspaces.baseUrl(), randomAddress(), "Phone browser");
        laptop.login(workspace.agent().email(), workspace.agent().password());
        phone.login(workspace.agent().email(), workspace.agent().password());

        JsonNode sessions = TestApi.json().readTree(laptop.get("/api/v1/auth/sessions").body());
        assertThat(sessions.findValuesAsString("userAgent")).containsExactlyInAnyOrder("Laptop browser", "Phone browser");
        String phoneSession = null;
        for (JsonNode session : sessions) {
            assertThat(session.get("current").asBoolean()).isEqualTo(session.get("userAgent").asString().equals("Laptop browser"));
            if (!session.get("current").asBoolean()) {
                phoneSession = session.get("id").asString();
            }
        }
        assertThat(workspace.supervisor().api().delete("/api/v1/auth/sessions/" + phoneSession).status())
                .as("only one's own sessions").isEqualTo(404);
        CompletableFuture<Void> phoneStream = phone.openEventStream();
        assertThatThrownBy(() -> phoneStream.get(1, TimeUnit.SECONDS)).as("the stream is open")
                .isInstanceOf(TimeoutException.class);
        assertThat(laptop.send("DELETE", "/api/v1/auth/sessions/" + phoneSession, null, true).statusCode()).isEqualTo(204);

        assertThat(phoneStream).as("the ended session's live stream ends").succeedsWithin(Duration.ofSeconds(10));

        assertThat(phone.get("/api/v1/auth/me").statusCode()).isEqualTo(401);
        assertThat(laptop.get("/api/v1/auth/me").statusCode()).isEqualTo(200);
        assertThat(workspace.admin().api().get("/api/v1/users/" + workspace.agent().id() + "/sessions").json())
                .hasSize(1);
    }

    private SessionClient client(String forwardedFor) {
        return new SessionClient(workspaces.baseUrl(), forwardedFor, "Test browser");
    }

    private static String randomAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
    }
}
