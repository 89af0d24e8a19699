package dev.frontline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Knowledge through the built web UI in Chromium (frontend/e2e/knowledge.mjs): suggestions from a Korean
 * customer's message in the conversation's side panel, preview, insert a summary, "this helped", a typo-tolerant
 * search, and a supervisor writing an article with the rich text editor's toolbar (heading, list, link, video
 * link, callout), publishing it in the articles page and reading the article analytics; agents suggesting edits and
 * flagging outdated articles (the edit in the rich editor), the side panel's callouts, the review queue, the draft
 * waiting beside the live article and its diff, and a subject-matter expert granted a category who writes and
 * publishes there (frontend/e2e/knowledge-review.mjs).
 */
@IntegrationTest
class KnowledgeBrowserIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void anAgentGetsArticleSuggestionsAndASupervisorPublishesAnArticle() throws Exception {
        TestWorkspaces.Workspace workspace = workspaces.create();
        BrowserScript.run("knowledge.mjs", BrowserScript.arguments(workspaces, workspace));

        assertThat(Path.of("target", "screenshots", "knowledge-suggestions.png")).exists();
        assertThat(Path.of("target", "screenshots", "knowledge-preview-inserted.png")).exists();
        assertThat(Path.of("target", "screenshots", "knowledge-rich-editor.png")).exists();
        assertThat(Path.of("target", "screenshots", "knowledge-articles-page.png")).exists();
        assertThat(Path.of("target", "screenshots", "knowledge-analytics.png")).exists();
    }

    @Test
    void agentsSuggestAndFlagASupervisorReviewsAndAnExpertAuthorsInTheirCategory() throws Exception {
        TestWorkspaces.Workspace workspace = workspaces.create();
        Map<String, Object> arguments = BrowserScript.arguments(workspaces, workspace);
        Map<String, String> expert = new HashMap<>(BrowserScript.account(workspaces.addAgent(workspace, "Bora Expert")));
        expert.put("name", "Bora Expert");
        arguments.put("expert", expert);
        BrowserScript.run("knowledge-review.mjs", arguments);

        assertThat(Path.of("target", "screenshots", "knowledge-suggest-edit.png")).exists();
        assertThat(Path.of("target", "screenshots", "knowledge-review-queue.png")).exists();
        assertThat(Path.of("target", "screenshots", "knowledge-version-diff.png")).exists();
        assertThat(Path.of("target", "screenshots", "knowledge-categories.png")).exists();
        assertThat(Path.of("target", "screenshots", "knowledge-panel-callout.png")).exists();
        assertThat(Path.of("target", "screenshots", "knowledge-experts.png")).exists();
        assertThat(Path.of("target", "screenshots", "knowledge-expert-article.png")).exists();
    }
}
