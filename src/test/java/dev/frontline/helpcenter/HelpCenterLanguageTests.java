package dev.frontline.helpcenter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.knowledge.ArticleLanguage;
import org.junit.jupiter.api.Test;

class HelpCenterLanguageTests {

    @Test
    void aWorkspacesLanguageLeadsToTheClosestHelpCenterLanguage() {
        assertThat(HelpCenters.helpCenterLanguage("zh-CN")).isEqualTo(ArticleLanguage.ZH_HANS);
        assertThat(HelpCenters.helpCenterLanguage("zh-Hans")).isEqualTo(ArticleLanguage.ZH_HANS);
        assertThat(HelpCenters.helpCenterLanguage("zh-TW")).isEqualTo(ArticleLanguage.ZH_HANT);
        assertThat(HelpCenters.helpCenterLanguage("zh-HK")).isEqualTo(ArticleLanguage.ZH_HANT);
        assertThat(HelpCenters.helpCenterLanguage("zh-Hant-TW")).isEqualTo(ArticleLanguage.ZH_HANT);
        assertThat(HelpCenters.helpCenterLanguage("ko-KR")).isEqualTo(ArticleLanguage.KO);
        assertThat(HelpCenters.helpCenterLanguage("de")).isEqualTo(ArticleLanguage.EN);
    }
}
