package dev.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.support.BrowserScript;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Settings → Business hours in Chromium (frontend/e2e/business-hours.mjs): the week grid with split and night
 * ranges, a holiday added by hand, an .ics import previewed then imported, and the page in Traditional Chinese.
 */
@IntegrationTest
class BusinessHoursBrowserIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Test
    void anAdminSetsTheWeekAddsAHolidayAndImportsACalendarAfterAPreview() throws Exception {
        BrowserScript.run("business-hours.mjs", BrowserScript.arguments(workspaces, workspaces.create()));

        assertThat(Path.of("target", "screenshots", "settings-business-hours.png")).exists();
        assertThat(Path.of("target", "screenshots", "settings-business-hours-import.png")).exists();
        assertThat(Path.of("target", "screenshots", "settings-business-hours-zh-TW.png")).exists();
    }
}
