package dev.frontline.cannedresponses;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class CannedResponseApiIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    TestWorkspaces.Workspace workspace;
    TestApi agent;
    TestApi supervisor;

    @BeforeEach
    void setUp() {
        workspace = workspaces.create();
        agent = workspace.agent().api();
        supervisor = workspace.supervisor().api();
    }

    private String create(TestApi api, String shortcut, String title, String body, boolean shared) {
        TestApi.Response response = api.post("/api/v1/canned-responses",
                Map.of("shortcut", shortcut, "title", title, "body", body, "shared", shared));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    @Test
    void agentsSeeTheirOwnAndTheSharedResponsesButNotColleaguesPersonalOnes() {
        String shared = create(supervisor, "refund", "Refund issued", "Hi {{contact.name}}, your refund is on its way.", true);
        String mine = create(agent, "thanks", "Thanks", "Thank you for waiting, {{contact.name}}!", false);
        String supervisorsOwn = create(supervisor, "escalate", "Escalation", "I have escalated this.", false);

        JsonNode agentSees = agent.get("/api/v1/canned-responses").json();
        assertThat(agentSees.findValuesAsString("id")).containsExactly(mine, shared);
        assertThat(agentSees.get(1).get("shared").asBoolean()).isTrue();
        assertThat(agentSees.get(1).get("ownerId").asString()).isEqualTo(workspace.supervisor().id().toString());
        assertThat(supervisor.get("/api/v1/canned-responses").json().findValuesAsString("id"))
                .containsExactly(supervisorsOwn, shared);
        assertThat(agent.patch("/api/v1/canned-responses/" + supervisorsOwn, Map.of("title", "mine")).status()).isEqualTo(404);
        assertThat(agent.delete("/api/v1/canned-responses/" + supervisorsOwn).status()).isEqualTo(404);
        assertThat(workspaces.create().admin().api().get("/api/v1/canned-responses").json()).isEmpty();
    }

    @Test
    void onlySupervisorsManageSharedResponses() {
        String shared = create(supervisor, "hours", "Opening hours", "We are open 9-18.", true);
        String mine = create(agent, "hi", "Greeting", "Hello!", false);

        assertThat(agent.post("/api/v1/canned-responses", Map.of("shortcut", "x", "title", "x", "body", "x",
                "shared", true)).status()).isEqualTo(403);
        assertThat(agent.patch("/api/v1/canned-responses/" + shared, Map.of("body", "changed")).status()).isEqualTo(403);
        assertThat(agent.delete("/api/v1/canned-responses/" + shared).status()).isEqualTo(403);
        assertThat(agent.patch("/api/v1/canned-responses/" + mine, Map.of("shared", true)).status()).isEqualTo(403);

        JsonNode changed = agent.patch("/api/v1/canned-responses/" + mine, Map.of("body", "Hello there!")).json();
        assertThat(changed.get("body").asString()).isEqualTo("Hello there!");
        assertThat(changed.get("shortcut").asString()).isEqualTo("hi");
        assertThat(supervisor.patch("/api/v1/canned-responses/" + shared, Map.of("title", "Hours")).json()
                .get("title").asString()).isEqualTo("Hours");
        assertThat(supervisor.delete("/api/v1/canned-responses/" + shared).status()).isEqualTo(204);
        assertThat(agent.delete("/api/v1/canned-responses/" + mine).status()).isEqualTo(204);
        assertThat(agent.get("/api/v1/canned-responses").json()).isEmpty();
    }

    @Test
    void shortcutsAreUniquePerScopeAndHaveNoSpaces() {
        create(supervisor, "refund", "Refund", "Shared refund text", true);
        create(agent, "refund", "My refund", "My own refund text", false);

        assertThat(workspace.admin().api().post("/api/v1/canned-responses", Map.of("shortcut", "refund", "title", "t",
                "body", "b", "shared", true)).status()).isEqualTo(409);
        assertThat(agent.post("/api/v1/canned-responses", Map.of("shortcut", "refund", "title", "t", "body", "b",
                "shared", false)).status()).isEqualTo(409);
        assertThat(supervisor.post("/api/v1/canned-responses", Map.of("shortcut", "refund", "title", "t", "body", "b",
                "shared", false)).status()).as("a supervisor's personal scope is separate").isEqualTo(201);
        assertThat(agent.post("/api/v1/canned-responses", Map.of("shortcut", "two words", "title", "t", "body", "b",
                "shared", false)).status()).isEqualTo(400);
    }

    @Test
    void searchMatchesShortcutTitleAndBodyIgnoringCase() {
        String refund = create(supervisor, "refund-zh", "退款", "您好 {{contact.name}}，退款已经处理。", true);
        String delay = create(agent, "delay", "Delivery DELAY", "Your parcel is late.", false);
        create(agent, "login", "로그인", "비밀번호를 재설정해 주세요.", false);

        assertThat(agent.get("/api/v1/canned-responses?q=delay").json().findValuesAsString("id")).containsExactly(delay);
        assertThat(agent.get("/api/v1/canned-responses?q=PARCEL").json().findValuesAsString("id")).containsExactly(delay);
        assertThat(agent.get("/api/v1/canned-responses?q=" + URLEncoder.encode("退款", StandardCharsets.UTF_8)).json()
                .findValuesAsString("id")).containsExactly(refund);
        assertThat(agent.get("/api/v1/canned-responses?q=zh").json().findValuesAsString("id")).containsExactly(refund);
    }
}
