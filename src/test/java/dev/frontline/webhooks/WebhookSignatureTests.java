package dev.frontline.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTests {

    @Test
    void signsTimestampAndBodyWithHmacSha256() {
        // Reference value from: printf '1700000000.{"a":1}' | openssl dgst -sha256 -hmac whsec_test
        assertThat(WebhookSignature.sign("whsec_test", 1_700_000_000L, "{\"a\":1}"))
                .isEqualTo("t=1700000000,v1=38877139021993b830af32feea6e18a8da83eb2f6e49ee50bd9e4cf4ca4d3789");
    }

    @Test
    void anyChangeToTheBodyChangesTheSignature() {
        assertThat(WebhookSignature.sign("s", 1, "{\"a\":1}")).isNotEqualTo(WebhookSignature.sign("s", 1, "{\"a\":2}"));
        assertThat(WebhookSignature.sign("s", 1, "{}")).isNotEqualTo(WebhookSignature.sign("s", 2, "{}"));
    }
}
