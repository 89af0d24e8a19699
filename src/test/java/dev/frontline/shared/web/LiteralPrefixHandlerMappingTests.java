package dev.frontline.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LiteralPrefixHandlerMappingTests {

    @Test
    void aPatternsPrefixEndsAtItsFirstVariableOrWildcard() {
        assertThat(LiteralPrefixHandlerMapping.literalPrefix("/webhooks/sms/{inboxId}/status"))
                .containsExactly("webhooks", "sms");
        assertThat(LiteralPrefixHandlerMapping.literalPrefix("/api/v1/files/{name}.txt"))
                .containsExactly("api", "v1", "files");
        assertThat(LiteralPrefixHandlerMapping.literalPrefix("/api/v1/inbox")).containsExactly("api", "v1", "inbox");
        assertThat(LiteralPrefixHandlerMapping.literalPrefix("/assets/**")).containsExactly("assets");
    }

    @Test
    void aPatternThatMayMatchAnyPathHasNoPrefix() {
        assertThat(LiteralPrefixHandlerMapping.literalPrefix("/{*path}")).isEmpty();
        assertThat(LiteralPrefixHandlerMapping.literalPrefix("/{page:[^\\.]*}")).isEmpty();
        assertThat(LiteralPrefixHandlerMapping.literalPrefix("/")).isEmpty();
        assertThat(LiteralPrefixHandlerMapping.literalPrefix("")).isEmpty();
        assertThat(LiteralPrefixHandlerMapping.literalPrefix("/api*")).isEmpty();
    }

    @Test
    void aPathBeginsWithThePrefixesOfThePatternsThatCanMatchIt() {
        String[] path = LiteralPrefixHandlerMapping.segments("/webhooks/sms/6f1c/status");
        assertThat(path).isNotNull();
        assertThat(LiteralPrefixHandlerMapping.begins(path, List.of("webhooks", "sms"))).isTrue();
        assertThat(LiteralPrefixHandlerMapping.begins(path, List.of("webhooks", "whatsapp"))).isFalse();
        assertThat(LiteralPrefixHandlerMapping.begins(path, List.of("api", "v1"))).isFalse();
        assertThat(LiteralPrefixHandlerMapping.begins(path, List.of("webhooks", "sms", "6f1c", "status", "more")))
                .isFalse();
    }

    @Test
    void anEncodedPathIsLeftToSpring() {
        assertThat(LiteralPrefixHandlerMapping.segments("/api/v1/contacts/a%2Fb")).isNull();
        assertThat(LiteralPrefixHandlerMapping.segments("/api;jsessionid=1/v1")).isNull();
        assertThat(LiteralPrefixHandlerMapping.segments("relative")).isNull();
    }
}
