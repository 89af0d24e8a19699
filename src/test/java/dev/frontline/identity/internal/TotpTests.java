package dev.frontline.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTests {

    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238, appendix B. */
    @ParameterizedTest
    @CsvSource({
            "59, 94287082, 46119246, 90693936",
            "1111111109, 07081804, 68084774, 25091201",
            "1111111111, 14050471, 67062674, 99943326",
            "1234567890, 89005924, 91819424, 93441116",
            "2000000000, 69279037, 90698825, 38618901",
            "20000000000, 65353130, 77737706, 47863826"})
    void codesMatchTheTestVectorsOfTheRfc(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));

        assertThat(new Totp(SHA1_SEED, "HmacSHA1", 8).code(step)).isEqualTo(sha1);
        assertThat(new Totp(SHA256_SEED, "HmacSHA256", 8).code(step)).isEqualTo(sha256);
        assertThat(new Totp(SHA512_SEED, "HmacSHA512", 8).code(step)).isEqualTo(sha512);
    }

    @Test
    void aCodeOfTheStepBeforeOrAfterIsAcceptedButNotOlderOnes() {
        Totp totp = Totp.forApps(SHA1_SEED);
        Instant now = Instant.ofEpochSecond(1_111_111_111);
        long step = Totp.step(now);

        assertThat(totp.matchingStep(totp.code(step), now)).hasValue(step);
        assertThat(totp.matchingStep(totp.code(step - 1), now)).hasValue(step - 1);
        assertThat(totp.matchingStep(totp.code(step + 1), now)).hasValue(step + 1);
        assertThat(totp.matchingStep(totp.code(step - 2), now)).isEmpty();
        assertThat(totp.code(step)).hasSize(6);
    }

    @Test
    void secretsRoundTripThroughBase32AsAuthenticatorAppsReadThem() {
        assertThat(Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Base32.decode("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).isEqualTo(SHA1_SEED);
        assertThat(Base32.encode(new byte[] {(byte) 0xff})).isEqualTo("74");
    }
}
