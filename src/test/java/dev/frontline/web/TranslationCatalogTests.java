package dev.frontline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every UI language has every message of every namespace ({@code frontend/src/i18n/<locale>/<namespace>.json}),
 * none left empty, and the same {{placeholders}} in each. Plural forms are i18next suffixes ({@code _one},
 * {@code _other}...): languages differ in which forms they need, so a message counts as present when any form is.
 */
class TranslationCatalogTests {

    private static final Path CATALOGS = Path.of("frontend", "src", "i18n");
    private static final Pattern PLURAL = Pattern.compile("_(zero|one|two|few|many|other)$");
    private final JsonMapper json = JsonMapper.builder().build();

    private JsonNode catalog(String locale, String namespace) throws IOException {
        return json.readTree(Files.readString(CATALOGS.resolve(locale).resolve(namespace + ".json")));
    }

    private static List<String> namespaces() throws IOException {
        try (Stream<Path> files = Files.list(CATALOGS.resolve("en"))) {
            return files.map(p -> p.getFileName().toString().replaceFirst("\\.json$", "")).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh-CN", "zh-TW", "ko"})
    void everyLocaleTranslatesEveryEnglishMessage(String locale) throws IOException {
        assertThat(namespaces()).isNotEmpty();
        for (String namespace : namespaces()) {
            JsonNode english = catalog("en", namespace);
            JsonNode translated = catalog(locale, namespace);

            assertThat(messages(translated)).as(namespace).isEqualTo(messages(english));
            for (String key : translated.propertyNames()) {
                String text = translated.get(key).asString();
                assertThat(text).as(namespace + ":" + key).isNotBlank();
                JsonNode source = english.has(key) ? english.get(key) : english.get(PLURAL.matcher(key).replaceFirst("_other"));
                assertThat(source).as(namespace + ":" + key + " has an English source").isNotNull();
                assertThat(placeholders(text)).as(namespace + ":" + key).isEqualTo(placeholders(source.asString()));
            }
        }
    }

    private static Set<String> messages(JsonNode catalog) {
        Set<String> names = new TreeSet<>();
        catalog.propertyNames().forEach(key -> names.add(PLURAL.matcher(key).replaceFirst("")));
        return names;
    }

    private static Set<String> placeholders(String message) {
        Set<String> names = new TreeSet<>();
        var matcher = Pattern.compile("\\{\\{\\s*(\\w+)").matcher(message);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
