package dev.frontline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StorableTextTests {

    @Test
    void nulIsRemovedAndLoneSurrogatesBecomeTheReplacementCharacter() {
        assertThat(StorableText.of("a\u0000b")).isEqualTo("ab");
        assertThat(StorableText.of("x\uD800y")).isEqualTo("x\uFFFDy");
        assertThat(StorableText.of("\uDC00")).isEqualTo("\uFFFD");
        assertThat(StorableText.of("end\uD83D")).isEqualTo("end\uFFFD");
        assertThat(StorableText.of("\uDE00\uD83D")).isEqualTo("\uFFFD\uFFFD");
    }

    @Test
    void storableTextIsKeptAsItCame() {
        String text = "Tab\tline\nbell\u0007 😀 中文 한국어 \uFFFF";
        assertThat(StorableText.of(text)).isSameAs(text);
        assertThat(StorableText.of(null)).isNull();
    }

    @Test
    void nestedValuesAndKeysAreMadeStorable() {
        Object storable = StorableText.deep(Map.of("k\u0000ey", List.of("v\u0000", 3, Map.of("x", "\uD800"))));
        assertThat(storable).isEqualTo(Map.of("key", List.of("v", 3, Map.of("x", "\uFFFD"))));
    }
}
