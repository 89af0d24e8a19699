package dev.frontline.channels.chat;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * Text Frontline itself writes to customers ({@code i18n/customer-texts*.properties}), in the contact's language:
 * en, zh-Hans (also zh-CN), zh-Hant (also zh-TW, zh-HK) or ko; English for any other or unknown language. The
 * JVM's default locale plays no part.
 */
final class CustomerTexts {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private CustomerTexts() {
    }

    static String format(@Nullable String languageTag, String key, Object... arguments) {
        Locale locale = languageTag == null || languageTag.isBlank() ? Locale.ROOT : Locale.forLanguageTag(languageTag);
        ResourceBundle texts = ResourceBundle.getBundle("i18n.customer-texts", locale, NO_FALLBACK);
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
