package dev.frontline.helpcenter.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The help center's own words ({@code i18n/help-center*.properties}) in the page's language: en, zh-Hans
 * (the zh_CN bundle), zh-Hant (zh_TW) or ko. The JVM's default locale plays no part.
 */
final class PageTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle texts;

    PageTexts(String languageTag) {
        this.locale = Locale.forLanguageTag(languageTag);
        this.texts = ResourceBundle.getBundle("i18n.help-center", locale, NO_FALLBACK);
    }

    /** Used by the templates as {@code t.get('key')} or {@code t.format('key', argument)}. */
    public String get(String key) {
        return texts.getString(key);
    }

    public String format(String key, Object argument) {
        return new MessageFormat(texts.getString(key), locale).format(new Object[] {argument});
    }

    Locale locale() {
        return locale;
    }
}
