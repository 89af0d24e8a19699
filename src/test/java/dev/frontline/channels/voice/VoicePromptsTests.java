package dev.frontline.channels.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class VoicePromptsTests {

    @Test
    void aWaitingCallerHearsHowManyAreAheadAndTheWaitInWholeMinutes() {
        VoicePrompts english = new VoicePrompts("en");

        assertThat(english.waiting(3, Duration.ofSeconds(250))).isEqualTo("Callers ahead of you: 2. Your expected wait is about 4 minutes.");
        assertThat(english.waiting(1, Duration.ofSeconds(20))).isEqualTo("An agent will be with you shortly.");
        assertThat(english.waiting(1, null)).isEmpty();
    }

    @Test
    void promptsAreSpokenInTheInboxLanguage() {
        assertThat(new VoicePrompts("ko").sayLanguage()).isEqualTo("ko-KR");
        assertThat(new VoicePrompts("zh-TW").waiting(2, Duration.ofMinutes(3))).isEqualTo("您前面還有 1 位來電者。 預計等候時間約為 3 分鐘。");
        assertThat(new VoicePrompts("zh-CN").menuChoice("账单", "1")).isEqualTo("账单，请按 1。");
    }

    @Test
    void textAndUrlsInTwimlAreEscaped() {
        String xml = TwiML.response().say("Tom & Jerry <3", "en-US").redirect("https://x.test/a?b=1&c=2").xml();

        assertThat(xml).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response><Say language=\"en-US\">Tom &amp; Jerry &lt;3</Say>"
                + "<Redirect method=\"POST\">https://x.test/a?b=1&amp;c=2</Redirect></Response>");
    }
}
