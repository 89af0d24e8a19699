package dev.frontline.channels.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MetaSignatureTests {

    private static final byte[] BODY = "The quick brown fox jumps over the lazy dog".getBytes(StandardCharsets.UTF_8);

    @Test
    void isTheHexHmacSha256OfTheRawBody() {
        // The well-known HMAC-SHA256 of this text with the key "key".
        String expected = "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8";

        assertThat(MetaSignature.compute("key", BODY)).isEqualTo(expected);
        assertThat(MetaSignature.valid(expected, "key", BODY)).isTrue();
        assertThat(MetaSignature.valid(expected.toUpperCase().replace("SHA256=", "sha256="), "key", BODY)).isTrue();
    }

    @Test
    void refusesAnotherBodySecretOrAMissingHeader() {
        String signature = MetaSignature.compute("key", BODY);

        assertThat(MetaSignature.valid(signature, "other", BODY)).isFalse();
        assertThat(MetaSignature.valid(signature, "key", "The quick brown fox".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(MetaSignature.valid(null, "key", BODY)).isFalse();
    }
}
