package dev.frontline.routing.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.Priority;
import dev.frontline.routing.ChannelKind;
import dev.frontline.routing.QueueMatch;
import dev.frontline.routing.RoutingProfile;
import dev.frontline.routing.RoutingQueue;
import dev.frontline.routing.RoutingRule;
import dev.frontline.routing.SampleConversation;
import dev.frontline.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoutingPolicyTests {

    private static final RoutingQueue DEFAULT = queue("Default", null, null, 1);
    private static final RoutingQueue BILLING = queue("Billing", null, "billing", 3);
    private static final RoutingQueue CHINESE = queue("Chinese", null, null, 1);
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final Duration STEP = Duration.ofMinutes(5);
    private static final Duration VIP = Duration.ofMinutes(2);

    private static RoutingQueue queue(String name, UUID team, String skill, int proficiency) {
        return new RoutingQueue(UUID.randomUUID(), name, team, null, skill, proficiency, null, name.equals("Default"), true, 0,
                dev.frontline.routing.AgentSelection.LONGEST_IDLE, RoutingQueue.Expansion.NONE);
    }

    private static RoutingRule rule(int position, RoutingQueue queue, String channel, String language, String tag) {
        return new RoutingRule(UUID.randomUUID(), queue.id(), position, channel, null, language, tag, null, null, Map.of());
    }

    private static RoutingItem item(String channel, String language) {
        return new RoutingItem(new ConversationId(UUID.randomUUID()), BILLING.id(), channel, language, Priority.NORMAL, null,
                RoutingItem.State.WAITING, NOW, 0, null);
    }

    @Test
    void theFirstMatchingRuleByPositionWinsAndTheReasonsSayWhyTheOthersDidNot() {
        List<RoutingRule> rules = List.of(rule(1, CHINESE, null, "zh", null), rule(2, BILLING, "chat", null, "invoice"));

        QueueMatch match = QueueMatchPolicy.match(rules, List.of(DEFAULT, BILLING, CHINESE), DEFAULT,
                new SampleConversation("chat", null, "en", Set.of("invoice"), Priority.NORMAL, null, Map.of()));

        assertThat(match.queueName()).isEqualTo("Billing");
        assertThat(match.reasons()).containsExactly("Rule 1 did not match: language is en, not zh.",
                "Rule 2 matched: channel chat, tag invoice.");
    }

    @Test
    void aLanguageRuleMatchesRegionalVariantsAndNothingMatchedGoesToTheDefaultQueue() {
        List<RoutingRule> rules = List.of(rule(1, CHINESE, null, "zh", null));

        assertThat(QueueMatchPolicy.match(rules, List.of(CHINESE), DEFAULT,
                new SampleConversation("email", null, "zh-hant", Set.of(), Priority.LOW, null, Map.of())).queueName()).isEqualTo("Chinese");
        QueueMatch none = QueueMatchPolicy.match(rules, List.of(CHINESE), DEFAULT,
                new SampleConversation("email", null, null, Set.of(), Priority.LOW, null, Map.of()));
        assertThat(none.queueName()).isEqualTo("Default");
        assertThat(none.ruleId()).isNull();
    }

    @Test
    void tierAndAttributeConditionsAreAllCheckedAndTheTesterSeesWhichHeldAndWhichFailed() {
        RoutingRule vipBilling = new RoutingRule(UUID.randomUUID(), BILLING.id(), 1, null, null, null, null, null, "vip",
                Map.of("topic", "billing", "seats", "5"));
        RoutingRule anyVip = new RoutingRule(UUID.randomUUID(), CHINESE.id(), 2, null, null, null, null, null, "vip", Map.of());

        QueueMatch standard = QueueMatchPolicy.match(List.of(vipBilling, anyVip), List.of(DEFAULT, BILLING, CHINESE), DEFAULT,
                new SampleConversation("chat", null, "en", Set.of(), Priority.NORMAL, "standard", Map.of("topic", "Billing ")));

        assertThat(standard.queueName()).isEqualTo("Default");
        assertThat(standard.checks().getFirst().conditions()).containsExactly(
                new QueueMatch.ConditionCheck("tier", "vip", "standard", false),
                new QueueMatch.ConditionCheck("attributes.seats", "5", null, false),
                new QueueMatch.ConditionCheck("attributes.topic", "billing", "Billing ", true));
        assertThat(standard.reasons().getFirst()).isEqualTo("Rule 1 did not match: tier is standard, not vip.");

        QueueMatch vip = QueueMatchPolicy.match(List.of(vipBilling, anyVip), List.of(DEFAULT, BILLING, CHINESE), DEFAULT,
                new SampleConversation("chat", null, "en", Set.of(), Priority.NORMAL, "VIP", Map.of("topic", "billing", "seats", 5.0)));
        assertThat(vip.queueName()).as("a number attribute matches by value, a tier without case").isEqualTo("Billing");
        assertThat(vip.checks()).singleElement().satisfies(check -> assertThat(check.matched()).isTrue());

        QueueMatch otherTopic = QueueMatchPolicy.match(List.of(vipBilling, anyVip), List.of(DEFAULT, BILLING, CHINESE), DEFAULT,
                new SampleConversation("chat", null, "en", Set.of(), Priority.NORMAL, "vip", Map.of("topic", "sales", "seats", 5)));
        assertThat(otherTopic.queueName()).isEqualTo("Chinese");
        assertThat(otherTopic.reasons()).containsExactly("Rule 1 did not match: attributes.topic is sales, not billing.",
                "Rule 2 matched: tier vip.");
    }

    @Test
    void priorityGoesFirstButAgesSoALongWaitingNormalItemIsNotStarved() {
        long urgentNow = WorkOrder.sortKey(NOW, Priority.URGENT, null, STEP, VIP);
        long normalJustBefore = WorkOrder.sortKey(NOW.minus(Duration.ofMinutes(1)), Priority.NORMAL, null, STEP, VIP);
        long normalLongAgo = WorkOrder.sortKey(NOW.minus(Duration.ofMinutes(11)), Priority.NORMAL, null, STEP, VIP);

        assertThat(urgentNow).isLessThan(normalJustBefore);
        assertThat(normalLongAgo).isLessThan(urgentNow);
    }

    @Test
    void aVipContactGoesBeforeAStandardOneOfTheSamePriorityWhoArrivedShortlyBefore() {
        long vip = WorkOrder.sortKey(NOW, Priority.NORMAL, "vip", STEP, VIP);
        long standard = WorkOrder.sortKey(NOW.minus(Duration.ofMinutes(1)), Priority.NORMAL, "standard", STEP, VIP);
        long higherPriority = WorkOrder.sortKey(NOW, Priority.HIGH, "standard", STEP, VIP);

        assertThat(vip).isLessThan(standard);
        assertThat(higherPriority).isLessThan(vip);
    }

    @Test
    void anAgentNeedsTheQueuesSkillTheirLanguageAndAFreePlaceOnTheChannelAndInTotal() {
        RoutingProfile skilled = new RoutingProfile(new UserId(UUID.randomUUID()), Map.of("billing", 4), Set.of("en"),
                new RoutingProfile.Capacity(2, 5, 5, 1, 3));
        RoutingProfile novice = new RoutingProfile(skilled.userId(), Map.of("billing", 2), Set.of(), skilled.capacity());

        assertThat(EligibilityPolicy.mayTake(skilled, List.of(), new int[] {1, 0, 0, 0}, BILLING, item("chat", "en-gb"))).isTrue();
        assertThat(EligibilityPolicy.mayTake(novice, List.of(), new int[] {0, 0, 0, 0}, BILLING, item("chat", "en"))).isFalse();
        assertThat(EligibilityPolicy.mayTake(skilled, List.of(), new int[] {0, 0, 0, 0}, BILLING, item("chat", "ko"))).isFalse();
        assertThat(EligibilityPolicy.mayTake(skilled, List.of(), new int[] {2, 0, 0, 0}, BILLING, item("chat", "en")))
                .as("chat places full").isFalse();
        assertThat(EligibilityPolicy.mayTake(skilled, List.of(), new int[] {1, 2, 0, 0}, BILLING, item("chat", "en")))
                .as("total cap reached").isFalse();
        assertThat(EligibilityPolicy.mayTake(skilled, List.of(), new int[] {0, 0, 0, 1}, BILLING, item("voice", "en")))
                .as("one call at a time").isFalse();
    }

    @Test
    void aCallKeepsOtherWorkAwayUnlessTheProfileAllowsChatsDuringCalls() {
        RoutingProfile focused = new RoutingProfile(new UserId(UUID.randomUUID()), Map.of(), Set.of(), RoutingProfile.Capacity.DEFAULT);
        RoutingProfile multitasking = new RoutingProfile(focused.userId(), Map.of(), Set.of(), focused.capacity(), false, true);
        int[] onACall = {0, 0, 0, 1};

        for (ChannelKind kind : List.of(ChannelKind.CHAT, ChannelKind.EMAIL, ChannelKind.MESSAGING)) {
            assertThat(EligibilityPolicy.hasRoom(focused, onACall, kind)).as(kind.name()).isFalse();
            assertThat(EligibilityPolicy.hasRoom(multitasking, onACall, kind)).as(kind.name()).isTrue();
            assertThat(EligibilityPolicy.hasRoom(focused, new int[] {1, 1, 1, 0}, kind)).as("no call").isTrue();
        }
        assertThat(EligibilityPolicy.whyNoRoom(focused, onACall, ChannelKind.CHAT)).contains("on a call");
        assertThat(EligibilityPolicy.whyNoRoom(focused, new int[] {3, 0, 0, 1}, ChannelKind.CHAT)).contains("no free place");
        assertThat(EligibilityPolicy.hasRoom(multitasking, new int[] {1, 0, 0, 0}, ChannelKind.VOICE))
                .as("chats do not keep calls away").isTrue();
    }

    @Test
    void aTeamQueueIsOnlyForItsMembers() {
        UUID team = UUID.randomUUID();
        RoutingQueue teamQueue = queue("Team", team, null, 1);
        RoutingProfile agent = RoutingProfile.defaultFor(new UserId(UUID.randomUUID()));

        assertThat(EligibilityPolicy.qualifies(agent, List.of(team), teamQueue, item("chat", null))).isTrue();
        assertThat(EligibilityPolicy.qualifies(agent, List.of(UUID.randomUUID()), teamQueue, item("chat", null))).isFalse();
    }

    @Test
    void attributeConditionsCompareDatesByDayNumbersByValueAndTextIgnoringCase() {
        assertThat(QueueMatchPolicy.attributeMatches("2026-12-01", "2026-12-01T23:30:00+09:00")).isTrue();
        assertThat(QueueMatchPolicy.attributeMatches("2026-12-01", "2026-12-01")).isTrue();
        assertThat(QueueMatchPolicy.attributeMatches("2026-12-01", "2026-12-02")).isFalse();
        assertThat(QueueMatchPolicy.attributeMatches("2026-12-01", "soon")).isFalse();
        assertThat(QueueMatchPolicy.attributeMatches("5", 5.0)).isTrue();
        assertThat(QueueMatchPolicy.attributeMatches("5", 6)).isFalse();
        assertThat(QueueMatchPolicy.attributeMatches("gold", " Gold ")).isTrue();
        assertThat(QueueMatchPolicy.attributeMatches("gold", null)).isFalse();
    }
}
