package dev.frontline.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.frontline.channels.Channel;
import dev.frontline.presence.Presence;
import dev.frontline.presence.PresenceStatus;
import dev.frontline.shared.UserId;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class RoutingIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    Presence presence;

    @Autowired
    JdbcClient jdbc;

    private String customerChats(TestWorkspaces.Workspace workspace, String visitor) {
        return workspaces.inbound(workspace, Channel.CHAT, Map.of("from", Map.of("address", visitor), "text", "Hello?"));
    }

    /** The default queue starts pull-only; these tests want offers pushed. */
    private static void pushOffers(TestWorkspaces.Workspace workspace) {
        TestApi admin = workspace.admin().api();
        String defaultQueue = admin.get("/api/v1/routing/queues").json().get(0).get("id").asString();
        TestApi.Response changed = admin.put("/api/v1/routing/queues/" + defaultQueue,
                Map.of("name", "Default", "isDefault", true, "push", true));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.json().get("push").asBoolean()).isTrue();
    }

    private void available(TestWorkspaces.Workspace workspace, TestWorkspaces.StaffAccount... staff) {
        for (TestWorkspaces.StaffAccount member : staff) {
            presence.change(workspace.id(), member.id(), PresenceStatus.AVAILABLE, null);
        }
    }

    private static List<JsonNode> offers(TestApi api, String query) {
        return api.get("/api/v1/routing/offers" + query).json().valueStream().toList();
    }

    /** The one pending offer to this member (supervisors see everyone's offers, so filter by agent). */
    private static JsonNode pendingOffer(TestWorkspaces.StaffAccount member) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> offers(member.api(), "?outcome=PENDING&agentId=" + member.id()), list -> list.size() == 1).getFirst();
    }

    private void capacity(TestWorkspaces.Workspace workspace, UserId user, int chat) {
        TestApi.Response saved = workspace.admin().api().put("/api/v1/routing/profiles/" + user, Map.of(
                "skills", Map.of(), "languages", List.of(),
                "capacity", Map.of("chat", chat, "email", 5, "messaging", 5, "voice", 1, "total", 10)));
        assertThat(saved.status()).isEqualTo(200);
    }

    @Test
    void aWaitingChatIsOfferedToOneAvailableAgentWhoAcceptsAndIsAssigned() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        pushOffers(workspace);
        available(workspace, workspace.agent());

        String conversation = customerChats(workspace, "visitor-1");

        JsonNode offer = pendingOffer(workspace.agent());
        assertThat(offer.get("conversationId").asString()).isEqualTo(conversation);
        assertThat(offer.get("channel").asString()).isEqualTo("chat");
        assertThat(Duration.between(java.time.Instant.parse(offer.get("createdAt").asString()),
                java.time.Instant.parse(offer.get("expiresAt").asString()))).isEqualTo(Duration.ofSeconds(20));
        assertThat(offers(workspace.supervisor().api(), "?outcome=PENDING")).as("supervisors see every offer").hasSize(1);

        TestApi.Response accepted = workspace.agent().api().post("/api/v1/routing/offers/" + offer.get("id").asString() + "/accept", Map.of());
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("outcome").asString()).isEqualTo("ACCEPTED");
        assertThat(workspace.agent().api().get("/api/v1/conversations/" + conversation).json().get("assigneeId").asString())
                .isEqualTo(workspace.agent().id().toString());
        assertThat(workspace.agent().api().post("/api/v1/routing/offers/" + offer.get("id").asString() + "/accept", Map.of()).status())
                .as("an ended offer cannot be accepted again").isEqualTo(409);
        assertThat(offers(workspace.agent().api(), "?conversationId=" + conversation)).singleElement()
                .satisfies(o -> assertThat(o.get("decidedAt").isNull()).isFalse());
    }

    @Test
    void aDeclinedOfferGoesToTheNextAgentWithTheReasonRecorded() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        pushOffers(workspace);
        available(workspace, workspace.agent());
        String conversation = customerChats(workspace, "visitor-1");
        JsonNode first = pendingOffer(workspace.agent());
        available(workspace, workspace.supervisor());

        TestApi.Response declined = workspace.agent().api().post("/api/v1/routing/offers/" + first.get("id").asString() + "/decline",
                Map.of("reason", "not my language"));

        assertThat(declined.status()).isEqualTo(200);
        assertThat(declined.json().get("outcome").asString()).isEqualTo("DECLINED");
        JsonNode second = pendingOffer(workspace.supervisor());
        assertThat(second.get("conversationId").asString()).isEqualTo(conversation);
        assertThat(offers(workspace.supervisor().api(), "?conversationId=" + conversation))
                .extracting(o -> o.get("outcome").isNull() ? "PENDING" : o.get("outcome").asString() + ":" + o.get("declineReason").asString(""))
                .containsExactly("PENDING", "DECLINED:not my language");
    }

    @Test
    void anOfferNobodyAnswersExpiresAndGoesToTheNextAgent() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        pushOffers(workspace);
        available(workspace, workspace.agent());
        String conversation = customerChats(workspace, "visitor-1");
        JsonNode first = pendingOffer(workspace.agent());
        available(workspace, workspace.supervisor());

        // Time passes: the offer's due time (in the database, as after a restart) is in the past.
        jdbc.sql("update routing_offers set expires_at = expires_at - interval '30' second, due_at = due_at - interval '30' second where id = ?")
                .param(java.util.UUID.fromString(first.get("id").asString())).update();

        JsonNode second = pendingOffer(workspace.supervisor());
        assertThat(second.get("conversationId").asString()).isEqualTo(conversation);
        assertThat(offers(workspace.agent().api(), "?outcome=EXPIRED")).singleElement()
                .satisfies(expired -> assertThat(expired.get("id").asString()).isEqualTo(first.get("id").asString()));
        assertThat(workspace.agent().api().post("/api/v1/routing/offers/" + first.get("id").asString() + "/accept", Map.of()).status())
                .isEqualTo(409);
    }

    @Test
    void anAgentIsNeverOfferedMoreChatsThanTheirCapacity() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        pushOffers(workspace);
        capacity(workspace, workspace.agent().id(), 2);
        available(workspace, workspace.agent());

        for (int i = 0; i < 4; i++) {
            customerChats(workspace, "visitor-" + i);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> offers(workspace.agent().api(), "?outcome=PENDING").size() == 2);
        JsonNode first = offers(workspace.agent().api(), "?outcome=PENDING").getFirst();
        workspace.agent().api().post("/api/v1/routing/offers/" + first.get("id").asString() + "/accept", Map.of());
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> offers(workspace.agent().api(), "?outcome=PENDING").size() == 1);

        workspace.agent().api().patch("/api/v1/conversations/" + first.get("conversationId").asString(), Map.of("status", "RESOLVED"));

        await().atMost(Duration.ofSeconds(10)).until(() -> offers(workspace.agent().api(), "?outcome=PENDING").size() == 2);
    }

    @Test
    void anAgentWhoGoesOnABreakLosesTheirOfferToAnAvailableColleague() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        pushOffers(workspace);
        available(workspace, workspace.agent());
        String conversation = customerChats(workspace, "visitor-1");
        pendingOffer(workspace.agent());
        available(workspace, workspace.supervisor());

        workspace.agent().api().put("/api/v1/presence/me", Map.of("status", "ON_BREAK"));

        assertThat(offers(workspace.agent().api(), "?conversationId=" + conversation).getFirst().get("outcome").asString())
                .isEqualTo("CANCELLED");
        assertThat(pendingOffer(workspace.supervisor()).get("conversationId").asString()).isEqualTo(conversation);
    }

    @Test
    void aStickyQueueOffersAReturningContactToTheAgentWhoHelpedThemBefore() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();
        String defaultQueue = admin.get("/api/v1/routing/queues").json().get(0).get("id").asString();
        assertThat(admin.put("/api/v1/routing/queues/" + defaultQueue, Map.of("name", "Default", "isDefault", true, "push", true,
                "stickyWindowSeconds", 3600)).json().get("stickyWindowSeconds").asInt()).isEqualTo(3600);
        available(workspace, workspace.agent());
        String first = customerChats(workspace, "visitor-1");
        JsonNode offer = pendingOffer(workspace.agent());
        assertThat(workspace.agent().api().post("/api/v1/routing/offers/" + offer.get("id").asString() + "/accept", Map.of()).status())
                .isEqualTo(200);
        workspace.agent().api().patch("/api/v1/conversations/" + first, Map.of("status", "CLOSED")); // closed: the next chat is a new conversation
        available(workspace, workspace.supervisor()); // never offered anything: the longest idle

        String again = customerChats(workspace, "visitor-1");
        assertThat(pendingOffer(workspace.agent()).get("conversationId").asString()).isEqualTo(again);
        String stranger = customerChats(workspace, "visitor-2");
        assertThat(pendingOffer(workspace.supervisor()).get("conversationId").asString()).as("no history: longest idle").isEqualTo(stranger);
        assertThat(admin.put("/api/v1/routing/queues/" + defaultQueue, Map.of("name", "Default", "stickyWindowSeconds", -1)).status())
                .isEqualTo(400);
    }

    @Test
    void aMostSkilledQueueOffersToTheBestAtItsSkillRatherThanTheLongestIdle() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();
        String defaultQueue = admin.get("/api/v1/routing/queues").json().get(0).get("id").asString();
        assertThat(admin.put("/api/v1/routing/queues/" + defaultQueue, Map.of("name", "Default", "isDefault", true, "push", true,
                "requiredSkill", "billing", "agentSelection", "MOST_SKILLED")).json().get("agentSelection").asString())
                .isEqualTo("MOST_SKILLED");
        for (var member : Map.of(workspace.agent(), 2, workspace.supervisor(), 5).entrySet()) {
            assertThat(admin.put("/api/v1/routing/profiles/" + member.getKey().id(), Map.of("skills", Map.of("billing", member.getValue()),
                    "capacity", Map.of("chat", 3, "email", 5, "messaging", 5, "voice", 1, "total", 10))).status()).isEqualTo(200);
        }
        // The supervisor had an offer a moment ago: longest idle would pick the agent.
        jdbc.sql("update routing_profiles set last_offered_at = ? where user_id = ?")
                .params(java.sql.Timestamp.from(java.time.Instant.now()), workspace.supervisor().id().value()).update();
        available(workspace, workspace.agent(), workspace.supervisor());

        String conversation = customerChats(workspace, "visitor-1");

        assertThat(pendingOffer(workspace.supervisor()).get("conversationId").asString()).isEqualTo(conversation);
        assertThat(admin.put("/api/v1/routing/queues/" + defaultQueue, Map.of("name", "Default", "agentSelection", "FASTEST")).status())
                .isEqualTo(400);
        assertThat(admin.put("/api/v1/routing/queues/" + defaultQueue, Map.of("name", "Default", "isDefault", true,
                "expansion", Map.of("overflowAfterSeconds", 60, "overflowQueueId", defaultQueue))).status()).as("a queue cannot overflow into itself").isEqualTo(422);
        assertThat(admin.put("/api/v1/routing/queues/" + defaultQueue, Map.of("name", "Default", "isDefault", true,
                "expansion", Map.of("afterSeconds", 30)))
                .status())
                .as("a step needs its proficiency").isEqualTo(400);
        String overflow = admin.post("/api/v1/routing/queues", Map.of("name", "Overflow")).json().get("id").asString();
        JsonNode expanded = admin.put("/api/v1/routing/queues/" + defaultQueue, Map.of("name", "Default", "isDefault", true,
                "expansion", Map.of("afterSeconds", 30, "minProficiency", 2, "overflowAfterSeconds", 60, "overflowQueueId", overflow))).json();
        assertThat(expanded.get("expansion").get("overflowQueueId").asString()).isEqualTo(overflow);
        assertThat(admin.get("/api/v1/routing/queues").json().get(0).get("expansion").get("minProficiency").asInt()).isEqualTo(2);
    }

    @Test
    void assigningByHandTakesTheConversationOutOfTheQueueAndCancelsItsOffer() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        pushOffers(workspace);
        available(workspace, workspace.agent());
        String conversation = customerChats(workspace, "visitor-1");
        JsonNode offer = pendingOffer(workspace.agent());

        assertThat(workspace.supervisor().api().put("/api/v1/conversations/" + conversation + "/assignment",
                Map.of("assigneeId", workspace.admin().id().toString())).status()).isLessThan(300);

        await().atMost(Duration.ofSeconds(5)).until(() -> offers(workspace.agent().api(), "?conversationId=" + conversation)
                .getFirst().get("outcome").asString(""), "CANCELLED"::equals);
        assertThat(workspace.agent().api().post("/api/v1/routing/offers/" + offer.get("id").asString() + "/accept", Map.of()).status())
                .isEqualTo(409);
        assertThat(count("select count(*) from routing_items where conversation_id = ?", conversation)).isZero();
    }

    @Test
    void aPullOnlyQueueMakesNoOffersAndGetNextHandsTheAgentTheMostUrgentConversation() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        available(workspace, workspace.agent());
        String normal = customerChats(workspace, "visitor-1");
        String urgent = customerChats(workspace, "visitor-2");
        workspace.supervisor().api().patch("/api/v1/conversations/" + urgent, Map.of("priority", "URGENT"));
        // The priority may reach the item only with the re-check after its enqueue commits: wait for that too.
        await().atMost(Duration.ofSeconds(10)).until(() -> count("select count(*) from routing_items where workspace_id = ?",
                workspace.id().toString()) == 2 && count("select count(*) from routing_items where workspace_id = ? and priority = 'URGENT'",
                workspace.id().toString()) == 1);

        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(3))
                .until(() -> offers(workspace.supervisor().api(), "").isEmpty()); // the default queue is pull-only

        TestApi.Response first = workspace.agent().api().post("/api/v1/routing/next", Map.of());
        TestApi.Response second = workspace.agent().api().post("/api/v1/routing/next", Map.of());
        TestApi.Response none = workspace.agent().api().post("/api/v1/routing/next", Map.of());

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().get("conversationId").asString()).isEqualTo(urgent);
        assertThat(first.json().get("mode").asString()).isEqualTo("PULL");
        assertThat(second.json().get("conversationId").asString()).isEqualTo(normal);
        assertThat(none.status()).isEqualTo(204);
        assertThat(workspace.agent().api().get("/api/v1/conversations/" + normal).json().get("assigneeId").asString())
                .isEqualTo(workspace.agent().id().toString());
    }

    @Test
    void rulesPlaceConversationsInQueuesAndTheTestExplainsWhy() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();
        JsonNode billing = admin.post("/api/v1/routing/queues", Map.of("name", "Billing", "requiredSkill", "billing",
                "minProficiency", 3)).json();
        JsonNode rule = admin.post("/api/v1/routing/rules", Map.of("queueId", billing.get("id").asString(), "position", 1,
                "channel", "chat", "tag", "Invoice")).json();
        assertThat(rule.get("tag").asString()).isEqualTo("invoice");

        JsonNode match = admin.post("/api/v1/routing/rules/test", Map.of("channel", "chat", "tags", List.of("invoice"))).json();
        JsonNode noMatch = admin.post("/api/v1/routing/rules/test", Map.of("channel", "email", "tags", List.of("invoice"))).json();

        assertThat(match.get("queueName").asString()).isEqualTo("Billing");
        assertThat(match.get("ruleId").asString()).isEqualTo(rule.get("id").asString());
        assertThat(noMatch.get("queueName").asString()).isEqualTo("Default");
        assertThat(noMatch.get("reasons").get(0).asString()).contains("channel is email, not chat");

        String conversation = customerChats(workspace, "visitor-1");
        await().atMost(Duration.ofSeconds(10)).until(() -> count("select count(*) from routing_items where conversation_id = ?", conversation) == 1);
        assertThat(jdbc.sql("select q.name from routing_items i join routing_queues q on q.id = i.queue_id where i.conversation_id = ?")
                .param(java.util.UUID.fromString(conversation)).query(String.class).single()).isEqualTo("Default");

        assertThat(workspace.agent().api().get("/api/v1/routing/rules").status()).as("agents do not read rules").isEqualTo(403);
        assertThat(workspace.supervisor().api().post("/api/v1/routing/queues", Map.of("name", "X")).status()).isEqualTo(403);
    }

    @Test
    void tierAndCustomAttributeRulesPlaceARealConversationAndTheTesterShowsEachCondition() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();
        assertThat(admin.post("/api/v1/attribute-definitions", Map.of("key", "topic", "label", "Topic", "type", "LIST",
                "options", List.of("Billing", "Sales"), "appliesTo", "CONVERSATION")).status()).isEqualTo(201);
        JsonNode vipBilling = admin.post("/api/v1/routing/queues", Map.of("name", "VIP billing")).json();
        JsonNode rule = admin.post("/api/v1/routing/rules", Map.of("queueId", vipBilling.get("id").asString(), "position", 1,
                "tier", "VIP", "attributes", Map.of("topic", "billing"))).json();
        assertThat(rule.get("tier").asString()).isEqualTo("vip");
        assertThat(rule.get("attributes").get("topic").asString()).as("stored in the list option's spelling").isEqualTo("Billing");
        assertThat(admin.get("/api/v1/routing/rules").json().get(0).get("attributes").get("topic").asString()).isEqualTo("Billing");

        JsonNode standard = admin.post("/api/v1/routing/rules/test", Map.of("channel", "chat", "tier", "standard",
                "attributes", Map.of("topic", "Billing"))).json();
        assertThat(standard.get("queueName").asString()).isEqualTo("Default");
        JsonNode conditions = standard.get("checks").get(0).get("conditions");
        assertThat(conditions.valueStream().map(c -> c.get("condition").asString() + "=" + c.get("actual").asString()
                + ":" + c.get("matched").asBoolean())).containsExactly("tier=standard:false", "attributes.topic=Billing:true");

        String conversation = customerChats(workspace, "visitor-vip");
        await().atMost(Duration.ofSeconds(10)).until(() -> queueOf(conversation), "Default"::equals);
        String contact = admin.get("/api/v1/conversations/" + conversation).json().get("contactId").asString();
        assertThat(admin.patch("/api/v1/contacts/" + contact, Map.of("tier", "vip")).status()).isEqualTo(200);
        assertThat(admin.patch("/api/v1/conversations/" + conversation, Map.of("customAttributes", Map.of("topic", "Billing")))
                .status()).isEqualTo(200);
        admin.patch("/api/v1/conversations/" + conversation, Map.of("status", "RESOLVED"));
        await().atMost(Duration.ofSeconds(10)).until(() -> count("select count(*) from routing_items where conversation_id = ?", conversation) == 0);
        admin.patch("/api/v1/conversations/" + conversation, Map.of("status", "OPEN"));

        await("reopened, it is placed by its contact's tier and its topic").atMost(Duration.ofSeconds(10))
                .until(() -> queueOf(conversation), "VIP billing"::equals);
        JsonNode tested = workspace.supervisor().api().post("/api/v1/routing/rules/test", Map.of("conversationId", conversation)).json();
        assertThat(tested.get("queueName").asString()).as("the test of the real conversation agrees").isEqualTo("VIP billing");
        assertThat(tested.get("checks").get(0).get("conditions").valueStream().map(c -> c.get("actual").asString()))
                .containsExactly("vip", "Billing");
        TestWorkspaces.Workspace other = workspaces.create();
        assertThat(other.supervisor().api().post("/api/v1/routing/rules/test", Map.of("conversationId", conversation)).status())
                .as("another workspace's conversation").isEqualTo(404);
    }

    @Test
    void aWaitingConversationFollowsItsRulesWhenItsFactsChangeUnlessAPersonChoseItsQueue() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();
        admin.post("/api/v1/attribute-definitions", Map.of("key", "topic", "label", "Topic", "type", "LIST",
                "options", List.of("Billing", "Sales"), "appliesTo", "CONVERSATION"));
        String billing = admin.post("/api/v1/routing/queues", Map.of("name", "Billing")).json().get("id").asString();
        String vip = admin.post("/api/v1/routing/queues", Map.of("name", "VIP")).json().get("id").asString();
        String urgent = admin.post("/api/v1/routing/queues", Map.of("name", "Urgent")).json().get("id").asString();
        admin.post("/api/v1/routing/rules", Map.of("queueId", vip, "position", 1, "tier", "vip"));
        admin.post("/api/v1/routing/rules", Map.of("queueId", billing, "position", 2, "attributes", Map.of("topic", "Billing")));
        admin.post("/api/v1/routing/rules", Map.of("queueId", urgent, "position", 3, "tag", "outage"));

        String conversation = customerChats(workspace, "visitor-moves");
        await().atMost(Duration.ofSeconds(10)).until(() -> queueOf(conversation), "Default"::equals);

        admin.patch("/api/v1/conversations/" + conversation, Map.of("customAttributes", Map.of("topic", "Billing")));
        assertThat(queueOf(conversation)).as("a bot captured the topic").isEqualTo("Billing");
        admin.patch("/api/v1/conversations/" + conversation, Map.of("customAttributes", Map.of("topic", "Sales"), "tags", List.of("outage")));
        assertThat(queueOf(conversation)).as("tagged").isEqualTo("Urgent");
        String contact = admin.get("/api/v1/conversations/" + conversation).json().get("contactId").asString();
        admin.patch("/api/v1/contacts/" + contact, Map.of("tier", "vip"));
        assertThat(queueOf(conversation)).as("the contact became a VIP").isEqualTo("VIP");
        assertThat(count("select count(*) from routing_items where conversation_id = ? and tier = 'vip'", conversation)).isEqualTo(1);

        assertThat(workspace.supervisor().api().post("/api/v1/routing/transfers", Map.of("conversationId", conversation,
                "queueId", billing, "note", "billing knows this customer")).status()).isEqualTo(200);
        assertThat(queueOf(conversation)).isEqualTo("Billing");
        admin.patch("/api/v1/conversations/" + conversation, Map.of("tags", List.of("outage", "again")));
        assertThat(queueOf(conversation)).as("a person chose this queue").isEqualTo("Billing");
    }

    @Test
    void rulesCanLookAtTheContactsCustomAttributes() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();
        admin.post("/api/v1/attribute-definitions", Map.of("key", "segment", "label", "Segment", "type", "LIST",
                "options", List.of("Enterprise", "SMB"), "appliesTo", "CONTACT"));
        admin.post("/api/v1/attribute-definitions", Map.of("key", "renewal", "label", "Renewal", "type", "DATE", "appliesTo", "CONTACT"));
        String enterprise = admin.post("/api/v1/routing/queues", Map.of("name", "Enterprise")).json().get("id").asString();

        TestApi.Response withoutPrefix = admin.post("/api/v1/routing/rules", Map.of("queueId", enterprise, "position", 1,
                "attributes", Map.of("segment", "Enterprise")));
        assertThat(withoutPrefix.status()).isEqualTo(400);
        assertThat(withoutPrefix.body()).contains("contact.segment");
        assertThat(admin.post("/api/v1/routing/rules", Map.of("queueId", enterprise, "position", 1,
                "attributes", Map.of("contact.renewal", "next week"))).status()).as("not a date").isEqualTo(400);
        JsonNode rule = admin.post("/api/v1/routing/rules", Map.of("queueId", enterprise, "position", 1,
                "attributes", Map.of("contact.segment", "enterprise", "contact.renewal", "2027-01-31"))).json();
        assertThat(rule.get("attributes").get("contact.segment").asString()).isEqualTo("Enterprise");

        String conversation = customerChats(workspace, "visitor-enterprise");
        String contact = admin.get("/api/v1/conversations/" + conversation).json().get("contactId").asString();
        assertThat(admin.patch("/api/v1/contacts/" + contact, Map.of("customAttributes",
                Map.of("segment", "Enterprise", "renewal", "2027-01-31T10:00:00Z"))).status()).isEqualTo(200);

        JsonNode tested = admin.post("/api/v1/routing/rules/test", Map.of("conversationId", conversation)).json();
        assertThat(tested.get("queueName").asString()).isEqualTo("Enterprise");
        assertThat(tested.get("checks").get(0).get("conditions").valueStream().map(c -> c.get("condition").asString()))
                .containsExactly("attributes.contact.renewal", "attributes.contact.segment");
    }

    @Test
    void badRuleConditionsAreRefusedAsProblemsNamingTheField() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();
        admin.post("/api/v1/attribute-definitions", Map.of("key", "seats", "label", "Seats", "type", "NUMBER", "appliesTo", "CONVERSATION"));
        admin.post("/api/v1/attribute-definitions", Map.of("key", "plan", "label", "Plan", "type", "LIST",
                "options", List.of("gold"), "appliesTo", "CONVERSATION"));
        admin.post("/api/v1/attribute-definitions", Map.of("key", "segment", "label", "Segment", "type", "TEXT", "appliesTo", "CONTACT"));
        String queue = admin.get("/api/v1/routing/queues").json().get(0).get("id").asString();

        Map<String, Map<String, Object>> bad = Map.of(
                "attributes", Map.of("Bad Key", "x"),
                "attributes.seats", Map.of("seats", "many"),
                "attributes.plan", Map.of("plan", "silver"),
                "attributes.segment", Map.of("segment", "smb"),
                "attributes.topic", Map.of("topic", " "));
        bad.forEach((field, attributes) -> {
            TestApi.Response refused = admin.post("/api/v1/routing/rules", Map.of("queueId", queue, "position", 1, "attributes", attributes));
            assertThat(refused.status()).as(field).isEqualTo(400);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
        });
        TestApi.Response badTier = admin.post("/api/v1/routing/rules", Map.of("queueId", queue, "position", 1, "tier", "gold plus"));
        assertThat(badTier.status()).isEqualTo(400);
        assertThat(badTier.json().get("errors").get(0).get("field").asString()).isEqualTo("tier");
        assertThat(admin.get("/api/v1/routing/rules").json().size()).as("nothing stored").isZero();

        JsonNode undefined = admin.post("/api/v1/routing/rules", Map.of("queueId", queue, "position", 1,
                "attributes", Map.of("seats", "5.0", "bot_intent", "refund"))).json();
        assertThat(undefined.get("attributes").get("seats").asString()).as("a number in plain form").isEqualTo("5");
        assertThat(undefined.get("attributes").get("bot_intent").asString()).as("undefined keys are free-form").isEqualTo("refund");
    }

    private String queueOf(String conversation) {
        return jdbc.sql("select q.name from routing_items i join routing_queues q on q.id = i.queue_id where i.conversation_id = ?")
                .param(java.util.UUID.fromString(conversation)).query(String.class).optional().orElse("");
    }

    @Test
    void badSettingsAreRefusedAsProblems() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();

        TestApi.Response blankName = admin.post("/api/v1/routing/queues", Map.of("name", " "));
        TestApi.Response badProficiency = admin.post("/api/v1/routing/queues", Map.of("name", "Q", "minProficiency", 9));
        TestApi.Response unknownTeam = admin.post("/api/v1/routing/queues", Map.of("name", "Q", "teamId", java.util.UUID.randomUUID().toString()));
        TestApi.Response unknownQueue = admin.post("/api/v1/routing/rules", Map.of("queueId", java.util.UUID.randomUUID().toString(), "position", 1));
        TestApi.Response badChannel = admin.post("/api/v1/routing/rules/test", Map.of("channel", "pigeon"));
        TestApi.Response tooManyChats = admin.put("/api/v1/routing/profiles/" + workspace.agent().id(), Map.of(
                "capacity", Map.of("chat", 11, "email", 5, "messaging", 5, "voice", 1, "total", 10)));
        TestApi.Response badSkill = admin.put("/api/v1/routing/profiles/" + workspace.agent().id(), Map.of(
                "skills", Map.of("billing", 6), "capacity", Map.of("chat", 3, "email", 5, "messaging", 5, "voice", 1, "total", 10)));
        TestApi.Response badLimit = admin.get("/api/v1/routing/offers?limit=0");

        assertThat(List.of(blankName, badProficiency, tooManyChats, badSkill, badLimit))
                .allSatisfy(r -> {
                    assertThat(r.status()).isEqualTo(400);
                    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
                });
        assertThat(unknownTeam.status()).isEqualTo(422);
        assertThat(unknownQueue.status()).isEqualTo(422);
        assertThat(badChannel.status()).as("a sample's channel is free text: it just matches nothing").isEqualTo(200);
    }

    @Test
    void queueStateCountsWaitingAndAgentsAndEstimatesTheWaitOfANewArrival() {
        TestWorkspaces.Workspace workspace = workspaces.create();
        customerChats(workspace, "visitor-1");
        customerChats(workspace, "visitor-2");
        await().atMost(Duration.ofSeconds(10)).until(() -> count("select count(*) from routing_items where workspace_id = ?",
                workspace.id().toString()) == 2);
        presence.change(workspace.id(), workspace.agent().id(), PresenceStatus.AVAILABLE, null);
        JsonNode whileFree = workspace.agent().api().get("/api/v1/routing/expected-wait?inboxId=" + workspace.inbox(Channel.CHAT)).json();
        presence.change(workspace.id(), workspace.agent().id(), PresenceStatus.BUSY, null);

        JsonNode state = workspace.supervisor().api().get("/api/v1/routing/queues/state").json().get(0);
        JsonNode wait = workspace.agent().api().get("/api/v1/routing/expected-wait?inboxId=" + workspace.inbox(Channel.CHAT)).json();

        assertThat(state.get("name").asString()).isEqualTo("Default");
        assertThat(state.get("waiting").asLong()).isEqualTo(2);
        assertThat(state.get("agentsBusy").asInt()).isEqualTo(1);
        assertThat(state.get("agentsAvailable").asInt()).isZero();
        // Third in line and the (get-next) agent has 3 free chat places: offered at once, no accept time known yet.
        assertThat(whileFree.get("expectedWaitSeconds").asLong()).isZero();
        // Third in line, one busy agent with 3 chat places, 5 minutes per chat: 3 x 300 s / 3.
        assertThat(wait.get("expectedWaitSeconds").asLong()).isEqualTo(300);
    }

    private long count(String sql, String id) {
        return jdbc.sql(sql).param(java.util.UUID.fromString(id)).query(Long.class).single();
    }
}
