package dev.frontline.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.frontline.realtime.LiveEvents;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class BusinessHoursIntegrationTests {

    static final Instant WEDNESDAY_0300_UTC = Instant.parse("2026-11-25T03:00:00Z");

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    BusinessHours businessHours;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LiveEvents live;

    static Map<String, Object> hours(String timezone, Map<String, List<Map<String, String>>> week) {
        return Map.of("timezone", timezone, "week", week);
    }

    static Map<String, String> range(String from, String to) {
        return Map.of("from", from, "to", to);
    }

    static String ics() throws IOException {
        try (InputStream in = BusinessHoursIntegrationTests.class.getResourceAsStream("/ics/taiwan-holidays.ics")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aNewWorkspaceIsOpenWeekdaysNineToSixInItsOwnTimeZone() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        workspace.admin().api().patch("/api/v1/workspace", Map.of("timezone", "Asia/Taipei"));

        JsonNode calendar = workspace.agent().api().get("/api/v1/business-hours").json();

        assertThat(calendar.get("source").asString()).isEqualTo("DEFAULT");
        assertThat(calendar.get("timezone").asString()).isEqualTo("Asia/Taipei");
        assertThat(calendar.get("week").get("MONDAY").toString()).isEqualTo("[{\"from\":\"09:00\",\"to\":\"18:00\"}]");
        assertThat(calendar.get("week").get("SATURDAY").isEmpty()).isTrue();
        assertThat(businessHours.isOpen(workspace.id(), null, WEDNESDAY_0300_UTC)).as("11:00 in Taipei").isTrue();
        assertThat(businessHours.addBusinessTime(workspace.id(), null, Instant.parse("2026-11-27T09:00:00Z"), Duration.ofHours(2)))
                .as("Friday 17:00 in Taipei plus two hours: Monday 10:00").isEqualTo(Instant.parse("2026-11-30T02:00:00Z"));
    }

    @Test
    void anAdminSetsSplitAndNightRangesWhichEveryNodeAnswersWithAtOnceAndTheAuditLogRecords() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();
        assertThat(businessHours.isOpen(workspace.id(), null, WEDNESDAY_0300_UTC)).as("cached: 03:00 UTC is closed").isFalse();

        TestApi.Response changed = admin.put("/api/v1/business-hours", hours("Asia/Seoul", Map.of(
                "WEDNESDAY", List.of(range("13:00", "18:00"), range("09:00", "12:00"), range("22:00", "24:00")),
                "THURSDAY", List.of(range("00:00", "06:00")))));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("source").asString()).isEqualTo("WORKSPACE");
        assertThat(changed.json().get("week").get("WEDNESDAY").toString()).isEqualTo(
                "[{\"from\":\"09:00\",\"to\":\"12:00\"},{\"from\":\"13:00\",\"to\":\"18:00\"},{\"from\":\"22:00\",\"to\":\"24:00\"}]");
        assertThat(workspace.agent().api().get("/api/v1/business-hours").json().get("timezone").asString()).isEqualTo("Asia/Seoul");
        assertThat(businessHours.isOpen(workspace.id(), null, WEDNESDAY_0300_UTC)).as("12:00 in Seoul, lunch").isFalse();
        assertThat(businessHours.isOpen(workspace.id(), null, WEDNESDAY_0300_UTC.plus(Duration.ofHours(1)))).isTrue();
        assertThat(businessHours.businessTimeBetween(workspace.id(), null, Instant.parse("2026-11-24T15:00:00Z"),
                Instant.parse("2026-11-26T15:00:00Z"))).isEqualTo(Duration.ofHours(16));
        assertThat(businessHours.nextOpening(workspace.id(), null, Instant.parse("2026-11-26T00:00:00Z")))
                .as("Thursday 09:00 in Seoul is closed; next is Wednesday 09:00").contains(Instant.parse("2026-12-02T00:00:00Z"));
        JsonNode audit = admin.get("/api/v1/audit-log").json().get("items").get(0);
        assertThat(audit.get("action").asString()).isEqualTo("business_hours.changed");
        assertThat(audit.get("detail").asString()).contains("Asia/Seoul", "WED 09:00-12:00 13:00-18:00 22:00-24:00");
    }

    /** Another node's change: its row is written without this node knowing, then its signal arrives (NOTIFY on PostgreSQL). */
    @Test
    void aChangeCommittedOnAnotherNodeReachesThisNodesCacheThroughItsSignal() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        workspace.admin().api().put("/api/v1/business-hours", Map.of("timezone", "UTC", "alwaysOpen", true));
        // The change's own signal may still be on its way (NOTIFY is asynchronous) and would empty the cache later;
        // signals arrive in order, so once a marker sent after it is here, it has been handled.
        java.util.concurrent.CountDownLatch marker = new java.util.concurrent.CountDownLatch(1);
        live.subscribe(event -> {
            if (event.workspaceId().equals(workspace.id()) && event.type().equals("test.marker")) {
                marker.countDown();
            }
        });
        live.signal(workspace.id(), "test.marker", Map.of());
        await().atMost(Duration.ofSeconds(10)).until(() -> marker.getCount() == 0);
        assertThat(businessHours.isOpen(workspace.id(), null, WEDNESDAY_0300_UTC)).isTrue();

        jdbc.sql("update business_calendars set week = '' where workspace_id = ?").param(workspace.id().value()).update();
        assertThat(businessHours.isOpen(workspace.id(), null, WEDNESDAY_0300_UTC)).as("still cached").isTrue();
        live.signal(workspace.id(), "business_hours.changed", Map.of());

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(businessHours.isOpen(workspace.id(), null, WEDNESDAY_0300_UTC)).isFalse());
    }

    @Test
    void everyoneReadsButOnlyAdminsChange() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        Map<String, Object> allDay = Map.of("timezone", "UTC", "alwaysOpen", true);

        assertThat(workspace.supervisor().api().put("/api/v1/business-hours", allDay).status()).isEqualTo(403);
        assertThat(workspace.agent().api().post("/api/v1/business-hours/holidays",
                Map.of("name", "Day off", "firstDay", "2026-12-24")).status()).isEqualTo(403);
        assertThat(workspaces.anonymous().get("/api/v1/business-hours").status()).isEqualTo(401);

        JsonNode always = workspace.admin().api().put("/api/v1/business-hours", allDay).json();
        assertThat(always.get("alwaysOpen").asBoolean()).isTrue();
        assertThat(always.get("openNow").asBoolean()).isTrue();
        assertThat(always.get("week").get("SUNDAY").toString()).isEqualTo("[{\"from\":\"00:00\",\"to\":\"24:00\"}]");
    }

    @Test
    void impossibleHoursAreProblemsNotErrors() {
        TestApi admin = workspaces.create().admin().api();

        TestApi.Response overlapping = admin.put("/api/v1/business-hours", hours("UTC",
                Map.of("MONDAY", List.of(range("09:00", "13:00"), range("12:00", "18:00")))));
        assertThat(overlapping.status()).isEqualTo(400);
        assertThat(overlapping.header("content-type")).startsWith("application/problem+json");
        assertThat(overlapping.body()).contains("overlap");
        assertThat(admin.put("/api/v1/business-hours", hours("UTC", Map.of("MONDAY", List.of(range("18:00", "09:00")))))
                .body()).contains("ends after it starts");
        assertThat(admin.put("/api/v1/business-hours", hours("Mars/Olympus_Mons", Map.of())).body()).contains("time zone");
        assertThat(admin.put("/api/v1/business-hours", hours("UTC", Map.of("MONDAY", List.of(range("9am", "5pm"))))).status())
                .isEqualTo(400);
        assertThat(admin.put("/api/v1/business-hours", Map.of("timezone", "UTC", "week", Map.of("FUNDAY", List.of())))
                .status()).isEqualTo(400);
        assertThat(admin.send("PUT", "/api/v1/business-hours", "{\"timezone\":\"UTC\",\"week\":{\"MONDAY\":[null, {}]}}",
                "application/json").status()).isEqualTo(400);
        assertThat(admin.post("/api/v1/business-hours/holidays",
                Map.of("name", "Backwards", "firstDay", "2026-12-26", "lastDay", "2026-12-24")).status()).isEqualTo(400);
        assertThat(admin.post("/api/v1/business-hours/holidays", Map.of("name", "No date")).status()).isEqualTo(400);
        assertThat(admin.get("/api/v1/teams/not-a-uuid/business-hours").status()).isEqualTo(400);
    }

    @Test
    void holidaysCloseTheCalendarAndCanBeChangedAndDeleted() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();
        admin.put("/api/v1/business-hours", Map.of("timezone", "Asia/Shanghai", "alwaysOpen", true));

        TestApi.Response added = admin.post("/api/v1/business-hours/holidays",
                Map.of("name", "Staff day", "firstDay", "2026-11-25"));
        assertThat(added.status()).isEqualTo(201);
        String id = added.json().get("id").asString();
        assertThat(added.json().get("lastDay").asString()).isEqualTo("2026-11-25");
        assertThat(businessHours.isOpen(workspace.id(), null, WEDNESDAY_0300_UTC)).isFalse();
        assertThat(businessHours.nextOpening(workspace.id(), null, WEDNESDAY_0300_UTC)).contains(Instant.parse("2026-11-25T16:00:00Z"));

        JsonNode moved = admin.put("/api/v1/business-hours/holidays/" + id,
                Map.of("name", "Staff days", "firstDay", "2026-11-26", "lastDay", "2026-11-27", "yearly", true)).json();
        assertThat(moved.get("name").asString()).isEqualTo("Staff days");
        assertThat(businessHours.isOpen(workspace.id(), null, WEDNESDAY_0300_UTC)).isTrue();
        assertThat(businessHours.isOpen(workspace.id(), null, Instant.parse("2027-11-26T03:00:00Z"))).as("yearly").isFalse();
        assertThat(workspace.agent().api().get("/api/v1/business-hours/holidays").json().get(0).get("yearly").asBoolean()).isTrue();

        assertThat(admin.delete("/api/v1/business-hours/holidays/" + id).status()).isEqualTo(204);
        assertThat(admin.delete("/api/v1/business-hours/holidays/" + id).status()).isEqualTo(404);
        assertThat(businessHours.isOpen(workspace.id(), null, Instant.parse("2027-11-26T03:00:00Z"))).isTrue();
    }

    @Test
    void anIcsImportIsPreviewedThenImportedOnceWithSkippedEventsExplained() throws IOException {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();
        byte[] file = ics().getBytes(StandardCharsets.UTF_8);

        TestApi.Response preview = admin.sendBytes("POST", "/api/v1/business-hours/holidays/import?preview=true", file,
                "text/calendar");
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.json().get("holidays")).hasSize(4);
        assertThat(preview.json().get("holidays").get(1).get("holiday").get("name").asString()).isEqualTo("春節, 除夕至初五");
        assertThat(preview.json().get("skipped")).hasSize(2);
        assertThat(preview.json().get("imported").asInt()).isZero();
        assertThat(admin.get("/api/v1/business-hours/holidays").json()).as("a preview stores nothing").isEmpty();

        JsonNode imported = admin.sendBytes("POST", "/api/v1/business-hours/holidays/import", file, "text/calendar").json();
        assertThat(imported.get("imported").asInt()).isEqualTo(4);
        assertThat(admin.get("/api/v1/business-hours/holidays").json()).extracting(holiday -> holiday.get("name").asString())
                .contains("中華民國開國紀念日", "春節, 除夕至初五", "和平紀念日");
        assertThat(businessHours.isOpen(workspace.id(), null, Instant.parse("2027-02-08T03:00:00Z"))).as("Lunar New Year").isFalse();

        TestApi.Response again = admin.sendBytes("POST", "/api/v1/business-hours/holidays/import",
                multipart(file), "multipart/form-data; boundary=frontline-boundary");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("imported").asInt()).as("already there").isZero();
        assertThat(again.json().get("holidays").get(0).get("duplicate").asBoolean()).isTrue();

        TestApi.Response notACalendar = admin.sendBytes("POST", "/api/v1/business-hours/holidays/import?preview=true",
                "hello".getBytes(StandardCharsets.UTF_8), "text/calendar");
        assertThat(notACalendar.status()).isEqualTo(400);
        assertThat(notACalendar.body()).contains("iCalendar");
    }

    @Test
    void aTeamUsesTheWorkspaceHoursUntilItHasItsOwnInItsOwnZone() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();
        admin.put("/api/v1/business-hours", hours("Asia/Seoul", Map.of("WEDNESDAY", List.of(range("09:00", "18:00")))));
        UUID team = UUID.fromString(admin.post("/api/v1/teams", Map.of("name", "London desk")).json().get("id").asString());
        String path = "/api/v1/teams/" + team + "/business-hours";

        assertThat(workspace.agent().api().get(path).json().get("source").asString()).isEqualTo("WORKSPACE");
        assertThat(businessHours.isOpen(workspace.id(), team, WEDNESDAY_0300_UTC)).isTrue();
        assertThat(admin.post(path + "/holidays", Map.of("name", "Bank holiday", "firstDay", "2026-12-28")).status())
                .as("holidays of a team without hours of its own").isEqualTo(409);

        JsonNode own = admin.put(path, hours("Europe/London", Map.of("WEDNESDAY", List.of(range("09:00", "18:00"))))).json();
        assertThat(own.get("source").asString()).isEqualTo("TEAM");
        assertThat(own.get("teamId").asString()).isEqualTo(team.toString());
        assertThat(businessHours.isOpen(workspace.id(), team, WEDNESDAY_0300_UTC)).isFalse();
        assertThat(businessHours.isOpen(workspace.id(), null, WEDNESDAY_0300_UTC)).as("the workspace keeps its hours").isTrue();
        assertThat(businessHours.nextOpening(workspace.id(), team, WEDNESDAY_0300_UTC)).contains(Instant.parse("2026-11-25T09:00:00Z"));
        assertThat(admin.post(path + "/holidays", Map.of("name", "Bank holiday", "firstDay", "2026-12-28")).status()).isEqualTo(201);

        assertThat(admin.delete(path).status()).isEqualTo(204);
        assertThat(admin.get(path).json().get("source").asString()).isEqualTo("WORKSPACE");
        assertThat(businessHours.isOpen(workspace.id(), team, WEDNESDAY_0300_UTC)).isTrue();
        assertThat(admin.get(path + "/holidays").json()).as("the team's holidays went with its hours").isEmpty();
    }

    @Test
    void anotherWorkspaceNeitherSeesNorChangesThisOnesCalendars() {
        TestWorkspaces.Workspace mine = workspaces.create();
        TestWorkspaces.Workspace theirs = workspaces.create();
        TestApi admin = mine.admin().api();
        TestApi intruder = theirs.admin().api();
        UUID team = UUID.fromString(admin.post("/api/v1/teams", Map.of("name", "Night")).json().get("id").asString());
        admin.put("/api/v1/teams/" + team + "/business-hours", Map.of("timezone", "Asia/Taipei", "alwaysOpen", true));
        String holiday = admin.post("/api/v1/business-hours/holidays", Map.of("name", "Ours", "firstDay", "2026-12-24"))
                .json().get("id").asString();

        assertThat(intruder.get("/api/v1/teams/" + team + "/business-hours").status()).isEqualTo(404);
        assertThat(intruder.put("/api/v1/teams/" + team + "/business-hours", Map.of("timezone", "UTC", "alwaysOpen", true))
                .status()).isEqualTo(404);
        assertThat(intruder.delete("/api/v1/teams/" + team + "/business-hours").status()).isEqualTo(404);
        assertThat(intruder.delete("/api/v1/business-hours/holidays/" + holiday).status()).isEqualTo(404);
        assertThat(intruder.put("/api/v1/business-hours/holidays/" + holiday, Map.of("name", "Theirs", "firstDay", "2026-12-25"))
                .status()).isEqualTo(404);
        assertThat(intruder.get("/api/v1/business-hours/holidays").json()).isEmpty();
        assertThat(businessHours.calendar(theirs.id(), team).week()).as("their calendar ignores our team")
                .isEqualTo(WeeklyHours.officeHours());
        assertThat(admin.get("/api/v1/business-hours/holidays").json().get(0).get("name").asString()).isEqualTo("Ours");
        assertThat(admin.get("/api/v1/teams/" + team + "/business-hours").json().get("alwaysOpen").asBoolean()).isTrue();
    }

    private static byte[] multipart(byte[] file) {
        String head = "--frontline-boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"holidays.ics\"\r\n"
                + "Content-Type: text/calendar\r\n\r\n";
        String tail = "\r\n--frontline-boundary--\r\n";
        byte[] body = new byte[head.length() + file.length + tail.length()];
        System.arraycopy(head.getBytes(StandardCharsets.US_ASCII), 0, body, 0, head.length());
        System.arraycopy(file, 0, body, head.length(), file.length);
        System.arraycopy(tail.getBytes(StandardCharsets.US_ASCII), 0, body, head.length() + file.length, tail.length());
        return body;
    }
}
