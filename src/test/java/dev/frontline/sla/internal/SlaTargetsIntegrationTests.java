package dev.frontline.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.channels.Channel;
import dev.frontline.sla.BusinessHours;
import dev.frontline.sla.SlaMetric;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Time to accept and to answer, tier conditions, re-evaluation written on the timeline, and a team change
 * moving business-time clocks to the new team's calendar.
 */
@IntegrationTest
class SlaTargetsIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    BusinessHours businessHours;

    @Autowired
    JdbcTemplate jdbc;

    TestWorkspaces.Workspace workspace;
    TestApi supervisor;
    TestApi admin;

    @BeforeEach
    void setUp() {
        workspace = workspaces.create();
        supervisor = workspace.supervisor().api();
        admin = workspace.admin().api();
    }

    String inbound(Channel channel, String from, String text) {
        return workspaces.inbound(workspace, channel, Map.of("from", Map.of("address", from), "text", text));
    }

    Map<String, JsonNode> clocks(String conversation) {
        TestApi.Response response = supervisor.get("/api/v1/conversations/" + conversation + "/sla");
        assertThat(response.status()).isEqualTo(200);
        Map<String, JsonNode> byMetric = new java.util.HashMap<>();
        response.json().forEach(clock -> byMetric.put(clock.get("metric").asString(), clock));
        return byMetric;
    }

    List<JsonNode> timeline(String conversation, String kind) {
        List<JsonNode> entries = new ArrayList<>();
        supervisor.get("/api/v1/conversations/" + conversation + "/timeline").json().forEach(entry -> {
            if (entry.get("kind").asString().equals(kind)) {
                entries.add(entry);
            }
        });
        return entries;
    }

    @Test
    void aChatHasTenSecondsToBeAcceptedACallTwentyToBeAnsweredAndAnEmailNeither() {
        String chat = inbound(Channel.CHAT, "visitor-accept", "Hi");
        JsonNode accept = clocks(chat).get("TIME_TO_ACCEPT");
        assertThat(accept.get("state").asString()).isEqualTo("RUNNING");
        assertThat(accept.get("targetSeconds").asLong()).isEqualTo(10);
        assertThat(clocks(chat)).doesNotContainKey("TIME_TO_ANSWER");

        String call = inbound(Channel.VOICE, "+82 2 555 0100", "Incoming call");
        assertThat(clocks(call).get("TIME_TO_ANSWER").get("targetSeconds").asLong()).isEqualTo(20);
        assertThat(clocks(call)).doesNotContainKey("TIME_TO_ACCEPT");

        String email = inbound(Channel.EMAIL, "accept@example.com", "Hello");
        assertThat(clocks(email)).doesNotContainKeys("TIME_TO_ACCEPT", "TIME_TO_ANSWER");

        assertThat(supervisor.put("/api/v1/conversations/" + chat + "/assignment",
                Map.of("assigneeId", workspace.agent().id().value().toString())).status()).isEqualTo(200);
        JsonNode accepted = clocks(chat).get("TIME_TO_ACCEPT");
        assertThat(accepted.get("state").asString()).as("taken by an agent within 10 s").isEqualTo("ACHIEVED");
        assertThat(clocks(chat).get("FIRST_RESPONSE").get("state").asString()).as("still to answer").isEqualTo("RUNNING");
        assertThat(clocks(call).get("TIME_TO_ANSWER").get("state").asString()).isEqualTo("RUNNING");
    }

    @Test
    void aTierChangeMovesTheConversationToTheTierPolicyAndTheTimelineSaysWhy() {
        assertThat(admin.post("/api/v1/sla/policies", Map.of("name", "VIP", "conditions", Map.of("tiers", List.of("VIP")),
                "targets", Map.of("FIRST_RESPONSE", "PT15M"), "businessTime", false)).status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/sla/policies", Map.of("name", "Standard",
                "targets", Map.of("FIRST_RESPONSE", "PT8H"), "businessTime", false)).status()).isEqualTo(201);
        String id = inbound(Channel.EMAIL, "tier@example.com", "My order");
        assertThat(clocks(id).get("FIRST_RESPONSE").get("policy").asString()).isEqualTo("Standard");
        String contact = supervisor.get("/api/v1/conversations/" + id).json().get("contactId").asString();

        assertThat(supervisor.patch("/api/v1/contacts/" + contact, Map.of("tier", "vip")).status()).isEqualTo(200);

        JsonNode first = clocks(id).get("FIRST_RESPONSE");
        assertThat(first.get("policy").asString()).isEqualTo("VIP");
        assertThat(first.get("targetSeconds").asLong()).isEqualTo(900);
        List<JsonNode> changes = timeline(id, "sla_policy_changed");
        assertThat(changes).hasSize(1);
        assertThat(changes.getFirst().get("detail").get("from").asString()).isEqualTo("Standard");
        assertThat(changes.getFirst().get("detail").get("to").asString()).isEqualTo("VIP");
        assertThat(changes.getFirst().get("detail").get("reason").asString()).isEqualTo("tier");
        JsonNode row = supervisor.get("/api/v1/inbox?view=all").json().get("items").get(0);
        assertThat(Instant.parse(row.get("sla").get("dueAt").asString())).as("the inbox follows the new target")
                .isEqualTo(Instant.parse(first.get("dueAt").asString()));

        assertThat(supervisor.patch("/api/v1/contacts/" + contact, Map.of("name", "Same tier")).status()).isEqualTo(200);
        assertThat(timeline(id, "sla_policy_changed")).as("nothing the policy depends on changed").hasSize(1);
    }

    @Test
    void aPolicyStoredBeforeTierConditionsStillReadsAndMatchesAnyTier() {
        jdbc.update("""
                        insert into sla_policies (id, workspace_id, name, position, definition, created_at, updated_at)
                        values (?, ?, 'Older', 0, ?, current_timestamp, current_timestamp)""",
                UUID.randomUUID(), workspace.id().value(), """
                        {"conditions":{"channels":[],"inboxIds":[],"priorities":[],"tags":[]},\
                        "targetSeconds":{"FIRST_RESPONSE":3600},"businessTime":false,"pauses":{}}""");
        JsonNode policy = supervisor.get("/api/v1/sla/policies").json().get(0);
        assertThat(policy.get("name").asString()).isEqualTo("Older");
        assertThat(policy.get("conditions").get("tiers").isEmpty()).isTrue();
        String id = inbound(Channel.EMAIL, "older-policy@example.com", "Hello");
        assertThat(clocks(id).get("FIRST_RESPONSE").get("policy").asString()).isEqualTo("Older");
    }

    @Test
    void aPriorityChangeIsRecordedOnTheTimelineWithItsReason() {
        assertThat(admin.post("/api/v1/sla/policies", Map.of("name", "Urgent", "conditions", Map.of("priorities", List.of("URGENT")),
                "targets", Map.of("FIRST_RESPONSE", "PT15M"), "businessTime", false)).status()).isEqualTo(201);
        assertThat(admin.post("/api/v1/sla/policies", Map.of("name", "Normal",
                "targets", Map.of("FIRST_RESPONSE", "PT8H"), "businessTime", false)).status()).isEqualTo(201);
        String id = inbound(Channel.EMAIL, "priority-timeline@example.com", "Down");
        assertThat(supervisor.patch("/api/v1/conversations/" + id, Map.of("priority", "URGENT")).status()).isEqualTo(200);

        List<JsonNode> changes = timeline(id, "sla_policy_changed");
        assertThat(changes).hasSize(1);
        assertThat(changes.getFirst().get("detail").get("reason").asString()).isEqualTo("priority");
        assertThat(changes.getFirst().get("actor").get("type").asString()).isEqualTo("AGENT");
    }

    @Test
    void aTeamChangeCountsBusinessTimeByTheNewTeamsCalendar() {
        assertThat(admin.put("/api/v1/business-hours", Map.of("timezone", "UTC", "alwaysOpen", true)).status()).isEqualTo(200);
        UUID team = UUID.fromString(admin.post("/api/v1/teams", Map.of("name", "Seoul desk")).json().get("id").asString());
        assertThat(admin.put("/api/v1/teams/" + team + "/business-hours", Map.of("timezone", "Asia/Seoul", "week", Map.of(
                "MONDAY", List.of(Map.of("from", "09:00", "to", "10:00"))))).status()).isEqualTo(200);
        assertThat(admin.post("/api/v1/sla/policies", Map.of("name", "Office", "targets", Map.of("FIRST_RESPONSE", "PT2H"),
                "businessTime", true)).status()).isEqualTo(201);
        String id = inbound(Channel.EMAIL, "team-calendar@example.com", "Question");
        JsonNode before = clocks(id).get("FIRST_RESPONSE");
        assertThat(Duration.between(Instant.parse(before.get("startedAt").asString()), Instant.parse(before.get("dueAt").asString())))
                .as("the workspace is always open").isEqualTo(Duration.ofHours(2));

        assertThat(supervisor.put("/api/v1/conversations/" + id + "/assignment", Map.of("teamId", team.toString())).status())
                .isEqualTo(200);

        JsonNode after = clocks(id).get("FIRST_RESPONSE");
        long elapsed = after.get("elapsedSeconds").asLong();
        Instant dueAt = Instant.parse(after.get("dueAt").asString());
        assertThat(dueAt).as("the rest of the two hours on Seoul Mondays 09:00-10:00, from about now")
                .isAfter(Instant.now().plus(Duration.ofDays(7)))
                .isBetween(businessHours.addBusinessTime(workspace.id(), team, Instant.now().minusSeconds(5), Duration.ofHours(2).minusSeconds(elapsed + 5)),
                        businessHours.addBusinessTime(workspace.id(), team, Instant.now(), Duration.ofHours(2).minusSeconds(elapsed)));
        assertThat(timeline(id, "sla_calendar_changed")).hasSize(1);

        assertThat(supervisor.put("/api/v1/conversations/" + id + "/assignment", Map.of("teamId", team.toString(),
                "assigneeId", workspace.agent().id().value().toString())).status()).isEqualTo(200);
        assertThat(timeline(id, "sla_calendar_changed")).as("same team: nothing moves").hasSize(1);
    }
}
