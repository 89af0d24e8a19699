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
}
