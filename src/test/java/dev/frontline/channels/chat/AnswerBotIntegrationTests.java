package dev.frontline.channels.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.frontline.channels.Channel;
import dev.frontline.knowledge.ArticleLanguage;
import dev.frontline.knowledge.PublicArticles;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The chat's answer bot over the widget's real session API and socket: a confident answer the visitor accepts, a
 * visitor who asks for a person, a question without an answer, questions in Chinese and Korean, a silent visitor.
 */
@IntegrationTest
class AnswerBotIntegrationTests {

    static final String SHOP = WidgetIntegrationTests.SHOP;

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    PublicArticles publicArticles;

    @Autowired
    AnswerBot bot;

    @Autowired
    JdbcClient jdbc;

    TestWorkspaces.Workspace workspace;
    UUID chat;
    String slug;

    @BeforeEach
    void setUp() {
        workspace = workspaces.create();
        chat = workspace.inbox(Channel.CHAT);
        slug = "bot-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> helpCenter = new HashMap<>(Map.of("slug", slug, "enabled", true, "name", "Acme Support",
                "brandColor", "#0f766e"));
        assertThat(workspace.admin().api().put("/api/v1/help-center/settings", helpCenter).status()).isEqualTo(200);
        TestApi.Response saved = workspace.admin().api().patch("/api/v1/inboxes/" + chat,
                Map.of("settings", Map.of("answerBot", Map.of("enabled", true, "minScore", 0.1, "timeoutMinutes", 10))));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
    }

    private String article(String title, String body, String language) {
        TestApi.Response response = workspace.supervisor().api().post("/api/v1/knowledge/articles", Map.of("title", title,
                "body", body, "language", language, "audience", "PUBLIC", "status", "PUBLISHED"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String id = response.json().get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> publicArticles.search(workspace.id(), title,
                ArticleLanguage.of("language", language), 5).stream().anyMatch(hit -> hit.id().toString().equals(id)));
        return id;
    }

    private WidgetVisitorClient visitor() {
        WidgetVisitorClient visitor = WidgetVisitorClient.connect(workspaces.baseUrl(),
                WidgetVisitorClient.newVisitor(workspaces, chat, SHOP), SHOP);
        visitor.next("history");
        return visitor;
    }

    /** Asks and answers the conversation's id. */
    private static String ask(WidgetVisitorClient visitor, String question) {
        visitor.send(Map.of("type", "message", "id", "q-" + UUID.randomUUID(), "text", question));
        return visitor.next("ack").get("conversationId").asString();
    }

    private static JsonNode nextFromBot(WidgetVisitorClient visitor) {
        while (true) {
            JsonNode frame = visitor.next("message");
            if ("bot".equals(frame.get("message").get("from").asString())) {
                return frame.get("message");
            }
        }
    }

    /** Skips earlier status frames (the bot's hold) up to this one. */
    private static void awaitStatus(WidgetVisitorClient visitor, String status) {
        while (!status.equals(visitor.next("status").get("status").asString())) {
            // an earlier change
        }
    }

    private String status(String conversation) {
        return workspace.supervisor().api().get("/api/v1/conversations/" + conversation).json().get("status").asString();
    }

    private boolean routed(String conversation) {
        return jdbc.sql("select count(*) from routing_items where conversation_id = ?").param(UUID.fromString(conversation))
                .query(Long.class).single() > 0;
    }

    private JsonNode deflection() {
        return workspace.supervisor().api().get("/api/v1/inboxes/" + chat + "/answer-bot/deflection").json();
    }

    @Test
    void aConfidentAnswerThatAnsweredTheQuestionResolvesTheChatByTheBot() {
        String reset = article("Reset your password", "<p>Choose <b>Forgot password</b> on the sign-in page.</p>", "en");
        try (WidgetVisitorClient visitor = visitor()) {
            String conversation = ask(visitor, "How do I reset my password?");
            JsonNode answer = nextFromBot(visitor);

            JsonNode offered = answer.get("bot").get("articles");
            assertThat(offered).as(answer.toString()).isNotNull();
            assertThat(offered.get(0).get("title").asString()).isEqualTo("Reset your password");
            assertThat(offered.get(0).get("url").asString()).isEqualTo("/help/" + slug + "/en/articles/" + reset);
            assertThat(offered.get(0).get("snippet").asString()).doesNotContain("<mark>");
            assertThat(answer.get("bot").get("choices").findValuesAsString("label"))
                    .containsExactly("That answered my question", "Talk to a person");
            assertThat(status(conversation)).as("held by the bot, not offered to agents").isEqualTo("PENDING");
            assertThat(routed(conversation)).isFalse();

            visitor.send(Map.of("type", "bot", "choice", "answered"));
            awaitStatus(visitor, "RESOLVED");
            assertThat(nextFromBot(visitor).get("bot").get("kind").asString()).isEqualTo("resolved");
            assertThat(status(conversation)).isEqualTo("RESOLVED");
        }
        assertThat(deflection().get("resolvedByBot").asLong()).isEqualTo(1);
        assertThat(deflection().get("deflectionRate").asDouble()).isEqualTo(1.0);
        JsonNode stats = workspace.supervisor().api().get("/api/v1/knowledge/analytics/articles/" + reset).json();
        assertThat(stats.get("visitorsHelped").asLong()).as("fed to article analytics").isEqualTo(1);
    }

    @Test
    void aVisitorWhoAsksForAPersonIsRoutedAndTheAgentSeesTheBotExchange() {
        article("Track your order", "<p>Open Orders and choose Track.</p>", "en");
        try (WidgetVisitorClient visitor = visitor()) {
            String conversation = ask(visitor, "Where can I track my order?");
            nextFromBot(visitor);

            visitor.send(Map.of("type", "bot", "choice", "person"));
            assertThat(nextFromBot(visitor).get("bot").get("kind").asString()).isEqualTo("handoff");

            await().atMost(Duration.ofSeconds(10)).until(() -> routed(conversation));
            assertThat(status(conversation)).isEqualTo("OPEN");
            List<String> thread = new ArrayList<>();
            workspace.agent().api().get("/api/v1/conversations/" + conversation + "/messages").json()
                    .forEach(message -> thread.add(message.get("authorType").asString()));
            assertThat(thread).containsExactly("CONTACT", "BOT", "BOT");
            assertThat(workspace.supervisor().api().get("/api/v1/conversations/" + conversation).json()
                    .get("firstResponseAt").isNull()).as("a bot's message is no first response").isTrue();

            visitor.send(Map.of("type", "bot", "choice", "answered"));
            assertThat(visitor.next("error").get("detail").asString()).contains("no longer handling");
        }
        assertThat(deflection().get("handedOff").asLong()).isEqualTo(1);
    }

    @Test
    void aQuestionWithoutAConfidentAnswerIsHandedToPeopleAtOnce() {
        article("Reset your password", "<p>Choose Forgot password.</p>", "en");
        try (WidgetVisitorClient visitor = visitor()) {
            String conversation = ask(visitor, "Do you ship zebras to Antarctica?");
            JsonNode honest = nextFromBot(visitor);

            assertThat(honest.get("text").asString()).contains("could not find");
            assertThat(honest.get("bot").get("kind").asString()).isEqualTo("handoff");
            await().atMost(Duration.ofSeconds(10)).until(() -> routed(conversation));
            assertThat(status(conversation)).isEqualTo("OPEN");

            visitor.send(Map.of("type", "message", "id", "again", "text", "Reset your password?"));
            assertThat(visitor.framesBefore("ack")).as("the bot stays out once it handed over")
                    .noneMatch(frame -> "bot".equals(frame.path("message").path("from").asString()));
        }
        assertThat(deflection().get("noAnswer").asLong()).isEqualTo(1);
    }

    @Test
    void chineseAndKoreanQuestionsFindTheirArticlesAndTheBotAnswersInTheirLanguage() {
        article("Reset your password", "<p>Choose Forgot password.</p>", "en");
        String simplified = article("如何重置密码", "<p>在登录页面点击忘记密码，然后按照邮件中的步骤操作。</p>", "zh-Hans");
        String traditional = article("如何重設密碼", "<p>在登入頁面點選忘記密碼，然後依照郵件中的步驟操作。</p>", "zh-Hant");
        String korean = article("비밀번호 재설정 방법", "<p>로그인 페이지에서 비밀번호 찾기를 누르세요.</p>", "ko");

        assertThat(firstOffered("我忘记了密码，怎么重置密码？")).isEqualTo(simplified);
        assertThat(firstOffered("我忘記了密碼，這個要怎麼重設密碼？")).isEqualTo(traditional);
        assertThat(firstOffered("비밀번호를 재설정하려면 어떻게 하나요?")).isEqualTo(korean);
    }

    private String firstOffered(String question) {
        try (WidgetVisitorClient visitor = visitor()) {
            ask(visitor, question);
            JsonNode answer = nextFromBot(visitor);
            assertThat(answer.get("text").asString()).doesNotContain("These articles");
            return answer.get("bot").get("articles").get(0).get("id").asString();
        }
    }

    @Test
    void aVisitorWhoDoesNotAnswerTheBotInTimeHasTheChatClosedAndCountedApart() {
        article("Reset your password", "<p>Choose Forgot password.</p>", "en");
        try (WidgetVisitorClient visitor = visitor()) {
            String conversation = ask(visitor, "How do I reset my password?");
            nextFromBot(visitor);
            jdbc.sql("update chat_bot_sessions set due_at = due_at - interval '11' minute where conversation_id = ?")
                    .param(UUID.fromString(conversation)).update();

            bot.closeSilentChats();

            assertThat(nextFromBot(visitor).get("text").asString()).contains("10 minutes");
            assertThat(status(conversation)).isEqualTo("RESOLVED");
        }
        assertThat(deflection().get("timedOut").asLong()).isEqualTo(1);
        assertThat(deflection().get("resolvedByBot").asLong()).isZero();
    }

    @Test
    void anAnswerBelowTheInboxsThresholdIsNoConfidentAnswer() {
        workspace.admin().api().patch("/api/v1/inboxes/" + chat,
                Map.of("settings", Map.of("answerBot", Map.of("enabled", true, "minScore", 90))));
        article("Reset your password", "<p>Choose Forgot password.</p>", "en");
        try (WidgetVisitorClient visitor = visitor()) {
            String conversation = ask(visitor, "How do I reset my password?");

            assertThat(nextFromBot(visitor).get("bot").get("kind").asString()).isEqualTo("handoff");
            await().atMost(Duration.ofSeconds(10)).until(() -> routed(conversation));
        }
    }

    @Test
    void answerBotSettingsAreChecked() {
        TestApi.Response refused = workspace.admin().api().patch("/api/v1/inboxes/" + chat,
                Map.of("settings", Map.of("answerBot", Map.of("enabled", true, "minScore", "high"))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("settings.answerBot.minScore");
        assertThat(workspace.agent().api().get("/api/v1/inboxes/" + chat + "/answer-bot/deflection").status()).isEqualTo(403);
    }
}
