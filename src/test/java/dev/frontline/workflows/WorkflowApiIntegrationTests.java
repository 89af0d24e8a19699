package dev.frontline.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.channels.Channel;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class WorkflowApiIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    TestWorkspaces.Workspace workspace;
    TestApi supervisor;
    TestApi agent;
    String article;
    String cannedReply;
    String tierTwo;

    @BeforeEach
    void setUp() {
        workspace = workspaces.create();
        supervisor = workspace.supervisor().api();
        agent = workspace.agent().api();
        article = created(supervisor.post("/api/v1/knowledge/articles", Map.of("title", "Router power checklist",
                "body", "<p>Check the plug.</p>", "language", "en", "audience", "INTERNAL", "status", "PUBLISHED")));
        cannedReply = created(supervisor.post("/api/v1/canned-responses", Map.of("shortcut", "power",
                "title", "Power advice", "body", "Please check that the router is plugged in.", "shared", true)));
        tierTwo = created(workspace.admin().api().post("/api/v1/routing/queues", Map.of("name", "Tier 2", "push", false)));
    }

    private static String created(TestApi.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static Map<String, Object> step(String id, String title, String question, List<Map<String, Object>> answers,
                                            List<Map<String, Object>> actions) {
        Map<String, Object> step = new HashMap<>();
        step.put("id", id);
        step.put("title", title);
        step.put("body", "<p>" + title + "</p><script>alert(1)</script>");
        step.put("question", question);
        step.put("answers", answers);
        step.put("actions", actions);
        return step;
    }

    private static Map<String, Object> answer(String id, String label, String next) {
        return Map.of("id", id, "label", label, "next", next);
    }

    /** Internet not working: lights off → power advice; lights on → restart; fixed, or escalate to tier 2. */
    private Map<String, Object> internetDefinition(String firstTitle) {
        return Map.of("start", "lights", "steps", List.of(
                step("lights", firstTitle, "Are the router's lights on?",
                        List.of(answer("yes", "Yes", "restart"), answer("no", "No", "power")), List.of()),
                step("power", "Power problem", null, List.of(), List.of(
                        Map.of("type", "TAGS", "tags", List.of("Hardware", "router")),
                        Map.of("type", "PRIORITY", "priority", "HIGH"),
                        Map.of("type", "CANNED_REPLY", "cannedResponseId", cannedReply),
                        Map.of("type", "ARTICLE", "articleId", article))),
                step("restart", "Restart the router", "Did the restart fix it?",
                        List.of(answer("fixed", "Yes", "fixed"), answer("broken", "No", "escalate")), List.of()),
                step("fixed", "Fixed by a restart", null, List.of(), List.of(Map.of("type", "TAGS", "tags", List.of("restart")))),
                step("escalate", "Escalated", null, List.of(), List.of(Map.of("type", "ESCALATE", "queueId", tierTwo)))));
    }

    private String publishedWorkflow(String name, String language) {
        String id = created(supervisor.post("/api/v1/workflows", Map.of("name", name, "language", language,
                "definition", internetDefinition("Check the router lights"))));
        assertThat(supervisor.post("/api/v1/workflows/" + id + "/status", Map.of("status", "PUBLISHED")).status()).isEqualTo(200);
        return id;
    }

    private String conversation() {
        return workspaces.inbound(workspace, Channel.EMAIL, Map.of("from", Map.of("address", "ada@example.com", "name", "Ada"),
                "subject", "No internet", "text", "My internet is down"));
    }

    private static JsonNode ok(TestApi.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
        return response.json();
    }

    private JsonNode start(String conversation, String workflow) {
        return ok(agent.post("/api/v1/conversations/" + conversation + "/workflow-run", Map.of("workflowId", workflow)));
    }

    private JsonNode answer(JsonNode run, String answerId) {
        return ok(agent.post("/api/v1/workflow-runs/" + run.get("id").asString() + "/answer",
                Map.of("stepId", run.get("step").get("id").asString(), "answerId", answerId)));
    }

    private List<JsonNode> workflowTimeline(String conversation) {
        List<JsonNode> entries = new ArrayList<>();
        supervisor.get("/api/v1/conversations/" + conversation + "/timeline").json().valueStream()
                .filter(entry -> entry.get("kind").asString().startsWith("workflow_")).forEach(entries::add);
        return entries;
    }

    @Test
    void aDefinitionMustBeATreeWithAnOutcomeAndExistingReferences() {
        Map<String, Object> dangling = Map.of("start", "a", "steps", List.of(
                step("a", "A", "?", List.of(answer("x", "X", "nowhere")), List.of())));
        Map<String, Object> cycle = Map.of("start", "a", "steps", List.of(
                step("a", "A", "?", List.of(answer("x", "X", "b")), List.of()),
                step("b", "B", "?", List.of(answer("back", "Again", "a"), answer("done", "Done", "c")), List.of()),
                step("c", "C", null, List.of(), List.of())));
        Map<String, Object> noOutcome = Map.of("start", "a", "steps", List.of(
                step("a", "A", "?", List.of(answer("x", "X", "a")), List.of())));
        Map<String, Object> actionsOnAQuestion = Map.of("start", "a", "steps", List.of(
                step("a", "A", "?", List.of(answer("x", "X", "b")), List.of(Map.of("type", "PRIORITY", "priority", "HIGH"))),
                step("b", "B", null, List.of(), List.of())));
        Map<String, Object> unknownQueue = Map.of("start", "a", "steps", List.of(
                step("a", "A", null, List.of(), List.of(Map.of("type", "ESCALATE", "queueId", article)))));
        Map<String, Object> unreachable = Map.of("start", "a", "steps", List.of(
                step("a", "A", null, List.of(), List.of()), step("b", "B", null, List.of(), List.of())));

        assertThat(invalidField(dangling)).isEqualTo("definition.steps[0].answers[0].next");
        assertThat(invalidField(cycle)).isEqualTo("definition.steps[0]");
        assertThat(invalidField(noOutcome)).isEqualTo("definition.steps");
        assertThat(invalidField(actionsOnAQuestion)).isEqualTo("definition.steps[0].actions");
        assertThat(invalidField(unknownQueue)).isEqualTo("definition.steps[0].actions[0].queueId");
        assertThat(invalidField(unreachable)).isEqualTo("definition.steps[1]");
        assertThat(agent.post("/api/v1/workflows", Map.of("name", "Mine", "language", "en",
                "definition", internetDefinition("x"))).status()).isEqualTo(403);
        assertThat(supervisor.post("/api/v1/workflows", Map.of("name", "Klingon", "language", "tlh",
                "definition", internetDefinition("x"))).status()).isEqualTo(400);
    }

    private String invalidField(Map<String, Object> definition) {
        TestApi.Response response = supervisor.post("/api/v1/workflows", Map.of("name", "Broken", "language", "en",
                "definition", definition));
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        return response.json().get("errors").get(0).get("field").asString();
    }

    @Test
    void stepBodiesAreSanitizedAndTheListFiltersByLanguageShowingAgentsPublishedOnes() {
        String english = publishedWorkflow("Internet not working", "en");
        String korean = publishedWorkflow("인터넷 연결 안 됨", "ko");
        String draft = created(supervisor.post("/api/v1/workflows", Map.of("name", "Draft", "language", "en",
                "definition", internetDefinition("Lights"))));

        assertThat(supervisor.get("/api/v1/workflows/" + english).json().get("definition").get("steps").get(0)
                .get("body").asString()).isEqualTo("<p>Check the router lights</p>");
        assertThat(supervisor.get("/api/v1/workflows?language=en").json().findValuesAsString("id")).containsExactly(draft, english);
        assertThat(agent.get("/api/v1/workflows?language=en").json().findValuesAsString("id")).containsExactly(english);
        assertThat(agent.get("/api/v1/workflows?language=ko").json().findValuesAsString("id")).containsExactly(korean);
        assertThat(agent.get("/api/v1/workflows/" + draft).status()).isEqualTo(404);
        assertThat(workspaces.create().supervisor().api().get("/api/v1/workflows/" + english).status()).isEqualTo(404);
    }

    @Test
    void anAgentIsWalkedThroughEachMoveIsOnTheTimelineAndTheOutcomesActionsAreApplied() {
        String workflow = publishedWorkflow("Internet not working", "en");
        String conversation = conversation();

        JsonNode run = start(conversation, workflow);
        assertThat(run.get("step").get("question").asString()).isEqualTo("Are the router's lights on?");
        run = answer(run, "yes");
        assertThat(run.get("step").get("id").asString()).isEqualTo("restart");
        assertThat(ok(agent.get("/api/v1/conversations/" + conversation + "/workflow-run")).get("id").asString())
                .as("resumed after a reload").isEqualTo(run.get("id").asString());
        TestApi.Response stale = agent.post("/api/v1/workflow-runs/" + run.get("id").asString() + "/answer",
                Map.of("stepId", "lights", "answerId", "no"));
        assertThat(stale.status()).isEqualTo(409);
        run = ok(agent.post("/api/v1/workflow-runs/" + run.get("id").asString() + "/back", Map.of("stepId", "restart")));
        assertThat(run.get("step").get("id").asString()).isEqualTo("lights");
        run = answer(run, "no");

        assertThat(run.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(run.get("step").get("title").asString()).isEqualTo("Power problem");
        assertThat(run.get("path").findValuesAsString("answer")).containsExactly("No");
        JsonNode results = run.get("results");
        assertThat(results.findValuesAsString("type")).containsExactly("TAGS", "PRIORITY", "CANNED_REPLY", "ARTICLE");
        assertThat(results.get(2).get("text").asString()).isEqualTo("Please check that the router is plugged in.");
        assertThat(results.get(3).get("title").asString()).isEqualTo("Router power checklist");
        JsonNode updated = agent.get("/api/v1/conversations/" + conversation).json();
        assertThat(updated.get("priority").asString()).isEqualTo("HIGH");
        assertThat(updated.get("tags").valueStream().map(JsonNode::asString).toList()).contains("hardware", "router");
        assertThat(agent.get("/api/v1/conversations/" + conversation + "/workflow-run").status()).isEqualTo(204);

        List<JsonNode> timeline = workflowTimeline(conversation);
        assertThat(timeline).extracting(entry -> entry.get("kind").asString()).containsExactly("workflow_started",
                "workflow_answered", "workflow_back", "workflow_answered", "workflow_completed");
        assertThat(timeline.get(1).get("detail").get("answer").asString()).isEqualTo("Yes");
        assertThat(timeline.get(1).get("detail").get("next").asString()).isEqualTo("Restart the router");
        assertThat(timeline.get(4).get("detail").get("outcome").asString()).isEqualTo("Power problem");
        assertThat(timeline.get(4).get("actor").get("id").asString()).isEqualTo(workspace.agent().id().toString());
    }

    @Test
    void escalatingTransfersTheConversationToTheQueueAndARefusedTransferLeavesTheRunWhereItWas() {
        String workflow = publishedWorkflow("Internet not working", "en");
        String conversation = conversation();
        JsonNode run = answer(start(conversation, workflow), "yes");
        answerExpecting(run, "broken", 403); // nobody's conversation yet: not the agent's to transfer
        assertThat(ok(agent.get("/api/v1/workflow-runs/" + run.get("id").asString())).get("step").get("id").asString())
                .isEqualTo("restart");

        assertThat(agent.put("/api/v1/conversations/" + conversation + "/assignment",
                Map.of("assigneeId", workspace.agent().id().toString())).status()).isEqualTo(200);
        run = answer(run, "broken");

        assertThat(run.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(run.get("results").get(0).get("title").asString()).isEqualTo("Tier 2");
        assertThat(agent.get("/api/v1/conversations/" + conversation).json().get("assigneeId").isNull()).isTrue();
        JsonNode transferred = supervisor.get("/api/v1/conversations/" + conversation + "/timeline").json().valueStream()
                .filter(entry -> entry.get("kind").asString().equals("transferred")).findFirst().orElseThrow();
        assertThat(transferred.get("detail").get("toQueueName").asString()).isEqualTo("Tier 2");
    }

    private JsonNode answerExpecting(JsonNode run, String answerId, int status) {
        TestApi.Response response = agent.post("/api/v1/workflow-runs/" + run.get("id").asString() + "/answer",
                Map.of("stepId", run.get("step").get("id").asString(), "answerId", answerId));
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        return run;
    }

    @Test
    void editingAPublishedWorkflowMakesANewVersionAndRunsInProgressKeepTheirs() {
        String workflow = publishedWorkflow("Internet not working", "en");
        String first = conversation();
        JsonNode before = start(first, workflow);

        JsonNode edited = ok(supervisor.put("/api/v1/workflows/" + workflow,
                Map.of("definition", internetDefinition("Look at the router's lights"))));
        assertThat(edited.get("version").asInt()).isEqualTo(2);
        assertThat(edited.get("status").asString()).isEqualTo("PUBLISHED");

        JsonNode resumed = ok(agent.get("/api/v1/workflow-runs/" + before.get("id").asString()));
        assertThat(resumed.get("version").asInt()).isEqualTo(1);
        assertThat(resumed.get("step").get("title").asString()).isEqualTo("Check the router lights");
        String second = workspaces.inbound(workspace, Channel.EMAIL, Map.of("from", Map.of("address", "bo@example.com"),
                "subject", "Offline", "text", "No connection"));
        JsonNode after = start(second, workflow);
        assertThat(after.get("version").asInt()).isEqualTo(2);
        assertThat(after.get("step").get("title").asString()).isEqualTo("Look at the router's lights");
    }

    @Test
    void analyticsCountStartsCompletionsDropOffPerStepAndOutcomes() {
        String workflow = publishedWorkflow("Internet not working", "en");
        answer(start(conversation(), workflow), "no");
        String second = workspaces.inbound(workspace, Channel.EMAIL, Map.of("from", Map.of("address", "bo@example.com"),
                "subject", "Offline", "text", "No connection"));
        JsonNode stopped = answer(start(second, workflow), "yes");
        ok(agent.post("/api/v1/workflow-runs/" + stopped.get("id").asString() + "/stop", Map.of()));
        JsonNode replaced = answer(start(second, workflow), "no");
        String third = workspaces.inbound(workspace, Channel.EMAIL, Map.of("from", Map.of("address", "cy@example.com"),
                "subject", "Slow", "text", "Very slow"));
        answer(start(third, workflow), "yes");
        assertThat(agent.patch("/api/v1/conversations/" + third, Map.of("status", "RESOLVED")).status()).isEqualTo(200);

        JsonNode report = ok(supervisor.get("/api/v1/workflows/" + workflow + "/analytics"));
        assertThat(report.get("starts").asLong()).isEqualTo(4);
        assertThat(report.get("completions").asLong()).isEqualTo(2);
        assertThat(report.get("abandoned").asLong()).as("stopped, and left when the conversation was resolved").isEqualTo(2);
        JsonNode steps = report.get("steps");
        assertThat(steps.findValuesAsString("stepId")).containsExactly("lights", "power", "restart");
        assertThat(steps.get(0).get("reached").asLong()).isEqualTo(4);
        assertThat(steps.get(2).get("reached").asLong()).isEqualTo(2);
        assertThat(steps.get(2).get("leftHere").asLong()).isEqualTo(2);
        assertThat(steps.get(2).get("title").asString()).isEqualTo("Restart the router");
        assertThat(report.get("outcomes").get(0).get("stepId").asString()).isEqualTo("power");
        assertThat(report.get("outcomes").get(0).get("runs").asLong()).isEqualTo(2);
        assertThat(replaced.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(agent.get("/api/v1/workflows/" + workflow + "/analytics").status()).isEqualTo(403);
        assertThat(workflowTimeline(third)).extracting(entry -> entry.get("kind").asString()).last().isEqualTo("workflow_stopped");
    }
}
