package dev.frontline.channels.voice;

import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What callers hear, in the inbox's language (en, zh-CN, zh-TW, ko), and the {@code <Say>} language code for it.
 * The admin's own greeting replaces the default one; menu labels are read as the admin wrote them.
 */
record VoicePrompts(String language) {

    private record Texts(String sayLanguage, String greeting, String press, String position, String waitMinutes,
                         String waitSoon, String callback, String callbackConfirmed, String voicemail, String goodbye,
                         String invalid) {
    }

    private static final Map<String, Texts> TEXTS = Map.of(
            "en", new Texts("en-US", "Thank you for calling.", "For %s, press %s.", "Callers ahead of you: %d.",
                    "Your expected wait is about %d minutes.", "An agent will be with you shortly.",
                    "To be called back instead of waiting, press %s.",
                    "Thank you. We will call you back at this number.",
                    "Nobody is free to answer right now. Please leave a message after the tone.",
                    "Thank you. Goodbye.", "Sorry, that is not a choice."),
            "zh-CN", new Texts("zh-CN", "感谢您的来电。", "%s，请按 %s。", "您前面还有 %d 位来电者。",
                    "预计等待时间约为 %d 分钟。", "客服人员即将为您服务。", "如需稍后回电而不再等待，请按 %s。",
                    "谢谢，我们会回拨这个号码。", "目前没有客服人员可以接听，请在提示音后留言。", "谢谢，再见。",
                    "抱歉，没有这个选项。"),
            "zh-TW", new Texts("zh-TW", "感謝您的來電。", "%s，請按 %s。", "您前面還有 %d 位來電者。",
                    "預計等候時間約為 %d 分鐘。", "客服人員即將為您服務。", "如需稍後回電而不再等候，請按 %s。",
                    "謝謝，我們會回撥這個號碼。", "目前沒有客服人員可以接聽，請在提示音後留言。", "謝謝，再見。",
                    "抱歉，沒有這個選項。"),
            "ko", new Texts("ko-KR", "전화해 주셔서 감사합니다.", "%s 문의는 %s번을 눌러 주세요.",
                    "현재 대기 순서는 %d번째입니다.", "예상 대기 시간은 약 %d분입니다.", "곧 상담원이 연결됩니다.",
                    "기다리지 않고 회신 전화를 원하시면 %s번을 눌러 주세요.", "감사합니다. 이 번호로 다시 연락드리겠습니다.",
                    "지금은 받을 수 있는 상담원이 없습니다. 신호음 후에 메시지를 남겨 주세요.", "감사합니다. 안녕히 계세요.",
                    "죄송합니다. 없는 선택입니다."));

    private Texts texts() {
        return TEXTS.getOrDefault(language, TEXTS.get("en"));
    }

    String sayLanguage() {
        return texts().sayLanguage();
    }

    String greeting(@Nullable String custom) {
        return custom == null ? texts().greeting() : custom;
    }

    String menuChoice(String label, String digit) {
        return texts().press().formatted(label, digit);
    }

    /**
     * How many callers are ahead (when any) and the expected wait in whole minutes; "shortly" under a minute. No wait
     * is said when it is unknown (nobody who may answer is working).
     */
    String waiting(long position, @Nullable Duration expectedWait) {
        String ahead = position > 1 ? texts().position().formatted(position - 1) : "";
        String wait = expectedWait == null ? ""
                : expectedWait.toSeconds() < 60 ? texts().waitSoon()
                : texts().waitMinutes().formatted(Math.round(expectedWait.toSeconds() / 60.0));
        return (ahead + " " + wait).strip();
    }

    String callbackOffer(String key) {
        return texts().callback().formatted(key);
    }

    String callbackConfirmed() {
        return texts().callbackConfirmed();
    }

    String voicemail() {
        return texts().voicemail();
    }

    String goodbye() {
        return texts().goodbye();
    }

    String invalidChoice() {
        return texts().invalid();
    }
}
