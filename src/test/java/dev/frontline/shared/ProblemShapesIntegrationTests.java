package dev.frontline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.RawHttp;
import dev.frontline.support.TestWorkspaces;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every error the API answers is problem+json, also those raised before Spring MVC runs: the container's
 * own rejections, Spring Security's firewall and filters, the error page. Requests go over a raw socket,
 * since an HTTP client refuses to send most of them.
 */
@IntegrationTest
class ProblemShapesIntegrationTests {

    private record Malformed(String name, String request, List<Integer> statuses) {
    }

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    Environment environment;

    RawHttp raw;

    @BeforeEach
    void connectRaw() {
        raw = new RawHttp(Integer.parseInt(environment.getProperty("local.server.port", "8080")));
    }

    @Test
    void everyMalformedOrRefusedApiRequestIsAnsweredWithProblemJson() {
        var workspace = workspaces.create();
        String admin = "Authorization: Bearer " + workspace.admin().api().token() + "\r\n";
        String agent = "Authorization: Bearer " + workspace.agent().api().token() + "\r\n";
        List<Malformed> requests = List.of(
                new Malformed("broken percent-encoding in the query", get("/api/v1/contacts?cursor=%%%", admin), List.of(400)),
                new Malformed("broken percent-encoding in the path", get("/api/v1/contacts/%zz", admin), List.of(400)),
                new Malformed("encoded slash in the path", get("/api/v1/contacts/a%2Fb", admin), List.of(400)),
                new Malformed("encoded dot segments", get("/api/v1/contacts/%2e%2e/audit", admin), List.of(400)),
                new Malformed("path parameter", get("/api/v1/contacts;jsessionid=x", admin), List.of(400)),
                new Malformed("over-long header", get("/api/v1/contacts", admin + "X-Padding: " + "a".repeat(20_000) + "\r\n"),
                        List.of(400, 431)),
                new Malformed("over-long URL", get("/api/v1/contacts?q=" + "a".repeat(20_000), admin), List.of(400, 414)),
                new Malformed("illegal character in the query", get("/api/v1/contacts?q=<x>", admin), List.of(400)),
                new Malformed("unknown method", "FROB /api/v1/contacts HTTP/1.1\r\nHost: localhost\r\n" + admin + "\r\n",
                        List.of(400, 405, 501)),
                new Malformed("unsupported media type", post("/api/v1/contacts", admin, "text/plain", "name=x"), List.of(415)),
                new Malformed("unreadable JSON", post("/api/v1/contacts", admin, "application/json", "{\"name\":"), List.of(400)),
                new Malformed("method not allowed", "DELETE /api/v1/contacts HTTP/1.1\r\nHost: localhost\r\n" + admin + "\r\n",
                        List.of(405)),
                new Malformed("unknown API path", get("/api/v1/no-such-thing", admin), List.of(404)),
                new Malformed("unknown API path asked for as HTML", get("/api/v1/no-such-thing", admin + "Accept: text/html\r\n"),
                        List.of(404)),
                new Malformed("id that is not a UUID", get("/api/v1/contacts/not-a-uuid", admin), List.of(400)),
                new Malformed("no credentials", get("/api/v1/contacts", ""), List.of(401)),
                new Malformed("unknown token", get("/api/v1/contacts", "Authorization: Bearer nope\r\n"), List.of(401)),
                new Malformed("agent on an admin-only actuator endpoint", get("/actuator/metrics", agent), List.of(403)),
                new Malformed("browser write without a CSRF token", post("/api/v1/contacts", "", "application/json", "{}"),
                        List.of(401, 403)));

        for (Malformed malformed : requests) {
            RawHttp.Answer answer = raw.send(malformed.request());
            assertThat(answer.status()).as(malformed.name() + ": " + answer.body()).isIn(malformed.statuses());
            assertThat(answer.headers().get("content-type")).as(malformed.name() + ": " + answer.body())
                    .startsWith("application/problem+json");
            JsonNode problem = JsonMapper.builder().build().readTree(answer.body());
            assertThat(problem.get("status").asInt()).as(malformed.name()).isEqualTo(answer.status());
            assertThat(problem.get("title").asString()).as(malformed.name()).isNotBlank();
            assertThat(answer.body()).as(malformed.name() + " tells no internals").doesNotContain("Exception", "Tomcat", "at org.");
        }
    }

    @Test
    void errorsOutsideTheApiAreProblemJsonToo() {
        for (String request : List.of(get("/no-such-file.png", "Accept: text/html\r\n"),
                get("/inbox/a%2Fb", "Accept: text/html\r\n"), get("/inbox/%zz", "Accept: text/html\r\n"))) {
            RawHttp.Answer answer = raw.send(request);

            assertThat(answer.status()).as(request).isIn(400, 404);
            assertThat(answer.headers().get("content-type")).as(request).startsWith("application/problem+json");
        }
    }

    private static String get(String path, String headers) {
        return "GET " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "\r\n";
    }

    private static String post(String path, String headers, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers + "Content-Type: " + contentType
                + "\r\nContent-Length: " + bytes.length + "\r\n\r\n" + body;
    }
}
