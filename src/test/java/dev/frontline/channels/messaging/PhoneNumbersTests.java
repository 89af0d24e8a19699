package dev.frontline.channels.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PhoneNumbersTests {

    @Test
    void everyProvidersSpellingOfANumberIsOneE164Number() {
        assertThat(PhoneNumbers.e164("+49 151 12345678")).contains("+4915112345678");
        assertThat(PhoneNumbers.e164("4915112345678")).contains("+4915112345678");
        assertThat(PhoneNumbers.e164("whatsapp:+4915112345678")).contains("+4915112345678");
        assertThat(PhoneNumbers.e164("+1 (415) 867-5309")).contains("+14158675309");
        assertThat(PhoneNumbers.e164("+82 10-1234-5678")).contains("+821012345678");
    }

    @Test
    void refusesWhatIsNoPhoneNumber() {
        assertThat(PhoneNumbers.e164("hello")).isEmpty();
        assertThat(PhoneNumbers.e164("+1")).isEmpty();
    }
}
