package dev.frontline.channels.sms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OptOutKeywordsTests {

    @Test
    void recognisesOptOutAndOptInKeywordsAsTheWholeMessage() {
        assertThat(OptOutKeywords.of("STOP")).contains(OptOutKeywords.Intent.OPT_OUT);
        assertThat(OptOutKeywords.of("  stop. ")).contains(OptOutKeywords.Intent.OPT_OUT);
        assertThat(OptOutKeywords.of("Unsubscribe")).contains(OptOutKeywords.Intent.OPT_OUT);
        assertThat(OptOutKeywords.of("退订")).contains(OptOutKeywords.Intent.OPT_OUT);
        assertThat(OptOutKeywords.of("수신거부")).contains(OptOutKeywords.Intent.OPT_OUT);
        assertThat(OptOutKeywords.of("start")).contains(OptOutKeywords.Intent.OPT_IN);
        assertThat(OptOutKeywords.of("Please stop sending me the wrong parcel")).isEmpty();
        assertThat(OptOutKeywords.of(null)).isEmpty();
    }
}
