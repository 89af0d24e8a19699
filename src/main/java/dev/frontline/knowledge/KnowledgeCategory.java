package dev.frontline.knowledge;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A node of the workspace's category tree. {@code name} and {@code description} are the defaults, shown in any
 * language without a translation; {@code translations} holds the translated ones by language tag (en, zh-Hans,
 * zh-Hant, ko).
 */
public record KnowledgeCategory(UUID id, @Nullable UUID parentId, String name, @Nullable String description,
                                Map<String, Translation> translations) {

    /** The category's name, and optionally its description, in one language. */
    public record Translation(String name, @Nullable String description) {
    }

    public KnowledgeCategory {
        translations = Map.copyOf(translations);
    }

    /** The name to show in a language: its translation, else the default name. */
    public String nameIn(ArticleLanguage language) {
        Translation translation = translations.get(language.tag());
        return translation == null ? name : translation.name();
    }

    /**
     * The description to show in a language: the translation's, else the default one when the name is not translated
     * either (a translated name under a description in another language would read oddly).
     */
    public @Nullable String descriptionIn(ArticleLanguage language) {
        Translation translation = translations.get(language.tag());
        return translation == null ? description : translation.description();
    }
}
