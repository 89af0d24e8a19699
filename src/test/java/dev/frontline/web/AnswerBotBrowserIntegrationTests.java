package dev.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.frontline.knowledge.ArticleLanguage;
import dev.frontline.knowledge.PublicArticles;
import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The chat's answer bot in the widget, in Debian's Chromium (frontend/e2e/answer-bot.mjs): an English visitor on a
 * laptop whose question the bot answers, a Korean visitor on a phone who asks for a person, and the agent who sees
 * the bot's messages marked as the bot's.
 */
@IntegrationTest
class AnswerBotBrowserIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    PublicArticles publicArticles;

    @Test
    void theBotAnswersInTheWidgetAndHandsOverToAnAgent() throws Exception {
        BrowserScript.assumeChromium();
        TestWorkspaces.Workspace workspace = workspaces.create();
        String slug = "harbor-" + UUID.randomUUID().toString().substring(0, 8);
        TestApi.Response helpCenter = workspace.admin().api().put("/api/v1/help-center/settings",
                Map.of("slug", slug, "enabled", true, "name", "Blue Harbor help", "brandColor", "#0f766e"));
        assertThat(helpCenter.status()).as(helpCenter.body()).isEqualTo(200);
        String english = publish(workspace, "Reset your password", "<p>Choose <b>Forgot password</b> on the sign-in page, "
                + "then follow the link in the email we send you. The link works for one hour.</p>", "en");
        String korean = publish(workspace, "비밀번호 재설정 방법", "<p>로그인 페이지에서 비밀번호 찾기를 누른 다음, 저희가 보내 드린 "
                + "이메일의 링크를 따라 새 비밀번호를 설정하세요. 링크는 한 시간 동안 유효합니다.</p>", "ko");

        Map<String, Object> arguments = BrowserScript.arguments(workspaces, workspace);
        arguments.put("slug", slug);
        arguments.put("articles", Map.of("en", english, "ko", korean));
        BrowserScript.run("answer-bot.mjs", arguments);

        assertThat(Path.of("target", "screenshots", "answer-bot-agent-thread.png")).exists();
    }

    /** A published PUBLIC article, once the search the bot uses finds it. */
    private String publish(TestWorkspaces.Workspace workspace, String title, String body, String language) {
        TestApi.Response response = workspace.supervisor().api().post("/api/v1/knowledge/articles", Map.of("title", title,
                "body", body, "language", language, "audience", "PUBLIC", "status", "PUBLISHED"));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        String id = response.json().get("id").asString();
        await().atMost(Duration.ofSeconds(10)).until(() -> publicArticles.search(workspace.id(), title,
                ArticleLanguage.of("language", language), 5).stream().anyMatch(hit -> hit.id().toString().equals(id)));
        return id;
    }
}
