package dev.frontline.channels;

import dev.frontline.contacts.IdentityKind;
import java.util.Locale;

/**
 * The kinds of channel an inbox can be, and how each addresses a customer. SMS, WhatsApp and voice all address
 * a customer by their phone number ({@link IdentityKind#PHONE}, E.164), so one person's texts, WhatsApp messages
 * and calls meet on one contact; Messenger and Instagram by the page-scoped id Meta gives them.
 */
public enum Channel {
    CHAT(IdentityKind.CHAT), EMAIL(IdentityKind.EMAIL), SMS(IdentityKind.PHONE), WHATSAPP(IdentityKind.PHONE),
    MESSENGER(IdentityKind.MESSENGER), INSTAGRAM(IdentityKind.INSTAGRAM), VOICE(IdentityKind.PHONE), API(IdentityKind.EXTERNAL);

    private final IdentityKind identityKind;

    Channel(IdentityKind identityKind) {
        this.identityKind = identityKind;
    }

    public IdentityKind identityKind() {
        return identityKind;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
