package dev.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.SsoBrowser;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestOidcProvider;
import dev.frontline.support.TestWorkspaces;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;

/**
 * Single sign-on against a real OpenID provider (Spring Authorization Server) running in the test: the browser
 * side is a real HTTP client that follows the redirects and fills in the provider's login form.
 */
@IntegrationTest
class SingleSignOnIntegrationTests {

    private static TestOidcProvider provider;

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startProvider() {
        provider = new TestOidcProvider();
    }

    @AfterAll
    static void stopProvider() {
        provider.close();
    }

    /** A workspace with single sign-on at the test provider, for emails of its own random domain. */
    record Sso(TestWorkspaces.Workspace workspace, String domain, String clientId, String secret) {
    }

    @Test
    void aMemberSignsInAtTheProviderAndGetsABrowserSessionEvenWhereTwoFactorIsRequired() {
        Sso sso = configured(false);
        sso.workspace().admin().api().put("/api/v1/workspace/two-factor", Map.of("required", true));
        String person = person(sso.workspace().agent().email(), true, List.of());
        SsoBrowser browser = browser();

        HttpResponse<String> started = browser.start("someone@" + sso.domain().toUpperCase());
        assertThat(started.statusCode()).isEqualTo(200);
        String authorizationUrl = json(started).get("authorizationUrl").asString();
        Map<String, String> asked = query(authorizationUrl);
        assertThat(authorizationUrl).startsWith(provider.issuer() + "/oauth2/authorize");
        assertThat(asked).containsEntry("code_challenge_method", "S256").containsKeys("code_challenge", "nonce", "state")
                .containsEntry("client_id", sso.clientId()).containsEntry("login_hint", "someone@" + sso.domain().toUpperCase());
        assertThat(started.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("frontline_sso=").contains("HttpOnly", "SameSite=Lax"));

        HttpResponse<String> landed = browser.deliver(browser.signInAtProvider(authorizationUrl, person, "idp password"));

        assertThat(landed.statusCode()).isEqualTo(302);
        assertThat(landed.headers().firstValue("Location")).hasValue("/");
        JsonNode me = json(browser.get("/api/v1/auth/me"));
        assertThat(me.get("email").asString()).isEqualTo(sso.workspace().agent().email());
        assertThat(me.get("role").asString()).isEqualTo("AGENT");
        assertThat(browser.get("/api/v1/conversations").statusCode())
                .as("the provider is trusted for the second factor").isEqualTo(200);
        assertThat(jdbc.sql("select method from staff_sessions where user_id = ?")
                .param(sso.workspace().agent().id().value()).query(String.class).list()).containsExactly("sso");
        assertThat(actions(sso)).contains("sign_in.sso", "workspace.sso_changed");
    }

    @Test
    void theSecretIsWriteOnlyAndSealedAndOnlyAdminsSeeOrChangeTheSettings() {
        Sso sso = configured(false);
        TestApi.Response settings = sso.workspace().admin().api().get("/api/v1/workspace/sso");
        assertThat(settings.status()).isEqualTo(200);
        assertThat(settings.body()).doesNotContain(sso.secret());
        assertThat(settings.json().get("clientSecretSet").asBoolean()).isTrue();
        assertThat(settings.json().get("redirectUri").asString()).endsWith("/api/v1/auth/sso/callback");
        assertThat(settings.json().get("scopes").toString()).contains("openid");
        String stored = jdbc.sql("select client_secret from sso_providers where workspace_id = ?")
                .param(sso.workspace().id().value()).query(String.class).single();
        assertThat(stored).startsWith("v1:").doesNotContain(sso.secret());
        assertThat(actions(sso).toString()).doesNotContain(sso.secret());

        Map<String, Object> unchangedSecret = settingsBody(sso.domain(), sso.clientId(), null, true, false, Map.of());
        assertThat(sso.workspace().admin().api().put("/api/v1/workspace/sso", unchangedSecret).status()).isEqualTo(200);
        assertThat(jdbc.sql("select client_secret from sso_providers where workspace_id = ?")
                .param(sso.workspace().id().value()).query(String.class).single()).as("kept").isEqualTo(stored);

        assertThat(sso.workspace().agent().api().get("/api/v1/workspace/sso").status()).isEqualTo(403);
        assertThat(sso.workspace().supervisor().api().put("/api/v1/workspace/sso", Map.of("issuer", 1)).status())
                .as("403 before the body is looked at").isEqualTo(403);

        TestWorkspaces.Workspace other = workspaces.create();
        TestApi.Response taken = other.admin().api().put("/api/v1/workspace/sso",
                settingsBody(sso.domain(), "x", "y", false, false, Map.of()));
        assertThat(taken.status()).as("a domain signs in one workspace").isEqualTo(409);
        assertThat(other.admin().api().put("/api/v1/workspace/sso",
                settingsBody("other-" + sso.domain(), "x", null, true, false, Map.of())).status())
                .as("on without a secret").isEqualTo(422);
    }

    @Test
    void testingTheConnectionReadsTheDiscoveryDocumentOrSaysWhatIsWrong() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi.Response good = workspace.admin().api().post("/api/v1/workspace/sso/test", Map.of("issuer", provider.issuer()));
        assertThat(good.status()).isEqualTo(200);
        assertThat(good.json().get("issuer").asString()).isEqualTo(provider.issuer());
        assertThat(good.json().get("authorizationEndpoint").asString()).isEqualTo(provider.issuer() + "/oauth2/authorize");
        assertThat(good.json().get("jwkSetUri").asString()).startsWith(provider.issuer());

        TestApi.Response wrongPath = workspace.admin().api().post("/api/v1/workspace/sso/test",
                Map.of("issuer", provider.issuer() + "/not-an-issuer"));
        assertThat(wrongPath.status()).isEqualTo(422);
        assertThat(wrongPath.header("Content-Type")).startsWith("application/problem+json");
        assertThat(wrongPath.json().get("detail").asString()).startsWith("Could not use the discovery document of "
                + provider.issuer() + "/not-an-issuer");
        assertThat(workspace.agent().api().post("/api/v1/workspace/sso/test", Map.of("issuer", provider.issuer())).status())
                .isEqualTo(403);
    }

    @Test
    void anAnswerWithAStateThisBrowserDidNotStartOrAReplayedCodeSignsNobodyIn() {
        Sso sso = configured(false);
        String person = person(sso.workspace().agent().email(), true, List.of());
        SsoBrowser browser = browser();
        String callback = browser.signInAtProvider(json(browser.start(sso.domain())).get("authorizationUrl").asString(),
                person, "idp password");
        String code = query(callback).get("code");

        assertThat(failure(browser.deliver(callback.replaceAll("state=[^&]+", "state=forged"))))
                .as("wrong state").isEqualTo("state");
        assertThat(failure(browser().deliver(callback))).as("another browser (no binding cookie)").isEqualTo("state");
        assertThat(browser.deliver(callback).headers().firstValue("Location")).hasValue("/");
        assertThat(failure(browser.deliver(callback))).as("the same answer twice").isEqualTo("state");

        String secondState = query(json(browser.start(sso.domain())).get("authorizationUrl").asString()).get("state");
        assertThat(failure(browser.deliver(UriComponentsBuilder.fromUriString(callback).replaceQueryParam("state", secondState)
                .replaceQueryParam("code", code).build().toUriString())))
                .as("a used code under a fresh state: the provider refuses it").isEqualTo("token");
        assertThat(actions(sso)).contains("sign_in.sso_failed");
    }

    @Test
    void failedAnswersAreThrottledPerClientAddress() {
        SsoBrowser attacker = browser();
        List<String> reasons = new java.util.ArrayList<>();
        for (int i = 0; i < 24; i++) {
            reasons.add(failure(attacker.deliver("/api/v1/auth/sso/callback?code=guess-" + i + "&state=guess-" + i)));
        }
        assertThat(reasons.subList(0, 20)).as("the address's free failures").containsOnly("state");
        assertThat(reasons.subList(21, 24)).containsOnly("throttled");
        assertThat(failure(browser().deliver("/api/v1/auth/sso/callback?code=x&state=y")))
                .as("another address is not refused").isEqualTo("state");
    }

    @Test
    void anIdTokenForAnotherAudienceOrFromAnotherIssuerOrExpiredIsRefused() {
        Sso sso = configured(false);
        String email = sso.workspace().agent().email();
        Map<String, Object> otherAudience = Map.of("aud", List.of("another-app"));
        Map<String, Object> otherIssuer = Map.of("iss", "https://impostor.example");
        Map<String, Object> expired = Map.of("exp", Instant.now().minusSeconds(600), "iat", Instant.now().minusSeconds(1200));
        for (Map<String, Object> tampered : List.of(otherAudience, otherIssuer, expired)) {
            String person = person(email, true, List.of(), tampered);
            SsoBrowser browser = browser();
            String callback = browser.signInAtProvider(json(browser.start(sso.domain())).get("authorizationUrl").asString(),
                    person, "idp password");
            assertThat(failure(browser.deliver(callback))).as(tampered.toString()).isEqualTo("id_token");
            assertThat(browser.get("/api/v1/auth/me").statusCode()).isEqualTo(401);
        }
    }

    @Test
    void withoutJustInTimeUsersOnlyMembersWithAVerifiedEmailSignIn() {
        Sso sso = configured(false);
        SsoBrowser stranger = browser();
        String callback = stranger.signInAtProvider(json(stranger.start(sso.domain())).get("authorizationUrl").asString(),
                person("newcomer@" + sso.domain(), true, List.of("fl-admins")), "idp password");
        assertThat(failure(stranger.deliver(callback))).isEqualTo("unknown_user");
        assertThat(jdbc.sql("select count(*) from users where email = ?").param("newcomer@" + sso.domain())
                .query(Long.class).single()).isZero();

        SsoBrowser unverified = browser();
        callback = unverified.signInAtProvider(json(unverified.start(sso.domain())).get("authorizationUrl").asString(),
                person(sso.workspace().agent().email(), false, List.of()), "idp password");
        assertThat(failure(unverified.deliver(callback))).isEqualTo("email_unverified");
    }

    @Test
    void justInTimeUsersAreCreatedWithTheRoleTheirGroupsMapTo() {
        Sso sso = configured(true);
        String supervisorEmail = "lead-" + UUID.randomUUID().toString().substring(0, 6) + "@" + sso.domain();
        String agentEmail = "new-" + UUID.randomUUID().toString().substring(0, 6) + "@" + sso.domain();
        assertThat(signIn(sso, person(supervisorEmail, true, List.of("unrelated", "fl-supervisors")))
                .get("role").asString()).isEqualTo("SUPERVISOR");
        assertThat(signIn(sso, person(agentEmail, true, List.of("unrelated"))).get("role").asString())
                .as("the default role").isEqualTo("AGENT");
        assertThat(signIn(sso, person("boss-" + UUID.randomUUID().toString().substring(0, 6) + "@" + sso.domain(), true,
                List.of("fl-supervisors", "fl-admins"))).get("role").asString()).as("the highest mapped role").isEqualTo("ADMIN");
        assertThat(sso.workspace().admin().api().get("/api/v1/users").body()).contains(supervisorEmail, agentEmail);

        SsoBrowser outsider = browser();
        String callback = outsider.signInAtProvider(json(outsider.start(sso.domain())).get("authorizationUrl").asString(),
                person("guest@elsewhere.example", true, List.of("fl-admins")), "idp password");
        assertThat(failure(outsider.deliver(callback))).as("only the workspace's domains are created").isEqualTo("unknown_user");
        assertThat(actions(sso)).contains("user.created_by_sso");
    }

    @Test
    void turnedOffSingleSignOnStartsNothingAndFinishesNothingUnderWay() {
        Sso sso = configured(false);
        String person = person(sso.workspace().agent().email(), true, List.of());
        SsoBrowser browser = browser();
        String authorizationUrl = json(browser.start(sso.domain())).get("authorizationUrl").asString();

        assertThat(sso.workspace().admin().api().put("/api/v1/workspace/sso",
                settingsBody(sso.domain(), sso.clientId(), null, false, false, Map.of())).status()).isEqualTo(200);

        assertThat(failure(browser.deliver(browser.signInAtProvider(authorizationUrl, person, "idp password"))))
                .isEqualTo("disabled");
        HttpResponse<String> start = browser().start("x@" + sso.domain());
        assertThat(start.statusCode()).isEqualTo(404);
        assertThat(start.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void anUnreachableProviderIsAClearErrorWhenStarting() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        String domain = "down-" + UUID.randomUUID().toString().substring(0, 8) + ".example";
        Map<String, Object> body = settingsBody(domain, "client", "secret", true, false, Map.of());
        body.put("issuer", "http://127.0.0.1:9/down");
        assertThat(workspace.admin().api().put("/api/v1/workspace/sso", body).status()).isEqualTo(200);

        HttpResponse<String> start = browser().start("someone@" + domain);

        assertThat(start.statusCode()).isEqualTo(422);
        assertThat(json(start).get("detail").asString())
                .startsWith("Could not use the discovery document of http://127.0.0.1:9/down");
    }

    private JsonNode signIn(Sso sso, String person) {
        SsoBrowser browser = browser();
        String callback = browser.signInAtProvider(json(browser.start(sso.domain())).get("authorizationUrl").asString(),
                person, "idp password");
        assertThat(browser.deliver(callback).headers().firstValue("Location")).hasValue("/");
        return json(browser.get("/api/v1/auth/me"));
    }

    private Sso configured(boolean justInTime) {
        TestWorkspaces.Workspace workspace = workspaces.create();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String domain = "sso-" + suffix + ".example";
        String clientId = "frontline-" + suffix;
        String secret = "client secret " + UUID.randomUUID();
        provider.registerClient(clientId, secret, frontline() + "/api/v1/auth/sso/callback");
        TestApi.Response saved = workspace.admin().api().put("/api/v1/workspace/sso", settingsBody(domain, clientId, secret,
                true, justInTime, Map.of("fl-supervisors", "SUPERVISOR", "fl-admins", "ADMIN")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        return new Sso(workspace, domain, clientId, secret);
    }

    private static Map<String, Object> settingsBody(String domain, String clientId, String secret, boolean enabled,
                                                    boolean justInTime, Map<String, String> mapping) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("enabled", enabled);
        body.put("issuer", provider.issuer());
        body.put("clientId", clientId);
        body.put("clientSecret", secret);
        body.put("scopes", List.of("openid", "email", "profile"));
        body.put("roleClaim", "groups");
        body.put("roleMapping", mapping.entrySet().stream().map(e -> Map.of("value", e.getKey(), "role", e.getValue())).toList());
        body.put("defaultRole", "AGENT");
        body.put("justInTimeUsers", justInTime);
        body.put("emailDomains", List.of(domain));
        return body;
    }

    private static String person(String email, boolean verified, List<String> groups) {
        return person(email, verified, groups, Map.of());
    }

    /** A person at the provider with this email; {@code overrides} replace claims of their ID token. */
    private static String person(String email, boolean verified, List<String> groups, Map<String, Object> overrides) {
        String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("email", email);
        claims.put("email_verified", verified);
        claims.put("name", "Person " + username);
        claims.put("groups", groups);
        claims.putAll(overrides);
        provider.addPerson(username, "idp password", claims);
        return username;
    }

    private SsoBrowser browser() {
        return new SsoBrowser(frontline());
    }

    /** Frontline at 127.0.0.1 (the provider is at localhost, which it refuses as a redirect host): separate cookies. */
    private String frontline() {
        return "http://127.0.0.1:" + environment.getProperty("local.server.port");
    }

    private static String failure(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/login?sso_error=");
        return query(location).get("sso_error");
    }

    private List<String> actions(Sso sso) {
        return sso.workspace().admin().api().get("/api/v1/audit-log?limit=200").json().get("items")
                .findValuesAsString("action");
    }

    private static Map<String, String> query(String url) {
        Map<String, String> values = new LinkedHashMap<>();
        UriComponentsBuilder.fromUri(URI.create(url)).build().getQueryParams()
                .forEach((name, list) -> values.put(name, java.net.URLDecoder.decode(list.getFirst(), java.nio.charset.StandardCharsets.UTF_8)));
        return values;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return TestApi.json().readTree(response.body());
    }
}
