package dev.frontline.knowledge;

import dev.frontline.shared.InvalidRequestException;
import java.util.Arrays;

/** The languages articles are written in, by their BCP 47 tags. */
public enum ArticleLanguage {
    EN("en"), ZH_HANS("zh-Hans"), ZH_HANT("zh-Hant"), KO("ko");

    private final String tag;

    ArticleLanguage(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    /** The language of a tag as clients send it (case-insensitive); 400 for any other. */
    public static ArticleLanguage of(String field, String tag) {
        return Arrays.stream(values()).filter(language -> language.tag.equalsIgnoreCase(tag.strip())).findFirst()
                .orElseThrow(() -> new InvalidRequestException(field, "must be one of en, zh-Hans, zh-Hant, ko"));
    }
}
