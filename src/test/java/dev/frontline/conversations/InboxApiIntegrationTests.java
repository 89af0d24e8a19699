package dev.frontline.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.channels.Channel;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class InboxApiIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    JdbcClient jdbc;

    TestWorkspaces.Workspace workspace;
    TestApi agent;
    TestApi supervisor;
    String agentId;

    @BeforeEach
    void setUp() {
        workspace = workspaces.create();
        agent = workspace.agent().api();
        supervisor = workspace.supervisor().api();
        agentId = workspace.agent().id().toString();
    }

    private String inbound(Channel channel, String from, String text) {
        return workspaces.inbound(workspace, channel, Map.of("from", Map.of("address", from), "text", text));
    }

    private List<String> ids(TestApi.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        response.json().get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    private JsonNode item(TestApi api, String query, String id) {
        for (JsonNode item : api.get("/api/v1/inbox?" + query).json().get("items")) {
            if (item.get("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError(id + " is not in " + query);
    }

    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void anInboxItemShowsContactInboxPreviewWaitingTimeAndTags() {
        String id = workspaces.inbound(workspace, Channel.EMAIL, Map.of("from", Map.of("address", "mei@example.com",
                "name", "王美", "language", "zh-CN"), "subject", "退款", "text", "我的退款  还没到账\n请帮忙"));
        supervisor.patch("/api/v1/conversations/" + id, Map.of("tags", List.of("refund", "vip"), "priority", "HIGH"));
        supervisor.post("/api/v1/conversations/" + id + "/notes", Map.of("text", "internal only, never a preview"));

        JsonNode item = item(supervisor, "view=all", id);

        assertThat(item.get("inboxId").asString()).isEqualTo(workspace.inbox(Channel.EMAIL).toString());
        assertThat(item.get("inboxName").asString()).isEqualTo("email inbox");
        assertThat(item.get("channel").asString()).isEqualTo("EMAIL");
        assertThat(item.get("contactName").asString()).isEqualTo("王美");
        assertThat(item.get("contactLanguage").asString()).isEqualTo("zh-CN");
        assertThat(item.get("contactTier").asString()).isEqualTo("standard");
        assertThat(item.get("subject").asString()).isEqualTo("退款");
        assertThat(item.get("preview").asString()).isEqualTo("我的退款 还没到账 请帮忙");
        assertThat(item.get("lastMessageDirection").asString()).isEqualTo("INBOUND");
        assertThat(item.get("lastMessageAuthorType").asString()).isEqualTo("CONTACT");
        assertThat(item.get("lastMessageAuthorId").asString()).isEqualTo(item.get("contactId").asString());
        assertThat(item.get("priority").asString()).isEqualTo("HIGH");
        assertThat(item.get("tags").toString()).isEqualTo("[\"refund\",\"vip\"]");
        assertThat(item.get("waitingSince").isNull()).isFalse();
        assertThat(item.get("assigneeId").isNull()).isTrue();

        supervisor.post("/api/v1/conversations/" + id + "/messages", Map.of("text", "已为您处理，3-5个工作日到账。"));
        JsonNode answered = item(supervisor, "view=all", id);
        assertThat(answered.get("waitingSince").isNull()).isTrue();
        assertThat(answered.get("preview").asString()).isEqualTo("已为您处理，3-5个工作日到账。");
        assertThat(answered.get("lastMessageDirection").asString()).isEqualTo("OUTBOUND");
        assertThat(answered.get("lastMessageAuthorType").asString()).as("who wrote it: the list says You: or their name")
                .isEqualTo("AGENT");
        assertThat(answered.get("lastMessageAuthorId").asString()).isEqualTo(workspace.supervisor().id().toString());
    }

    @Test
    void builtInViewsSplitTheWorkAndAgentsMayNotSeeAll() {
        String mine = inbound(Channel.CHAT, "v-mine", "mine");
        String unassigned = inbound(Channel.CHAT, "v-free", "free");
        String teamOnly = inbound(Channel.CHAT, "v-team", "team");
        String someoneElses = inbound(Channel.CHAT, "v-other", "other");
        String team = supervisor.post("/api/v1/teams", Map.of("name", "Billing")).json().get("id").asString();
        supervisor.put("/api/v1/teams/" + team + "/members/" + agentId, Map.of());
        agent.put("/api/v1/conversations/" + mine + "/assignment", Map.of("assigneeId", agentId));
        supervisor.put("/api/v1/conversations/" + teamOnly + "/assignment", Map.of("teamId", team));
        supervisor.put("/api/v1/conversations/" + someoneElses + "/assignment",
                Map.of("assigneeId", workspace.supervisor().id().toString()));

        assertThat(ids(agent.get("/api/v1/inbox"))).as("agents default to mine").containsExactly(mine);
        assertThat(ids(agent.get("/api/v1/inbox?view=mine"))).containsExactly(mine);
        assertThat(ids(agent.get("/api/v1/inbox?view=unassigned"))).containsExactlyInAnyOrder(unassigned, teamOnly);
        assertThat(ids(agent.get("/api/v1/inbox?view=teams"))).containsExactly(teamOnly);
        assertThat(agent.get("/api/v1/inbox?view=all").status()).isEqualTo(403);
        assertThat(ids(supervisor.get("/api/v1/inbox"))).as("supervisors default to all")
                .containsExactlyInAnyOrder(mine, unassigned, teamOnly, someoneElses);
        assertThat(agent.get("/api/v1/inbox?view=nonsense").status()).isEqualTo(400);
        assertThat(agent.get("/api/v1/inbox?view=" + UUID.randomUUID()).status()).isEqualTo(404);
    }

    @Test
    void filtersNarrowByStatusChannelInboxPriorityTagContactAndText() {
        String chat = inbound(Channel.CHAT, "f-chat", "Where is my parcel?");
        String email = workspaces.inbound(workspace, Channel.EMAIL, Map.of("from", Map.of("address", "vip@example.com",
                "name", "Olivia Bennett", "language", "en"), "text", "Invoice please"));
        String sms = inbound(Channel.SMS, "+15550001", "로그인이 안 돼요");
        String resolved = inbound(Channel.CHAT, "f-resolved", "thanks, solved");
        supervisor.patch("/api/v1/conversations/" + resolved, Map.of("status", "RESOLVED"));
        supervisor.patch("/api/v1/conversations/" + sms, Map.of("priority", "URGENT", "tags", List.of("login"),
                "status", "PENDING"));
        String emailContact = supervisor.get("/api/v1/conversations/" + email).json().get("contactId").asString();
        supervisor.patch("/api/v1/contacts/" + emailContact, Map.of("tier", "vip"));

        assertThat(ids(supervisor.get("/api/v1/inbox"))).as("open and pending by default")
                .containsExactlyInAnyOrder(chat, email, sms);
        assertThat(ids(supervisor.get("/api/v1/inbox?status=RESOLVED"))).containsExactly(resolved);
        assertThat(ids(supervisor.get("/api/v1/inbox?status=any"))).hasSize(4);
        assertThat(ids(supervisor.get("/api/v1/inbox?status=PENDING,RESOLVED"))).containsExactlyInAnyOrder(sms, resolved);
        assertThat(ids(supervisor.get("/api/v1/inbox?channel=SMS"))).containsExactly(sms);
        assertThat(ids(supervisor.get("/api/v1/inbox?inbox=" + workspace.inbox(Channel.EMAIL)))).containsExactly(email);
        assertThat(ids(supervisor.get("/api/v1/inbox?priority=URGENT"))).containsExactly(sms);
        assertThat(ids(supervisor.get("/api/v1/inbox?tag=LOGIN"))).containsExactly(sms);
        assertThat(ids(supervisor.get("/api/v1/inbox?tier=vip"))).containsExactly(email);
        assertThat(ids(supervisor.get("/api/v1/inbox?language=en"))).containsExactly(email);
        assertThat(ids(supervisor.get("/api/v1/inbox?q=olivia"))).as("contact name").containsExactly(email);
        assertThat(ids(supervisor.get("/api/v1/inbox?q=" + encoded("로그인")))).as("message text").containsExactly(sms);
        assertThat(ids(supervisor.get("/api/v1/inbox?assignee=none&channel=CHAT"))).containsExactly(chat);
        assertThat(supervisor.get("/api/v1/inbox?status=LOST").status()).isEqualTo(400);
        assertThat(supervisor.get("/api/v1/inbox?assignee=someone").status()).isEqualTo(400);
        assertThat(supervisor.get("/api/v1/inbox?sort=random").status()).isEqualTo(400);
    }

    @Test
    void sortsWalkEveryConversationOnceWithCursors() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(inbound(Channel.CHAT, "sort-" + i, "question " + i));
        }
        // 0 and 1 were answered: nobody waits on them. 5 is urgent, 3 high, 6 low.
        supervisor.post("/api/v1/conversations/" + created.get(0) + "/messages", Map.of("text", "answer"));
        supervisor.post("/api/v1/conversations/" + created.get(1) + "/messages", Map.of("text", "answer"));
        supervisor.patch("/api/v1/conversations/" + created.get(5), Map.of("priority", "URGENT"));
        supervisor.patch("/api/v1/conversations/" + created.get(3), Map.of("priority", "HIGH"));
        supervisor.patch("/api/v1/conversations/" + created.get(6), Map.of("priority", "LOW"));

        assertThat(walk("activity", 3)).containsExactly(created.get(1), created.get(0), created.get(6), created.get(5),
                created.get(4), created.get(3), created.get(2));
        assertThat(walk("waiting", 2)).as("longest waiting first, then those nobody waits on")
                .containsExactly(created.get(2), created.get(3), created.get(4), created.get(5), created.get(6),
                        created.get(0), created.get(1));
        assertThat(walk("priority", 2)).containsExactly(created.get(5), created.get(3), created.get(2), created.get(4),
                created.get(0), created.get(1), created.get(6));
        String activityCursor = supervisor.get("/api/v1/inbox?limit=2").json().get("nextCursor").asString();
        assertThat(supervisor.get("/api/v1/inbox?sort=waiting&cursor=" + activityCursor).status()).isEqualTo(400);
        assertThat(supervisor.get("/api/v1/inbox?cursor=garbage").status()).isEqualTo(400);
        assertThat(supervisor.get("/api/v1/inbox?limit=201").status()).isEqualTo(400);
    }

    private List<String> walk(String sort, int limit) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = supervisor.get("/api/v1/inbox?sort=" + sort + "&limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.get("items").forEach(item -> seen.add(item.get("id").asString()));
            assertThat(page.get("items").size()).isLessThanOrEqualTo(limit);
            cursor = page.get("nextCursor").isNull() ? null : page.get("nextCursor").asString();
        } while (cursor != null);
        return seen;
    }

    @Test
    void conversationsAreUnreadUntilReadAndAgainWhenTheCustomerWrites() {
        String id = inbound(Channel.CHAT, "u-1", "hello");
        agent.put("/api/v1/conversations/" + id + "/assignment", Map.of("assigneeId", agentId));

        assertThat(item(agent, "view=mine", id).get("unread").asBoolean()).isTrue();
        assertThat(agent.get("/api/v1/inbox/counts").json().get("unread").asLong()).isEqualTo(1);

        assertThat(agent.put("/api/v1/conversations/" + id + "/read", Map.of()).status()).isEqualTo(204);
        assertThat(item(agent, "view=mine", id).get("unread").asBoolean()).isFalse();
        assertThat(item(supervisor, "view=all", id).get("unread").asBoolean()).as("read markers are per person").isTrue();
        assertThat(agent.get("/api/v1/inbox/counts").json().get("unread").asLong()).isZero();

        inbound(Channel.CHAT, "u-1", "are you there?");
        assertThat(item(agent, "view=mine", id).get("unread").asBoolean()).isTrue();

        agent.post("/api/v1/conversations/" + id + "/messages", Map.of("text", "yes"));
        assertThat(item(agent, "view=mine", id).get("unread").asBoolean()).as("replying reads").isFalse();
        assertThat(agent.put("/api/v1/conversations/" + UUID.randomUUID() + "/read", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void aMentionPutsTheConversationInTheMentionsViewAndCountsUntilRead() {
        String id = inbound(Channel.CHAT, "m-1", "refund please");
        agent.put("/api/v1/conversations/" + id + "/read", Map.of());
        supervisor.post("/api/v1/conversations/" + id + "/notes",
                Map.of("text", "please look", "mentions", List.of(agentId)));

        assertThat(ids(agent.get("/api/v1/inbox?view=mentions"))).containsExactly(id);
        assertThat(agent.get("/api/v1/inbox/counts").json().get("mentions").asLong()).isEqualTo(1);
        assertThat(item(agent, "view=mentions", id).get("unread").asBoolean()).isTrue();

        agent.put("/api/v1/conversations/" + id + "/read", Map.of());

        assertThat(agent.get("/api/v1/inbox/counts").json().get("mentions").asLong()).isZero();
        assertThat(ids(agent.get("/api/v1/inbox?view=mentions"))).as("still listed once read").containsExactly(id);
        assertThat(ids(supervisor.get("/api/v1/inbox?view=mentions"))).isEmpty();
    }

    @Test
    void countsMatchTheViews() {
        String mine = inbound(Channel.CHAT, "c-1", "one");
        inbound(Channel.CHAT, "c-2", "two");
        String resolved = inbound(Channel.CHAT, "c-3", "three");
        agent.put("/api/v1/conversations/" + mine + "/assignment", Map.of("assigneeId", agentId));
        supervisor.patch("/api/v1/conversations/" + resolved, Map.of("status", "RESOLVED"));
        String view = agent.post("/api/v1/views", Map.of("name", "Resolved chats", "shared", false,
                "filters", Map.of("status", "RESOLVED", "channel", "CHAT"))).json().get("id").asString();

        JsonNode counts = agent.get("/api/v1/inbox/counts").json();

        assertThat(counts.get("mine").asLong()).isEqualTo(1);
        assertThat(counts.get("unassigned").asLong()).isEqualTo(1);
        assertThat(counts.get("teams").asLong()).isZero();
        assertThat(counts.get("all").isNull()).as("agents do not see all").isTrue();
        assertThat(counts.get("views").get(view).asLong()).isEqualTo(1);
        assertThat(ids(agent.get("/api/v1/inbox?view=" + view))).containsExactly(resolved);
        assertThat(supervisor.get("/api/v1/inbox/counts").json().get("all").asLong()).isEqualTo(2);
        assertThat(supervisor.get("/api/v1/inbox/counts").json().get("views").has(view))
                .as("personal views are their owner's").isFalse();
    }

    @Test
    void savedViewsArePersonalOrSharedBySupervisors() {
        inbound(Channel.CHAT, "s-1", "chat");
        String urgent = inbound(Channel.EMAIL, "s-2@example.com", "email");
        supervisor.patch("/api/v1/conversations/" + urgent, Map.of("priority", "URGENT"));

        TestApi.Response shared = supervisor.post("/api/v1/views", Map.of("name", "Urgent", "shared", true,
                "filters", Map.of("priority", "URGENT"), "sort", "waiting"));
        assertThat(shared.status()).isEqualTo(201);
        String sharedId = shared.json().get("id").asString();
        assertThat(shared.json().get("sort").asString()).isEqualTo("waiting");
        assertThat(shared.json().get("ownerId").asString()).isEqualTo(workspace.supervisor().id().toString());
        assertThat(agent.post("/api/v1/views", Map.of("name", "Mine shared", "shared", true)).status()).isEqualTo(403);
        String personal = agent.post("/api/v1/views", Map.of("name", "Email", "shared", false,
                "filters", Map.of("channel", "EMAIL"))).json().get("id").asString();

        assertThat(agent.get("/api/v1/views").json().findValuesAsString("id")).containsExactly(sharedId, personal);
        assertThat(supervisor.get("/api/v1/views").json().findValuesAsString("id")).containsExactly(sharedId);
        assertThat(ids(agent.get("/api/v1/inbox?view=" + sharedId))).containsExactly(urgent);
        assertThat(agent.patch("/api/v1/views/" + sharedId, Map.of("name", "Mine now")).status()).isEqualTo(403);
        assertThat(agent.delete("/api/v1/views/" + sharedId).status()).isEqualTo(403);
        assertThat(supervisor.patch("/api/v1/views/" + personal, Map.of("name", "x")).status()).isEqualTo(404);
        assertThat(supervisor.get("/api/v1/inbox?view=" + personal).status()).isEqualTo(404);
        assertThat(agent.patch("/api/v1/views/" + personal, Map.of("shared", true)).status()).isEqualTo(403);

        JsonNode renamed = agent.patch("/api/v1/views/" + personal, Map.of("name", "Email queue", "sort", "priority")).json();
        assertThat(renamed.get("name").asString()).isEqualTo("Email queue");
        assertThat(renamed.get("filters").get("channel").asString()).isEqualTo("EMAIL");
        assertThat(agent.post("/api/v1/views", Map.of("name", "bad", "shared", false,
                "filters", Map.of("status", "LOST"))).status()).isEqualTo(400);
        assertThat(agent.delete("/api/v1/views/" + personal).status()).isEqualTo(204);
        assertThat(supervisor.delete("/api/v1/views/" + sharedId).status()).isEqualTo(204);
        assertThat(agent.get("/api/v1/views").json()).isEmpty();
    }

    @Test
    void agentsSeeOnlyTheirOwnUnassignedAndTeamConversationsThroughSavedViews() {
        String mine = inbound(Channel.CHAT, "scope-1", "mine");
        String theirs = inbound(Channel.CHAT, "scope-2", "theirs");
        agent.put("/api/v1/conversations/" + mine + "/assignment", Map.of("assigneeId", agentId));
        supervisor.put("/api/v1/conversations/" + theirs + "/assignment",
                Map.of("assigneeId", workspace.supervisor().id().toString()));
        String everything = supervisor.post("/api/v1/views", Map.of("name", "Chats", "shared", true,
                "filters", Map.of("channel", "CHAT"))).json().get("id").asString();

        assertThat(ids(supervisor.get("/api/v1/inbox?view=" + everything))).containsExactlyInAnyOrder(mine, theirs);
        assertThat(ids(agent.get("/api/v1/inbox?view=" + everything))).containsExactly(mine);
    }

    @Test
    void bulkActionsChangeWhatTheyMayAndReportTheRest() {
        String first = inbound(Channel.CHAT, "b-1", "one");
        String second = inbound(Channel.CHAT, "b-2", "two");
        String closed = inbound(Channel.CHAT, "b-3", "three");
        supervisor.patch("/api/v1/conversations/" + closed, Map.of("status", "CLOSED"));
        String missing = UUID.randomUUID().toString();

        JsonNode result = supervisor.post("/api/v1/conversations/bulk", Map.of("ids", List.of(first, second, closed, missing),
                "action", "status", "status", "PENDING")).json();

        assertThat(result.get("updated").asInt()).isEqualTo(2);
        assertThat(result.get("failed").findValuesAsString("id")).containsExactly(closed, missing);
        assertThat(result.get("failed").get(0).get("status").asInt()).isEqualTo(422);
        assertThat(result.get("failed").get(1).get("status").asInt()).isEqualTo(404);
        assertThat(supervisor.get("/api/v1/conversations/" + second).json().get("status").asString()).isEqualTo("PENDING");

        supervisor.put("/api/v1/conversations/" + second + "/assignment",
                Map.of("assigneeId", workspace.supervisor().id().toString()));
        JsonNode taken = agent.post("/api/v1/conversations/bulk", Map.of("ids", List.of(first, second),
                "action", "assign", "assigneeId", agentId)).json();
        assertThat(taken.get("updated").asInt()).isEqualTo(1);
        assertThat(taken.get("failed").get(0).get("id").asString()).isEqualTo(second);
        assertThat(taken.get("failed").get(0).get("status").asInt()).as("not the agent's to take").isEqualTo(403);
        assertThat(agent.get("/api/v1/conversations/" + first).json().get("assigneeId").asString()).isEqualTo(agentId);

        supervisor.patch("/api/v1/conversations/" + first, Map.of("tags", List.of("keep", "drop")));
        JsonNode tagged = agent.post("/api/v1/conversations/bulk", Map.of("ids", List.of(first, second),
                "action", "tag", "addTags", List.of("Refund"), "removeTags", List.of("drop"))).json();
        assertThat(tagged.get("updated").asInt()).isEqualTo(2);
        assertThat(agent.get("/api/v1/conversations/" + first).json().get("tags").toString())
                .isEqualTo("[\"keep\",\"refund\"]");
        assertThat(agent.get("/api/v1/conversations/" + second).json().get("tags").toString()).isEqualTo("[\"refund\"]");

        assertThat(agent.post("/api/v1/conversations/bulk", Map.of("ids", List.of(), "action", "tag",
                "addTags", List.of("x"))).status()).isEqualTo(400);
        assertThat(agent.post("/api/v1/conversations/bulk", Map.of("ids", List.of(first), "action", "status"))
                .status()).isEqualTo(400);
        assertThat(agent.post("/api/v1/conversations/bulk", Map.of("ids", List.of(first), "action", "delete"))
                .status()).isEqualTo(400);
    }

    @Test
    void tagsListDefinedAndUsedOnesWithCounts() {
        String id = inbound(Channel.CHAT, "t-1", "hi");
        agent.patch("/api/v1/conversations/" + id, Map.of("tags", List.of("shipping")));

        assertThat(agent.post("/api/v1/tags", Map.of("name", "Refund", "color", "#1a7f5a")).status()).isEqualTo(403);
        assertThat(supervisor.post("/api/v1/tags", Map.of("name", "Refund", "color", "#1a7f5a")).status()).isEqualTo(201);
        assertThat(supervisor.post("/api/v1/tags", Map.of("name", "bad", "color", "red")).status()).isEqualTo(400);

        JsonNode tags = agent.get("/api/v1/tags").json();
        assertThat(tags.findValuesAsString("name")).containsExactly("refund", "shipping");
        assertThat(tags.get(0).get("color").asString()).isEqualTo("#1a7f5a");
        assertThat(tags.get(0).get("conversations").asLong()).isZero();
        assertThat(tags.get(1).get("conversations").asLong()).isEqualTo(1);

        assertThat(agent.delete("/api/v1/tags/refund").status()).isEqualTo(403);
        assertThat(supervisor.delete("/api/v1/tags/refund").status()).isEqualTo(204);
        assertThat(supervisor.delete("/api/v1/tags/refund").status()).isEqualTo(404);
        assertThat(agent.get("/api/v1/tags").json().findValuesAsString("name")).containsExactly("shipping");
    }

    @Test
    void definedAttributesAreValidatedOnConversations() {
        TestApi admin = workspace.admin().api();
        String id = inbound(Channel.CHAT, "a-1", "hi");
        assertThat(supervisor.post("/api/v1/attribute-definitions", Map.of("key", "plan", "label", "Plan",
                "type", "LIST", "options", List.of("pro", "enterprise"), "appliesTo", "CONVERSATION")).status()).isEqualTo(403);
        admin.post("/api/v1/attribute-definitions", Map.of("key", "plan", "label", "Plan", "type", "LIST",
                "options", List.of("pro", "enterprise"), "appliesTo", "CONVERSATION"));
        admin.post("/api/v1/attribute-definitions", Map.of("key", "order_total", "label", "Order total",
                "type", "NUMBER", "appliesTo", "CONVERSATION"));
        String due = admin.post("/api/v1/attribute-definitions", Map.of("key", "due", "label", "Due",
                "type", "DATE", "appliesTo", "CONVERSATION")).json().get("id").asString();

        TestApi.Response wrongOption = agent.patch("/api/v1/conversations/" + id, Map.of("customAttributes", Map.of("plan", "free")));
        assertThat(wrongOption.status()).isEqualTo(400);
        assertThat(wrongOption.json().get("errors").get(0).get("field").asString()).isEqualTo("customAttributes.plan");
        assertThat(agent.patch("/api/v1/conversations/" + id, Map.of("customAttributes", Map.of("order_total", "a lot")))
                .status()).isEqualTo(400);
        assertThat(agent.patch("/api/v1/conversations/" + id, Map.of("customAttributes", Map.of("due", "tomorrow")))
                .status()).isEqualTo(400);
        TestApi.Response valid = agent.patch("/api/v1/conversations/" + id, Map.of("customAttributes",
                Map.of("plan", "pro", "order_total", 129.5, "due", "2026-12-01", "free_form", "anything")));
        assertThat(valid.status()).isEqualTo(200);
        assertThat(valid.json().get("customAttributes").get("order_total").asDouble()).isEqualTo(129.5);

        assertThat(admin.post("/api/v1/attribute-definitions", Map.of("key", "Bad Key", "label", "x", "type", "TEXT",
                "appliesTo", "CONTACT")).status()).isEqualTo(400);
        assertThat(admin.post("/api/v1/attribute-definitions", Map.of("key", "plan", "label", "again", "type", "TEXT",
                "appliesTo", "CONVERSATION")).status()).isEqualTo(409);
        assertThat(admin.patch("/api/v1/attribute-definitions/" + due, Map.of("label", "Due date")).json()
                .get("label").asString()).isEqualTo("Due date");
        assertThat(agent.get("/api/v1/attribute-definitions").json().findValuesAsString("key"))
                .containsExactly("due", "order_total", "plan");
        assertThat(admin.delete("/api/v1/attribute-definitions/" + due).status()).isEqualTo(204);
        assertThat(agent.patch("/api/v1/conversations/" + id, Map.of("customAttributes", Map.of("due", "whenever")))
                .status()).as("undefined keys are free-form").isEqualTo(200);
    }

    @Test
    void messagesCarryCallAndEmailMetadata() {
        Map<String, Object> call = Map.of("call", Map.of("direction", "INBOUND", "durationSeconds", 312,
                "waitSeconds", 18, "recordingUrl", "https://recordings.example.com/1.mp3"));
        String id = workspaces.inbound(workspace, Channel.VOICE, Map.of("from", Map.of("address", "+15550100"),
                "text", "Voice call", "metadata", call));
        TestApi.Response reply = agent.post("/api/v1/conversations/" + id + "/messages", Map.of("text", "Following up",
                "metadata", Map.of("email", Map.of("cc", List.of("boss@example.com"), "subject", "Your call"))));

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json().get("metadata").get("email").get("cc").get(0).asString()).isEqualTo("boss@example.com");
        JsonNode messages = agent.get("/api/v1/conversations/" + id + "/messages").json();
        assertThat(messages.get(0).get("metadata").get("call").get("durationSeconds").asInt()).isEqualTo(312);
        assertThat(messages.get(1).get("metadata").get("email").get("subject").asString()).isEqualTo("Your call");
        assertThat(agent.post("/api/v1/conversations/" + id + "/notes", Map.of("text", "note")).json()
                .get("metadata").size()).isZero();
        assertThat(agent.post("/api/v1/conversations/" + id + "/messages", Map.of("text", "fake call",
                "metadata", call)).status()).as("staff cannot record calls in a reply").isEqualTo(400);
    }

    @Test
    void snoozedConversationsShowWhenTheyWake() {
        String id = inbound(Channel.CHAT, "z-1", "later please");
        Instant until = Instant.now().plusSeconds(3600);
        supervisor.patch("/api/v1/conversations/" + id, Map.of("status", "SNOOZED", "snoozedUntil", until.toString()));

        JsonNode item = item(supervisor, "view=all&status=SNOOZED", id);

        assertThat(Instant.parse(item.get("snoozedUntil").asString())).isCloseTo(until, org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.SECONDS));
        assertThat(ids(supervisor.get("/api/v1/inbox"))).doesNotContain(id);
    }
}
