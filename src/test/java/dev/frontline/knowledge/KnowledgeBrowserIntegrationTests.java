package dev.frontline.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Knowledge through the built web UI in Chromium (frontend/e2e/knowledge.mjs): suggestions from a Korean
 * customer's message in the conversation's side panel, preview, insert a summary, "this helped", a typo-tolerant
 * search, and a supervisor writing an article with the rich text editor's toolbar (heading, list, link, video
 * link, callout), publishing it in the articles page and reading the article analytics; agents suggesting edits and
 * flagging outdated articles, the review queue and the version diff (frontend/e2e/knowledge-review.mjs).
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
    void agentsSuggestAndFlagAndASupervisorReviewsAndComparesVersions() throws Exception {
        TestWorkspaces.Workspace workspace = workspaces.create();
        BrowserScript.run("knowledge-review.mjs", BrowserScript.arguments(workspaces, workspace));

        assertThat(Path.of("target", "screenshots", "knowledge-suggest-edit.png")).exists();
        assertThat(Path.of("target", "screenshots", "knowledge-review-queue.png")).exists();
        assertThat(Path.of("target", "screenshots", "knowledge-version-diff.png")).exists();
        assertThat(Path.of("target", "screenshots", "knowledge-categories.png")).exists();
    }
}
