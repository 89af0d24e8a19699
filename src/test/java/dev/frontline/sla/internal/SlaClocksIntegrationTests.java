package dev.frontline.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.frontline.channels.Channel;
import dev.frontline.shared.WorkspaceEvent;
import dev.frontline.sla.BusinessHours;
import dev.frontline.sla.SlaBreached;
import dev.frontline.sla.SlaMetric;
import dev.frontline.sla.SlaWarning;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestEventStream;
import dev.frontline.support.TestWorkspaces;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class SlaClocksIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    SlaSweep sweep;

    @Autowired
    BusinessHours businessHours;

    TestWorkspaces.Workspace workspace;
    TestApi agent;

    @BeforeEach
    void setUp() {
        workspace = workspaces.create();
        agent = workspace.agent().api();
    }

    String inbound(Channel channel, String from, String text) {
        return workspaces.inbound(workspace, channel, Map.of("from", Map.of("address", from), "text", text));
    }

    JsonNode clock(String conversation, SlaMetric metric) {
        TestApi.Response response = agent.get("/api/v1/conversations/" + conversation + "/sla");
        assertThat(response.status()).isEqualTo(200);
        for (JsonNode clock : response.json()) {
            if (clock.get("metric").asString().equals(metric.name())) {
                return clock;
            }
        }
        throw new AssertionError("no " + metric + " clock in " + response.body());
    }

    void reply(String conversation) {
        assertThat(agent.post("/api/v1/conversations/" + conversation + "/messages", Map.of("text", "On it.")).status())
                .isEqualTo(201);
    }

    void status(String conversation, String status) {
        assertThat(agent.patch("/api/v1/conversations/" + conversation, Map.of("status", status)).status()).isEqualTo(200);
    }

    @Test
    void aChatStartsFirstResponseAndResolutionClocksByTheDefaultPolicyAndAReplyMeetsTheFirstResponse() {
        String id = inbound(Channel.CHAT, "visitor-sla-1", "Hello?");

        JsonNode first = clock(id, SlaMetric.FIRST_RESPONSE);
        assertThat(first.get("state").asString()).isEqualTo("RUNNING");
        assertThat(first.get("policy").asString()).isEqualTo("Live channels");
        assertThat(Duration.between(Instant.parse(first.get("startedAt").asString()),
                Instant.parse(first.get("dueAt").asString()))).isEqualTo(Duration.ofHours(1));
        assertThat(first.get("remainingSeconds").asLong()).isBetween(3500L, 3600L);
        assertThat(clock(id, SlaMetric.RESOLUTION).get("targetSeconds").asLong()).isEqualTo(Duration.ofDays(4).toSeconds());

        reply(id);

        JsonNode met = clock(id, SlaMetric.FIRST_RESPONSE);
        assertThat(met.get("state").asString()).isEqualTo("ACHIEVED");
        assertThat(met.get("breached").asBoolean()).isFalse();
        assertThat(met.get("dueAt").isNull()).isTrue();
        assertThat(met.get("stoppedAt").isNull()).isFalse();
        assertThat(clock(id, SlaMetric.RESOLUTION).get("state").asString()).isEqualTo("RUNNING");
    }

    @Test
    void eachCustomerMessageAfterAReplyStartsANewNextResponseClock() {
        String id = inbound(Channel.EMAIL, "sla-next@example.com", "Where is my order?");
        reply(id);

        inbound(Channel.EMAIL, "sla-next@example.com", "Any news?");
        JsonNode next = clock(id, SlaMetric.NEXT_RESPONSE);
        assertThat(next.get("state").asString()).isEqualTo("RUNNING");
        assertThat(next.get("policy").asString()).isEqualTo("Default");
        assertThat(next.get("targetSeconds").asLong()).isEqualTo(Duration.ofHours(24).toSeconds());
        reply(id);
        assertThat(clock(id, SlaMetric.NEXT_RESPONSE).get("state").asString()).isEqualTo("ACHIEVED");

        inbound(Channel.EMAIL, "sla-next@example.com", "And now?");
        JsonNode restarted = clock(id, SlaMetric.NEXT_RESPONSE);
        assertThat(restarted.get("state").asString()).isEqualTo("RUNNING");
        assertThat(Instant.parse(restarted.get("startedAt").asString())).isAfter(Instant.parse(next.get("startedAt").asString()));
        assertThat(restarted.get("elapsedSeconds").asLong()).isLessThan(60);
    }

    @Test
    void waitingOnTheCustomerPausesResolutionButNotFirstResponseAndReopeningResumes() {
        String id = inbound(Channel.EMAIL, "sla-pending@example.com", "Refund please");

        status(id, "PENDING");
        assertThat(clock(id, SlaMetric.RESOLUTION).get("state").asString()).isEqualTo("PAUSED");
        assertThat(clock(id, SlaMetric.RESOLUTION).get("dueAt").isNull()).isTrue();
        assertThat(clock(id, SlaMetric.FIRST_RESPONSE).get("state").asString()).isEqualTo("RUNNING");

        status(id, "OPEN");
        assertThat(clock(id, SlaMetric.RESOLUTION).get("state").asString()).isEqualTo("RUNNING");
        assertThat(clock(id, SlaMetric.RESOLUTION).get("dueAt").isNull()).isFalse();

        status(id, "RESOLVED");
        assertThat(clock(id, SlaMetric.RESOLUTION).get("state").asString()).isEqualTo("ACHIEVED");
        assertThat(clock(id, SlaMetric.FIRST_RESPONSE).get("state").asString())
                .as("resolved without a reply: the response clock waits for a reopening").isEqualTo("PAUSED");

        inbound(Channel.EMAIL, "sla-pending@example.com", "Still no refund");
        assertThat(clock(id, SlaMetric.RESOLUTION).get("state").asString()).as("reopened").isEqualTo("RUNNING");
        assertThat(clock(id, SlaMetric.FIRST_RESPONSE).get("state").asString()).isEqualTo("RUNNING");
    }

    @Test
    void raisingThePriorityMovesLiveClocksToTheMatchingPolicyKeepingTheirTime() {
        TestApi admin = workspace.admin().api();
        assertThat(admin.post("/api/v1/sla/policies", Map.of("name", "Urgent", "conditions", Map.of("priorities", List.of("URGENT")),
                "targets", Map.of("FIRST_RESPONSE", "PT15M", "RESOLUTION", "PT8H"), "businessTime", false)).status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/sla/policies", Map.of("name", "Everything else",
                "targets", Map.of("FIRST_RESPONSE", "PT8H"), "businessTime", false)).status()).isEqualTo(201);
        String id = inbound(Channel.EMAIL, "sla-urgent@example.com", "Server down");
        assertThat(clock(id, SlaMetric.FIRST_RESPONSE).get("policy").asString()).isEqualTo("Everything else");

        assertThat(agent.patch("/api/v1/conversations/" + id, Map.of("priority", "URGENT")).status()).isEqualTo(200);

        JsonNode urgent = clock(id, SlaMetric.FIRST_RESPONSE);
        assertThat(urgent.get("policy").asString()).isEqualTo("Urgent");
        assertThat(urgent.get("targetSeconds").asLong()).isEqualTo(900);
        assertThat(Duration.between(Instant.parse(urgent.get("startedAt").asString()),
                Instant.parse(urgent.get("dueAt").asString()))).isLessThanOrEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void policiesAreValidatedAndOnlyAdminsChangeThem() {
        TestApi admin = workspace.admin().api();
        assertThat(agent.get("/api/v1/sla/policies").json().findValuesAsString("name")).containsExactly("Live channels", "Default");
        assertThat(agent.post("/api/v1/sla/policies", Map.of("name", "Mine", "targets", Map.of("RESOLUTION", "P1D"))).status())
                .isEqualTo(403);

        TestApi.Response badDuration = admin.post("/api/v1/sla/policies", Map.of("name", "Bad", "targets",
                Map.of("RESOLUTION", "one day")));
        assertThat(badDuration.status()).isEqualTo(400);
        assertThat(badDuration.header("Content-Type")).contains("application/problem+json");
        assertThat(admin.post("/api/v1/sla/policies", Map.of("name", "Bad", "targets", Map.of("RESOLUTION", "PT0S"))).status())
                .isEqualTo(400);
        assertThat(admin.post("/api/v1/sla/policies", Map.of("name", "Bad", "targets", Map.of("RESOLUTION", "P1D"),
                "pauses", Map.of("OPEN", List.of("RESOLUTION")))).status()).isEqualTo(400);
        assertThat(admin.post("/api/v1/sla/policies", Map.of("name", "Bad", "targets", Map.of("NO_SUCH_METRIC", "P1D"))).status())
                .isEqualTo(400);

        JsonNode created = admin.post("/api/v1/sla/policies", Map.of("name", "VIP", "conditions", Map.of("tags", List.of("vip")),
                "targets", Map.of("RESOLUTION", "P1D"))).json();
        String policyId = created.get("id").asString();
        assertThat(created.get("businessTime").asBoolean()).isTrue();
        assertThat(admin.put("/api/v1/sla/policies/" + policyId, Map.of("name", "VIP customers",
                "targets", Map.of("RESOLUTION", "PT12H"))).json().get("targets").get("RESOLUTION").asString()).isEqualTo("PT12H");
        assertThat(agent.get("/api/v1/sla/policies").json().findValuesAsString("name")).containsExactly("VIP customers");

        assertThat(admin.delete("/api/v1/sla/policies/" + policyId).status()).isEqualTo(204);
        assertThat(admin.delete("/api/v1/sla/policies/" + policyId).status()).isEqualTo(404);
        assertThat(agent.get("/api/v1/sla/policies").json().findValuesAsString("name")).containsExactly("Live channels", "Default");
    }

    @Test
    void anotherWorkspaceSeesNeitherTheClocksNorThePolicies() {
        String id = inbound(Channel.CHAT, "visitor-sla-tenant", "Hi");
        workspace.admin().api().post("/api/v1/sla/policies", Map.of("name", "Private", "targets", Map.of("RESOLUTION", "P1D")));
        TestWorkspaces.Workspace other = workspaces.create();

        assertThat(other.admin().api().get("/api/v1/conversations/" + id + "/sla").status()).isEqualTo(404);
        assertThat(other.agent().api().get("/api/v1/sla/policies").json().findValuesAsString("name"))
                .containsExactly("Live channels", "Default");
        String policyId = workspace.admin().api().get("/api/v1/sla/policies").json().get(0).get("id").asString();
        assertThat(other.admin().api().delete("/api/v1/sla/policies/" + policyId).status()).isEqualTo(404);
    }

    /**
     * The sweep runs as if every node had been down past the due times (a "now" days ahead): each clock's
     * warning and breach fire once, late, even with two nodes sweeping at the same time.
     */
    @Test
    void warningsAndBreachesThatFellDueWhileDownFireOnceLateAcrossTwoConcurrentSweeps() throws Exception {
        String id = inbound(Channel.CHAT, "visitor-sla-sweep", "Anyone there?");
        Instant dueAt = Instant.parse(clock(id, SlaMetric.FIRST_RESPONSE).get("dueAt").asString());
        List<String> liveStream = TestEventStream.listen(workspaces.baseUrl(), agent.token());
        Instant afterRestart = Instant.now().plus(Duration.ofDays(30));

        CyclicBarrier together = new CyclicBarrier(2);
        CompletableFuture<List<WorkspaceEvent>> nodeA = CompletableFuture.supplyAsync(() -> sweepAll(together, afterRestart));
        CompletableFuture<List<WorkspaceEvent>> nodeB = CompletableFuture.supplyAsync(() -> sweepAll(together, afterRestart));
        List<WorkspaceEvent> fired = new ArrayList<>(nodeA.get());
        fired.addAll(nodeB.get());

        List<WorkspaceEvent> mine = fired.stream().filter(e -> e.workspaceId().equals(workspace.id())).toList();
        assertThat(mine).filteredOn(SlaWarning.class::isInstance).hasSize(3)
                .allSatisfy(e -> assertThat(((SlaWarning) e).late()).isTrue());
        assertThat(mine).filteredOn(SlaBreached.class::isInstance).extracting(e -> ((SlaBreached) e).metric())
                .containsExactlyInAnyOrder(SlaMetric.FIRST_RESPONSE, SlaMetric.RESOLUTION, SlaMetric.TIME_TO_ACCEPT);
        SlaBreached firstResponse = mine.stream().filter(SlaBreached.class::isInstance).map(SlaBreached.class::cast)
                .filter(e -> e.metric() == SlaMetric.FIRST_RESPONSE).findFirst().orElseThrow();
        assertThat(firstResponse.late()).isTrue();
        assertThat(firstResponse.dueAt()).isEqualTo(dueAt);
        assertThat(sweep.fireDue(afterRestart)).filteredOn(e -> e.workspaceId().equals(workspace.id())).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> liveStream.contains("event:sla.breached")
                && liveStream.stream().anyMatch(line -> line.contains("\"metric\":\"FIRST_RESPONSE\"") && line.contains("\"late\":true")));

        JsonNode breached = clock(id, SlaMetric.FIRST_RESPONSE);
        assertThat(breached.get("breached").asBoolean()).isTrue();
        assertThat(breached.get("state").asString()).as("still waiting for a reply").isEqualTo("RUNNING");
        reply(id);
        assertThat(clock(id, SlaMetric.FIRST_RESPONSE).get("state").asString()).isEqualTo("BREACHED");
        assertThat(sweep.fireDue(afterRestart)).filteredOn(e -> e.workspaceId().equals(workspace.id())).isEmpty();
    }

    @Test
    void aBusinessTimePolicyIsDueByTheWorkspaceCalendar() {
        TestApi admin = workspace.admin().api();
        assertThat(admin.put("/api/v1/business-hours", Map.of("timezone", "Asia/Seoul", "week", Map.of(
                "MONDAY", List.of(Map.of("from", "09:00", "to", "10:00")),
                "TUESDAY", List.of(Map.of("from", "09:00", "to", "10:00"))))).status()).isEqualTo(200);
        assertThat(admin.post("/api/v1/sla/policies", Map.of("name", "Office hours",
                "targets", Map.of("FIRST_RESPONSE", "PT90M"), "businessTime", true)).status()).isEqualTo(201);

        String id = inbound(Channel.EMAIL, "sla-business@example.com", "Invoice question");

        JsonNode first = clock(id, SlaMetric.FIRST_RESPONSE);
        Instant startedAt = Instant.parse(first.get("startedAt").asString());
        assertThat(first.get("businessTime").asBoolean()).isTrue();
        assertThat(Instant.parse(first.get("dueAt").asString()))
                .as("90 minutes of Monday and Tuesday 09:00-10:00 in Seoul")
                .isEqualTo(businessHours.addBusinessTime(workspace.id(), null, startedAt, Duration.ofMinutes(90)))
                .isAfter(startedAt.plus(Duration.ofHours(24)));
        assertThat(first.get("remainingSeconds").asLong() + first.get("elapsedSeconds").asLong()).isBetween(5399L, 5400L);
    }

    private List<WorkspaceEvent> sweepAll(CyclicBarrier together, Instant now) {
        try {
            together.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        List<WorkspaceEvent> fired = new ArrayList<>();
        List<WorkspaceEvent> batch;
        do {
            batch = sweep.fireDue(now);
            fired.addAll(batch);
        } while (!batch.isEmpty());
        return fired;
    }
}
