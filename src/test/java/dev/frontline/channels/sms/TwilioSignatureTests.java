package dev.frontline.channels.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Twilio's published request-validation vectors (auth token 12345). */
class TwilioSignatureTests {

    private static final String URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
    private static final Map<String, List<String>> PARAMS = Map.of("CallSid", List.of("CA1234567890ABCDE"),
            "Caller", List.of("+14158675309"), "Digits", List.of("1234"), "From", List.of("+14158675309"),
            "To", List.of("+18005551212"));

    @Test
    void reproducesTwilioDocumentedSignature() {
        assertThat(TwilioSignature.compute("12345", URL, PARAMS)).isEqualTo("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
        assertThat(TwilioSignature.valid("RSOYDt4T1cUTdK1PDd93/VVr8B8=", "12345", URL, PARAMS)).isTrue();
    }

    @Test
    void sortsTheValuesOfARepeatedParameter() {
        Map<String, List<String>> repeated = Map.of("Sid", List.of("CA123"), "SidAccount", List.of("AC123"),
                "Digits", List.of("5678", "1234", "1234"));

        assertThat(TwilioSignature.compute("12345", URL, repeated)).isEqualTo("IK+Dwps556ElfBT0I3Rgjkr1wJU=");
    }

    @Test
    void refusesAnyChangeOfUrlParametersOrToken() {
        String signature = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";

        assertThat(TwilioSignature.valid(signature, "12345", URL.replace("https", "http"), PARAMS)).isFalse();
        assertThat(TwilioSignature.valid(signature, "12345", URL + "&extra=1", PARAMS)).isFalse();
        assertThat(TwilioSignature.valid(signature, "54321", URL, PARAMS)).isFalse();
        assertThat(TwilioSignature.valid(signature, "12345", URL, Map.of("Digits", List.of("9999")))).isFalse();
        assertThat(TwilioSignature.valid(null, "12345", URL, PARAMS)).isFalse();
    }
}
