package dev.frontline.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Intraday on a day running at twice its forecast: for four weeks, every day had ten chats in the half hour two hours
 * before now and ten in the half hour two hours from now; today the earlier half hour brought twenty.
 */
@IntegrationTest
class IntradayApiIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    TestWorkspaces.Workspace workspace;
    TestApi supervisor;
    UUID queue;
    int under;
    int past;
    int ahead;
    ZoneId zone;
    LocalDateTime today;

    @BeforeEach
    void aDayRunningAtTwiceItsForecast() {
        workspace = workspaces.create();
        supervisor = workspace.supervisor().api();
        queue = UUID.fromString(workspace.admin().api().get("/api/v1/routing/queues").json().get(0).get("id").asString());
        zone = ZoneId.of(supervisor.get("/api/v1/workforce/forecast?queueId=" + queue + "&historyWeeks=3").json().get("zone").asString());
        LocalDateTime now = LocalDateTime.now(zone);
        under = (now.getHour() * 60 + now.getMinute()) / 30;
        assumeTrue(under >= 4 && under + 4 < 48, "two hours either side of now lie within today");
        past = under - 4;
        ahead = under + 4;
        today = now.truncatedTo(ChronoUnit.DAYS);
        for (int day = 1; day <= 28; day++) {
            QueueVisits.halfHour(jdbc, workspace, queue, today.minusDays(day), past, 10, zone);
            QueueVisits.halfHour(jdbc, workspace, queue, today.minusDays(day), ahead, 10, zone);
        }
        QueueVisits.halfHour(jdbc, workspace, queue, today, past, 20, zone);
    }

    @Test
    void theRestOfTheDayIsReforecastAndActionsAreSuggestedWithTheirServiceLevel() {
        workspace.agent().api().put("/api/v1/presence/me", Map.of("status", "AVAILABLE"));
        supervisor.put("/api/v1/presence/me", Map.of("status", "TRAINING", "reason", "Coaching"));

        TestApi.Response response = supervisor.get("/api/v1/workforce/intraday?queueId=" + queue
                + "&historyWeeks=4&averageHandleSeconds=600&targetServiceLevel=0.8&answerWithinSeconds=20");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode today = response.json();
        assertThat(today.get("ratio").asDouble()).isCloseTo(2.0, within(0.3));
        JsonNode intervals = today.get("intervals");
        assertThat(intervals).hasSize(48);
        assertThat(intervals.get(past).get("actual").asInt()).isEqualTo(20);
        assertThat(intervals.get(past).get("reforecast").isNull()).as("over").isTrue();
        assertThat(intervals.get(ahead).get("forecast").asDouble()).isCloseTo(10.0, within(1.0));
        assertThat(intervals.get(ahead).get("reforecast").asDouble()).isCloseTo(20.0, within(3.0));
        assertThat(intervals.get(ahead).get("agentsNeeded").asInt()).as("20 chats of 600 s in 30 min: 6.7 Erlangs").isBetween(8, 12);

        assertThat(today.get("staff").get("onLine").asInt()).isEqualTo(1);
        assertThat(today.get("staff").get("inTrainingOrMeeting").asInt()).isEqualTo(1);
        JsonNode peak = today.get("peak");
        assertThat(Instant.parse(peak.get("start").asString())).isEqualTo(Instant.parse(intervals.get(ahead).get("start").asString()));
        assertThat(peak.get("now").get("serviceLevel").asDouble()).isLessThan(0.8);
        List<String> actions = new ArrayList<>();
        peak.get("suggestions").forEach(suggestion -> actions.add(suggestion.get("action").asString()));
        assertThat(actions).as("training now is not training at the peak; nobody is scheduled").containsExactly("OFFER_OVERTIME");
        JsonNode overtime = peak.get("suggestions").get(0);
        assertThat(peak.get("now").get("agents").asInt()).as("no published schedule").isZero();
        assertThat(overtime.get("addedAgents").asInt()).isEqualTo(peak.get("agentsNeeded").asInt());
        assertThat(overtime.get("meetsTarget").asBoolean()).isTrue();
        assertThat(overtime.get("projection").get("serviceLevel").asDouble()).isGreaterThanOrEqualTo(0.8);
        assertThat(overtime.get("agents")).as("everyone with the skill is unscheduled today: admin, supervisor, agent").hasSize(3);
        assertThat(intervals.get(under).get("loggedIn").asInt()).as("the interval under way counts who is on line").isEqualTo(1);
        assertThat(intervals.get(under).get("projection").get("agents").asInt()).isEqualTo(1);
    }

    /**
     * A published schedule around the peak (the half hour two hours from now, 20 chats re-forecast): Ann and Eve work
     * through it, Ben has a break in it, Cy a training session; the half hours before and after it have all four on
     * the phones. Each interval's projected service level is Erlang C of those counts; cancelling Cy's training and
     * offering overtime to the unscheduled name them.
     */
    @Test
    void eachIntervalIsStaffedFromThePublishedScheduleAndTheSuggestionsNameTheAgents() {
        assumeTrue(ahead + 2 < 48, "the half hours up to an hour after the peak lie within today");
        UUID ann = workspaces.addAgent(workspace, "Ann Early").id().value();
        UUID eve = workspaces.addAgent(workspace, "Eve Steady").id().value();
        UUID ben = workspaces.addAgent(workspace, "Ben Break").id().value();
        UUID cy = workspaces.addAgent(workspace, "Cy Trainee").id().value();
        UUID dee = workspaces.addAgent(workspace, "Dee Home").id().value();
        LocalDateTime from = today.plusMinutes(30L * (ahead - 1));
        LocalDateTime peakStart = today.plusMinutes(30L * ahead);
        LocalDateTime to = today.plusMinutes(30L * (ahead + 2));
        PublishedShifts.on(jdbc, workspace, today)
                .shift(ann, from, to)
                .shift(eve, from, to)
                .shift(ben, from, to, new PublishedShifts.Away("BREAK", peakStart, peakStart.plusMinutes(30), "Break"))
                .shift(cy, from, to, new PublishedShifts.Away("MEETING", peakStart, peakStart.plusMinutes(30), "Product training"));

        JsonNode day = supervisor.get("/api/v1/workforce/intraday?queueId=" + queue
                + "&historyWeeks=4&averageHandleSeconds=120&targetServiceLevel=0.8&answerWithinSeconds=20").json();

        JsonNode intervals = day.get("intervals");
        assertThat(intervals.get(ahead - 2).get("scheduled").asInt()).isZero();
        assertThat(intervals.get(ahead - 1).get("scheduled").asInt()).isEqualTo(4);
        assertThat(intervals.get(ahead).get("scheduled").asInt()).as("Ben on break, Cy in training").isEqualTo(2);
        assertThat(intervals.get(ahead + 1).get("scheduled").asInt()).isEqualTo(4);
        assertThat(intervals.get(ahead + 2).get("scheduled").asInt()).isZero();
        for (int i = ahead - 1; i <= ahead + 1; i++) {
            JsonNode interval = intervals.get(i);
            JsonNode projection = interval.get("projection");
            double erlangs = interval.get("reforecast").asDouble() * 120 / 1800;
            assertThat(projection.get("agents").asInt()).isEqualTo(interval.get("scheduled").asInt());
            assertThat(projection.get("abandonment").isNull()).as("no patience known: Erlang C").isTrue();
            assertThat(projection.get("serviceLevel").asDouble()).as("interval " + i)
                    .isCloseTo(erlangCServiceLevel(erlangs, interval.get("scheduled").asInt(), 120, 20), within(1e-9));
        }
        assertThat(intervals.get(ahead).get("projection").get("serviceLevel").asDouble()).as("20 chats, 1.33 Erlangs, 2 agents").isBetween(0.3, 0.7);

        JsonNode peak = day.get("peak");
        assertThat(peak.get("now").get("agents").asInt()).isEqualTo(2);
        List<String> actions = new ArrayList<>();
        peak.get("suggestions").forEach(suggestion -> actions.add(suggestion.get("action").asString()));
        assertThat(actions).containsExactly("CANCEL_TRAINING", "OFFER_OVERTIME");
        JsonNode training = peak.get("suggestions").get(0);
        assertThat(training.get("agents")).hasSize(1);
        assertThat(training.get("agents").get(0).get("userId").asString()).isEqualTo(cy.toString());
        assertThat(training.get("agents").get(0).get("name").asString()).isEqualTo("Cy Trainee");
        assertThat(training.get("projection").get("serviceLevel").asDouble())
                .isCloseTo(erlangCServiceLevel(peak.get("contacts").asDouble() * 120 / 1800, 3, 120, 20), within(1e-9));
        JsonNode overtime = peak.get("suggestions").get(1);
        int missing = peak.get("agentsNeeded").asInt() - 2;
        assertThat(overtime.get("addedAgents").asInt()).isEqualTo(missing);
        List<String> offered = new ArrayList<>();
        overtime.get("agents").forEach(agent -> offered.add(agent.get("userId").asString()));
        assertThat(offered).hasSize(Math.min(missing, 4))
                .isSubsetOf(dee.toString(), workspace.agent().id().value().toString(), workspace.supervisor().id().value().toString(),
                        workspace.admin().id().value().toString());
    }

    /**
     * Mo is scheduled through the peak but holds an email now: the chat staff leave him out, and moving him shows the
     * chat queue's service level with him and the email work's (three emails a day in that half hour) without him.
     */
    @Test
    void movingAnEmailAgentShowsBothSidesServiceLevel() {
        TestWorkspaces.StaffAccount mo = workspaces.addAgent(workspace, "Mo Mail");
        UUID ann = workspaces.addAgent(workspace, "Ann Early").id().value();
        for (int day = 1; day <= 28; day++) {
            for (int email = 0; email < 3; email++) {
                QueueVisits.visit(jdbc, workspace, queue, "email", today.minusDays(day).plusMinutes(30L * ahead + email).atZone(zone).toInstant(),
                        10, "ANSWERED");
            }
        }
        PublishedShifts.on(jdbc, workspace, today)
                .shift(ann, today.plusMinutes(30L * ahead), today.plusMinutes(30L * (ahead + 1)))
                .shift(mo.id().value(), today.plusMinutes(30L * ahead), today.plusMinutes(30L * (ahead + 1)));
        mo.api().put("/api/v1/presence/me", Map.of("status", "AVAILABLE"));
        String email = workspaces.inbound(workspace, dev.frontline.channels.Channel.EMAIL, Map.of("from", Map.of("address", "mei@example.com"),
                "subject", "Invoice", "text", "Hi"));
        assertThat(supervisor.put("/api/v1/conversations/" + email + "/assignment", Map.of("assigneeId", mo.id().value())).status())
                .isEqualTo(200);

        JsonNode day = supervisor.get("/api/v1/workforce/intraday?queueId=" + queue
                + "&historyWeeks=4&averageHandleSeconds=120&targetServiceLevel=0.8&answerWithinSeconds=20&channel=chat").json();

        JsonNode peakInterval = day.get("intervals").get(ahead);
        assertThat(peakInterval.get("scheduled").asInt()).isEqualTo(2);
        assertThat(peakInterval.get("projection").get("agents").asInt()).as("Mo stays on email").isEqualTo(1);
        JsonNode peak = day.get("peak");
        JsonNode move = peak.get("suggestions").get(0);
        assertThat(move.get("action").asString()).isEqualTo("MOVE_FROM_EMAIL");
        assertThat(move.get("agents")).hasSize(1);
        assertThat(move.get("agents").get(0).get("name").asString()).isEqualTo("Mo Mail");
        assertThat(move.get("projection").get("agents").asInt()).isEqualTo(2);
        assertThat(move.get("projection").get("serviceLevel").asDouble())
                .isCloseTo(erlangCServiceLevel(peak.get("contacts").asDouble() * 120 / 1800, 2, 120, 20), within(1e-9));
        JsonNode emailSide = move.get("email");
        assertThat(emailSide.get("contacts").asDouble()).isCloseTo(3.0, within(0.5));
        assertThat(emailSide.get("before").get("agents").asInt()).isEqualTo(1);
        assertThat(emailSide.get("before").get("serviceLevel").asDouble())
                .isCloseTo(erlangCServiceLevel(emailSide.get("contacts").asDouble() * 120 / 1800, 1, 120, 20), within(1e-9));
        assertThat(emailSide.get("after").get("agents").asInt()).isZero();
        assertThat(emailSide.get("after").get("serviceLevel").asDouble()).as("nobody left on email").isZero();
    }

    /** Erlang C's service level written out: 1 - C(N, A) e^{-(N - A) t / AHT}; nothing answered when N <= A. */
    private static double erlangCServiceLevel(double erlangs, int agents, double handleSeconds, double answerWithinSeconds) {
        if (erlangs == 0) {
            return 1;
        }
        if (agents <= erlangs) {
            return 0;
        }
        double term = 1;
        double sum = 0;
        for (int k = 0; k < agents; k++) {
            sum += term;
            term = term * erlangs / (k + 1);
        }
        double top = term * agents / (agents - erlangs);
        double waits = top / (sum + top);
        return 1 - waits * Math.exp(-(agents - erlangs) * answerWithinSeconds / handleSeconds);
    }

    @Test
    void onlyAgentsWithTheQueuesSkillCountForItsServiceLevel() {
        TestApi admin = workspace.admin().api();
        assertThat(admin.put("/api/v1/routing/queues/" + queue, Map.of("name", "Default", "isDefault", true, "requiredSkill", "billing",
                "minProficiency", 3)).status()).isEqualTo(200);
        workspace.agent().api().put("/api/v1/presence/me", Map.of("status", "AVAILABLE"));
        supervisor.put("/api/v1/presence/me", Map.of("status", "TRAINING", "reason", "Coaching"));
        String today = "/api/v1/workforce/intraday?queueId=" + queue + "&historyWeeks=4&averageHandleSeconds=600&targetServiceLevel=0.8";

        JsonNode withoutSkill = supervisor.get(today).json().get("staff");
        assertThat(withoutSkill.get("onLine").asInt()).as("the agent lacks billing").isZero();
        assertThat(withoutSkill.get("inTrainingOrMeeting").asInt()).as("the supervisor too").isZero();

        assertThat(admin.put("/api/v1/routing/profiles/" + workspace.agent().id().value(), Map.of("skills", Map.of("billing", 4),
                "capacity", Map.of("chat", 3, "email", 5, "messaging", 5, "voice", 1, "total", 6))).status()).isEqualTo(200);
        JsonNode withSkill = supervisor.get(today).json();
        assertThat(withSkill.get("staff").get("onLine").asInt()).isEqualTo(1);
        assertThat(withSkill.get("intervals").get(under).get("loggedIn").asInt()).isEqualTo(1);
        assertThat(withSkill.get("intervals").get(under).get("projection").get("agents").asInt()).isEqualTo(1);
    }

    @Test
    void intradayIsForSupervisorsOfTheQueuesWorkspace() {
        assertThat(workspace.agent().api().get("/api/v1/workforce/intraday?queueId=" + queue).status()).isEqualTo(403);
        assertThat(workspaces.create().supervisor().api().get("/api/v1/workforce/intraday?queueId=" + queue).status()).isEqualTo(404);
        TestApi.Response badTarget = supervisor.get("/api/v1/workforce/intraday?queueId=" + queue + "&averageHandleSeconds=600&targetServiceLevel=2");
        assertThat(badTarget.status()).isEqualTo(400);
        assertThat(badTarget.json().get("errors").get(0).get("field").asString()).isEqualTo("targetServiceLevel");
    }
}
