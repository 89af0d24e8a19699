package dev.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class PlatformEndpointsIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        TestApi.Response document = workspaces.anonymous().get("/api/v1/openapi");

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("openapi").asString()).startsWith("3.");
        assertThat(document.json().get("components").get("securitySchemes").get("apiToken").get("scheme").asString())
                .isEqualTo("bearer");
        assertThat(document.json().get("paths").propertyNames())
                .contains("/api/v1/conversations", "/api/v1/inboxes/{id}/inbound", "/api/v1/contacts/{id}/overview",
                        "/api/v1/contacts/{id}/merge", "/api/v1/webhooks");
        assertThat(workspaces.anonymous().get("/api/v1/docs").status()).isIn(200, 302);
    }

    @Test
    void healthAndPrometheusMetricsAreExposed() {
        assertThat(workspaces.anonymous().get("/actuator/health").json().get("status").asString()).isEqualTo("UP");
        TestApi.Response metrics = workspaces.anonymous().getAccepting("/actuator/prometheus", "text/plain");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "hikaricp_connections");
    }

    @Test
    void theWebUiIsServedFromTheApplication() {
        TestApi.Response page = workspaces.anonymous().getAccepting("/", "text/html");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<div id=\"root\"></div>");
    }

    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; connect-src 'self'; frame-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Test
    void everyResponseCarriesTheStrictContentSecurityPolicy() {
        TestWorkspaces.Workspace workspace = workspaces.create();

        assertThat(workspaces.anonymous().getAccepting("/", "text/html").header("Content-Security-Policy"))
                .isEqualTo(CONTENT_SECURITY_POLICY);
        assertThat(workspaces.anonymous().getAccepting("/inbox/123", "text/html").header("Content-Security-Policy"))
                .isEqualTo(CONTENT_SECURITY_POLICY);
        TestApi.Response api = workspace.agent().api().get("/api/v1/auth/me");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.header("Content-Security-Policy")).isEqualTo(CONTENT_SECURITY_POLICY);
        assertThat(workspaces.anonymous().get("/api/v1/auth/me").header("Content-Security-Policy"))
                .as("also on errors").isEqualTo(CONTENT_SECURITY_POLICY);
        assertThat(api.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    /** The policy allows no inline script, so Swagger UI must load only its own script files. */
    @Test
    void swaggerUiWorksUnderThePolicy() {
        TestApi anonymous = workspaces.anonymous();
        TestApi.Response docs = anonymous.getAccepting("/api/v1/docs", "text/html");
        String page = docs.status() == 302
                ? docs.header("Location").replaceFirst("^https?://[^/]+", "")
                : "/api/v1/docs";
        TestApi.Response html = anonymous.getAccepting(page, "text/html");

        assertThat(html.status()).isEqualTo(200);
        assertThat(html.header("Content-Security-Policy")).isEqualTo(CONTENT_SECURITY_POLICY);
        assertThat(html.body()).contains("swagger-ui-bundle.js", "swagger-initializer.js")
                .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
        String base = page.substring(0, page.lastIndexOf('/') + 1);
        TestApi.Response initializer = anonymous.getAccepting(base + "swagger-initializer.js", "*/*");
        assertThat(initializer.status()).isEqualTo(200);
        assertThat(initializer.body()).contains("/api/v1/openapi");
        assertThat(anonymous.getAccepting(base + "swagger-ui-bundle.js", "*/*").status()).isEqualTo(200);
    }

    @Test
    void deepLinksOfTheWebUiServeItsIndexPage() {
        TestApi browser = workspaces.anonymous();
        String index = browser.getAccepting("/", "text/html").body();

        for (String deepLink : new String[] {"/inbox/123", "/settings/users", "/conversations/0190/timeline"}) {
            TestApi.Response page = browser.getAccepting(deepLink, "text/html");
            assertThat(page.status()).as(deepLink).isEqualTo(200);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertThat(page.body()).as(deepLink).isEqualTo(index).contains("<div id=\"root\"></div>");
        }
        assertThat(browser.getAccepting("/assets/missing.js", "*/*").status()).as("files are not rewritten").isEqualTo(404);
        TestApi.Response unknownApi = browser.get("/api/v1/no-such-endpoint");
        assertThat(unknownApi.status()).isEqualTo(401);
        assertThat(unknownApi.body()).doesNotContain("root");
        assertThat(workspaces.create().agent().api().get("/api/v1/no-such-endpoint").status()).isEqualTo(404);
    }
}
