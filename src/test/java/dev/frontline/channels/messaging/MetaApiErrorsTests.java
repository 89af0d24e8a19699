package dev.frontline.channels.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class MetaApiErrorsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "HTTP {0} code {1}: retryable {2}")
    @CsvSource({
            // rate limits
            "400, 4, true", "400, 17, true", "400, 32, true", "400, 613, true", "400, 80006, true", "400, 80007, true",
            "400, 130429, true", "400, 131048, true", "400, 131056, true", "429, 130429, true",
            // transient
            "500, 1, true", "503, 2, true", "400, 131000, true", "503, 131016, true", "503, 133004, true",
            // permanent, whatever the status
            "400, 100, false", "400, 10, false", "403, 200, false", "403, 299, false", "401, 190, false",
            "400, 551, false", "400, 131047, false", "400, 131026, false", "500, 100, false",
            // unknown codes: the status decides
            "400, 999999, false", "503, 999999, true", "429, 999999, true"})
    void aRefusalIsRetriedOnlyForRateLimitsAndPassingFailures(int status, int code, boolean retryable) {
        var refusal = refusal(status, """
                {"error": {"message": "(#%d) Something", "type": "OAuthException", "code": %d, "fbtrace_id": "A"}}"""
                .formatted(code, code), null);

        assertThat(MetaApiErrors.refusal(refusal).retryable()).isEqualTo(retryable);
    }

    @Test
    void anErrorMetaMarksTransientIsRetriedWhateverItsCode() {
        var refusal = refusal(400, """
                {"error": {"message": "Temporary", "code": 368, "is_transient": true}}""", null);

        assertThat(MetaApiErrors.refusal(refusal).retryable()).isTrue();
    }

    @Test
    void aGatewayErrorWithoutJsonIsRetriedWithTheWaitItAskedFor() {
        var refusal = new ProviderHttp.Refusal(502, null, "<html>Bad gateway</html>", Duration.ofSeconds(7));

        var failure = MetaApiErrors.refusal(refusal);

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(failure.getMessage()).isEqualTo("HTTP 502: <html>Bad gateway</html>");
    }

    @Test
    void theAgentSeesCodeSubcodeMessageAndTheCloudApisDetails() {
        var refusal = refusal(400, """
                {"error": {"message": "(#131047) Re-engagement message", "type": "OAuthException", "code": 131047,
                  "error_subcode": 2494010, "error_data": {"messaging_product": "whatsapp",
                  "details": "Message failed to send because more than 24 hours have passed since the customer last replied to this number."},
                  "fbtrace_id": "A"}}""", null);

        assertThat(MetaApiErrors.refusal(refusal).getMessage()).isEqualTo("HTTP 400: (#131047/2494010) Re-engagement "
                + "message: Message failed to send because more than 24 hours have passed since the customer last "
                + "replied to this number.");
    }

    private static ProviderHttp.Refusal refusal(int status, String body, @Nullable Duration retryAfter) {
        return new ProviderHttp.Refusal(status, JSON.readTree(body), body, retryAfter);
    }
}
