package dev.frontline.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.frontline.channels.Channel;
import dev.frontline.sla.SlaMetric;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The inbox list carries each conversation's next SLA deadline, sorts by it and filters by it. */
@IntegrationTest
class SlaInboxIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    TestWorkspaces.Workspace workspace;
    TestApi supervisor;

    @BeforeEach
    void setUp() {
        workspace = workspaces.create();
        supervisor = workspace.supervisor().api();
    }

    String inbound(Channel channel, String from, String text) {
        return workspaces.inbound(workspace, channel, Map.of("from", Map.of("address", from), "text", text));
    }

    void policy(String name, Map<String, Object> conditions, Map<String, String> targets) {
        assertThat(workspace.admin().api().post("/api/v1/sla/policies", Map.of("name", name, "conditions", conditions,
                "targets", targets, "businessTime", false)).status()).isEqualTo(201);
    }

    JsonNode inbox(String query) {
        TestApi.Response response = supervisor.get("/api/v1/inbox?view=all" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    JsonNode item(String id) {
        for (JsonNode item : inbox("&status=any").get("items")) {
            if (item.get("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("no conversation " + id + " in the inbox");
    }

    @Test
    void aRowCarriesTheMostUrgentRunningTargetWithItsWarningAndDueTime() {
        String id = inbound(Channel.EMAIL, "deadline@example.com", "Where is my parcel?");

        JsonNode sla = item(id).get("sla");
        JsonNode clock = clock(id, SlaMetric.FIRST_RESPONSE);
        assertThat(sla.get("target").asString()).as("first response is due before resolution").isEqualTo("FIRST_RESPONSE");
        assertThat(sla.get("dueAt").asString()).isEqualTo(clock.get("dueAt").asString());
        Instant started = Instant.parse(clock.get("startedAt").asString());
        assertThat(Instant.parse(sla.get("warnAt").asString())).as("75% of the 24 hours")
                .isEqualTo(started.plus(Duration.ofHours(18)));

        assertThat(supervisor.post("/api/v1/conversations/" + id + "/messages", Map.of("text", "On its way.")).status())
                .isEqualTo(201);
        assertThat(item(id).get("sla").get("target").asString()).as("replied: resolution is next").isEqualTo("RESOLUTION");

        assertThat(supervisor.patch("/api/v1/conversations/" + id, Map.of("status", "PENDING")).status()).isEqualTo(200);
        assertThat(item(id).get("sla").isNull()).as("waiting on the customer pauses resolution: nothing runs").isTrue();
    }

    @Test
    void sortingByDueTimePagesThroughOverdueThenSoonestThenTheRestExactlyOnce() {
        policy("Urgent", Map.of("tags", List.of("urgent")), Map.of("FIRST_RESPONSE", "PT1S"));
        policy("Quick", Map.of("priorities", List.of("HIGH")), Map.of("FIRST_RESPONSE", "PT10M"));
        policy("Slow", Map.of(), Map.of("FIRST_RESPONSE", "PT2H"));
        String slow = inbound(Channel.EMAIL, "slow@example.com", "No rush");
        String quick = inbound(Channel.EMAIL, "quick@example.com", "Fairly soon");
        assertThat(supervisor.patch("/api/v1/conversations/" + quick, Map.of("priority", "HIGH")).status()).isEqualTo(200);
        String overdue = inbound(Channel.EMAIL, "overdue@example.com", "Now!");
        assertThat(supervisor.patch("/api/v1/conversations/" + overdue, Map.of("tags", List.of("urgent"))).status())
                .isEqualTo(200);
        String none = inbound(Channel.EMAIL, "none@example.com", "Answered");
        assertThat(supervisor.post("/api/v1/conversations/" + none + "/messages", Map.of("text", "Done.")).status())
                .isEqualTo(201);
        await().atMost(Duration.ofSeconds(10)).until(() -> ids(inbox("&sla=breached")).equals(List.of(overdue)));

        List<String> walked = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = inbox("&sort=due&limit=1" + (cursor == null ? "" : "&cursor=" + cursor));
            walked.addAll(ids(page));
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        } while (cursor != null);
        assertThat(walked).containsExactly(overdue, quick, slow, none);

        assertThat(ids(inbox("&sla=running&sort=due"))).containsExactly(overdue, quick, slow);
        String view = supervisor.post("/api/v1/views", Map.of("name", "Breached", "shared", false,
                "filters", Map.of("sla", "breached"), "sort", "due")).json().get("id").asString();
        assertThat(ids(supervisor.get("/api/v1/inbox?view=" + view).json()))
                .as("a saved view keeps the filter").containsExactly(overdue);
        assertThat(supervisor.get("/api/v1/inbox/counts").json().get("views").get(view).asLong()).isEqualTo(1);
        assertThat(ids(inbox("&sla=on-track&sort=due"))).containsExactly(quick, slow);
        assertThat(ids(inbox("&sort=due&dueWithin=PT1H")))
                .as("due within the hour, overdue included").containsExactly(overdue, quick);
    }

    @Test
    void aConversationPastItsWarningIsAtRisk() {
        // At risk from 12 s (the warning share) to 16 s: a window wide enough for a loaded machine to see.
        policy("Short", Map.of(), Map.of("FIRST_RESPONSE", "PT16S"));
        String id = inbound(Channel.CHAT, "visitor-at-risk", "Hello?");
        await().atMost(Duration.ofSeconds(18)).until(() -> ids(inbox("&sla=at-risk")).contains(id));
        assertThat(ids(inbox("&sla=breached"))).doesNotContain(id);
    }

    @Test
    void badSlaFiltersAreProblems() {
        TestApi.Response state = supervisor.get("/api/v1/inbox?sla=late");
        assertThat(state.status()).isEqualTo(400);
        assertThat(state.header("Content-Type")).contains("application/problem+json");
        assertThat(state.body()).contains("breached, at-risk, on-track or running");
        TestApi.Response within = supervisor.get("/api/v1/inbox?dueWithin=tomorrow");
        assertThat(within.status()).isEqualTo(400);
        assertThat(within.body()).contains("ISO-8601 duration");
        assertThat(supervisor.get("/api/v1/inbox?sort=deadline").status()).isEqualTo(400);
    }

    JsonNode clock(String conversation, SlaMetric metric) {
        for (JsonNode clock : supervisor.get("/api/v1/conversations/" + conversation + "/sla").json()) {
            if (clock.get("metric").asString().equals(metric.name())) {
                return clock;
            }
        }
        throw new AssertionError("no " + metric + " clock");
    }
}
