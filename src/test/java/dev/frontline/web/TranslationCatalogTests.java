package dev.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every UI language has every message, none left empty, and the same {placeholders} in each. */
class TranslationCatalogTests {

    private static final Path CATALOGS = Path.of("frontend", "src", "i18n");
    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode catalog(String locale) throws IOException {
        return json.readTree(Files.readString(CATALOGS.resolve(locale + ".json")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh-TW", "ko"})
    void everyLocaleTranslatesEveryEnglishMessage(String locale) throws IOException {
        JsonNode english = catalog("en");
        JsonNode translated = catalog(locale);

        assertThat(new TreeSet<>(translated.propertyNames())).isEqualTo(new TreeSet<>(english.propertyNames()));
        for (String key : english.propertyNames()) {
            assertThat(translated.get(key).asString()).as(key).isNotBlank();
            assertThat(placeholders(translated.get(key).asString())).as(key)
                    .isEqualTo(placeholders(english.get(key).asString()));
        }
    }

    private static Set<String> placeholders(String message) {
        Set<String> names = new TreeSet<>();
        var matcher = Pattern.compile("\\{(\\w+)}").matcher(message);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
