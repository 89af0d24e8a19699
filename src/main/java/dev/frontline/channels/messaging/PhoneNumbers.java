package dev.frontline.channels.messaging;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;
import java.util.Optional;

/**
 * Customer numbers in E.164 ({@code +4915112345678}), the one form under which SMS, WhatsApp and calls of the same
 * person meet on one contact. Providers write numbers differently (Twilio {@code +1555…} or
 * {@code whatsapp:+1555…}, WhatsApp Cloud API digits without the plus), always with the country code.
 */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** The number in E.164, or empty if it is not a possible international number. */
    public static Optional<String> e164(String raw) {
        String number = raw.strip();
        if (number.regionMatches(true, 0, "whatsapp:", 0, 9)) {
            number = number.substring(9);
        }
        if (!number.startsWith("+")) {
            number = "+" + number;
        }
        try {
            Phonenumber.PhoneNumber parsed = UTIL.parse(number, "ZZ");
            return UTIL.isPossibleNumber(parsed)
                    ? Optional.of(UTIL.format(parsed, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
