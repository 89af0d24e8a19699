package dev.frontline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class WorkspaceProfileIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void everyoneReadsTheProfileAndOnlyAdminsChangeIt() {
        TestWorkspaces.Workspace workspace = workspaces.create();

        JsonNode profile = workspace.agent().api().get("/api/v1/workspace").json();
        assertThat(profile.get("id").asString()).isEqualTo(workspace.id().toString());
        assertThat(profile.get("name").asString()).startsWith("Workspace ");
        assertThat(profile.get("timezone").asString()).isEqualTo("UTC");
        assertThat(profile.get("languages").valueStream().map(JsonNode::asString)).containsExactly("en");
        assertThat(profile.get("defaultLanguage").asString()).isEqualTo("en");

        Map<String, Object> change = Map.of("name", "Acme Support", "timezone", "Asia/Seoul",
                "languages", List.of("ko", "en", "zh-tw"), "defaultLanguage", "ko");
        assertThat(workspace.agent().api().patch("/api/v1/workspace", change).status()).isEqualTo(403);
        assertThat(workspace.supervisor().api().patch("/api/v1/workspace", change).status()).isEqualTo(403);
        TestApi.Response changed = workspace.admin().api().patch("/api/v1/workspace", change);

        assertThat(changed.status()).isEqualTo(200);
        JsonNode now = workspace.agent().api().get("/api/v1/workspace").json();
        assertThat(now.get("name").asString()).isEqualTo("Acme Support");
        assertThat(now.get("timezone").asString()).isEqualTo("Asia/Seoul");
        assertThat(now.get("languages").valueStream().map(JsonNode::asString)).containsExactly("ko", "en", "zh-TW");
        assertThat(now.get("defaultLanguage").asString()).isEqualTo("ko");
        assertThat(workspace.agent().api().get("/api/v1/auth/me").json().get("workspaceName").asString())
                .isEqualTo("Acme Support");
        assertThat(workspace.admin().api().get("/api/v1/audit-log").json().get("items").findValuesAsString("action"))
                .containsExactly("workspace.updated");
    }

    @Test
    void theDefaultLanguageIsAlwaysOneOfTheLanguages() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();

        assertThat(admin.patch("/api/v1/workspace", Map.of("defaultLanguage", "ko")).json().get("errors")
                .findValuesAsString("field")).containsExactly("defaultLanguage");
        assertThat(admin.patch("/api/v1/workspace", Map.of("timezone", "Nowhere/Else")).status()).isEqualTo(400);
        assertThat(admin.patch("/api/v1/workspace", Map.of("languages", List.of())).status()).isEqualTo(400);
        assertThat(admin.patch("/api/v1/workspace", Map.of("name", " ")).status()).isEqualTo(400);

        JsonNode dropped = admin.patch("/api/v1/workspace", Map.of("languages", List.of("ja", "ko"))).json();
        assertThat(dropped.get("defaultLanguage").asString()).as("the first language takes over").isEqualTo("ja");
        assertThat(admin.get("/api/v1/workspace").json().get("timezone").asString()).isEqualTo("UTC");
    }
}
