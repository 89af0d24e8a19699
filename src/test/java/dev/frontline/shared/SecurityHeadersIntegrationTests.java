package dev.frontline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.channels.Channel;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.RawHttp;
import dev.frontline.support.TestWorkspaces;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Every kind of answer, pages (the UI, its deep links, the hosted chat page), the API, the widget's API and
 * the errors of each, down to those Tomcat writes itself, carries a Content-Security-Policy that runs no inline
 * or foreign script, a Referrer-Policy, a Permissions-Policy and nosniff.
 */
@IntegrationTest
class SecurityHeadersIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    Environment environment;

    @Test
    void pagesApiAnswersAndErrorsAllCarryTheSecurityHeaders() {
        var workspace = workspaces.create();
        String agent = "Authorization: Bearer " + workspace.agent().api().token() + "\r\n";
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("the UI", get("/", "Accept: text/html\r\n"));
        requests.put("a deep link of the UI", get("/inbox/123", "Accept: text/html\r\n"));
        requests.put("the hosted chat page", get("/chat/" + workspace.inbox(Channel.CHAT), "Accept: text/html\r\n"));
        requests.put("an API answer", get("/api/v1/auth/me", agent));
        requests.put("an API error", get("/api/v1/no-such-thing", agent));
        requests.put("a refused API request", get("/api/v1/contacts", ""));
        requests.put("a widget API error", get("/api/v1/widget/not-an-inbox/session", "Origin: https://shop.example\r\n"));
        requests.put("the firewall's rejection", get("/api/v1/contacts;x=y", agent));
        requests.put("the container's rejection", get("/api/v1/contacts/a%2Fb", agent));
        RawHttp raw = new RawHttp(Integer.parseInt(environment.getProperty("local.server.port", "8080")));

        requests.forEach((name, request) -> {
            RawHttp.Answer answer = raw.send(request);
            Map<String, String> headers = answer.headers();

            String policy = headers.get("content-security-policy");
            assertThat(policy).as(name).isNotNull();
            String scripts = directive(policy, "script-src").or(() -> directive(policy, "default-src")).orElseThrow();
            assertThat(scripts).as(name + ": " + policy).doesNotContain("'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http:", "https:");
            assertThat(directive(policy, "object-src").or(() -> directive(policy, "default-src"))).as(name).hasValue("'none'");
            assertThat(directive(policy, "frame-ancestors")).as(name).hasValue("'none'");
            assertThat(headers.get("referrer-policy")).as(name).isIn("no-referrer", "strict-origin-when-cross-origin");
            assertThat(headers.get("permissions-policy")).as(name).contains("camera=()", "microphone=()", "geolocation=()");
            assertThat(headers.get("x-content-type-options")).as(name).isEqualTo("nosniff");
            if (headers.getOrDefault("content-type", "").startsWith("text/html")) {
                assertThat(answer.body()).as(name + " runs no inline script")
                        .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContainPattern("\\son[a-z]+=");
            }
        });
    }

    private static Optional<String> directive(String policy, String name) {
        return Arrays.stream(policy.split(";")).map(String::trim).filter(d -> d.startsWith(name + " "))
                .map(d -> d.substring(name.length()).trim()).findFirst();
    }

    private static String get(String path, String headers) {
        return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "\r\n";
    }
}
