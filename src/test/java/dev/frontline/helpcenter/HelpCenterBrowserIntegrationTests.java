package dev.frontline.helpcenter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The help center in Chromium (frontend/e2e/helpcenter.mjs): an author translates a category, an admin sets the help
 * center up, a visitor reads it in English, Simplified and Traditional Chinese and Korean (the category in each),
 * searches, switches language, and with JavaScript off answers "was this helpful?" and writes through the contact
 * form; no CSP violation on the way. helpcenter-tour.mjs screenshots every page in every language on a desktop and
 * a 390 px phone, failing when one is wider than the phone.
 */
@IntegrationTest
class HelpCenterBrowserIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void aVisitorReadsTheHelpCenterInEveryLanguage() throws Exception {
        TestWorkspaces.Workspace workspace = workspaces.create();
        BrowserScript.run("helpcenter.mjs", BrowserScript.arguments(workspaces, workspace));

        for (String language : List.of("en", "zh-Hans", "zh-Hant", "ko")) {
            assertThat(Path.of("target", "screenshots", "helpcenter-home-" + language + ".png")).exists();
            assertThat(Path.of("target", "screenshots", "helpcenter-article-" + language + ".png")).exists();
        }
        assertThat(Path.of("target", "screenshots", "helpcenter-contact-ko.png")).exists();
        assertThat(Path.of("target", "screenshots", "helpcenter-category-translations.png")).exists();
    }

    @Test
    void everyPageFitsADesktopAndAPhoneInEveryLanguage() throws Exception {
        TestWorkspaces.Workspace workspace = workspaces.create();
        BrowserScript.run("helpcenter-tour.mjs", BrowserScript.arguments(workspaces, workspace));

        for (String language : List.of("en", "zh-Hans", "zh-Hant", "ko")) {
            for (String page : List.of("home", "category", "article", "search", "contact", "not-found")) {
                assertThat(Path.of("target", "screenshots", "helpcenter-tour-phone-" + page + "-" + language + ".png")).exists();
                assertThat(Path.of("target", "screenshots", "helpcenter-tour-desktop-" + page + "-" + language + ".png")).exists();
            }
        }
    }
}
