package dev.frontline.channels;

import dev.frontline.contacts.IdentityKind;
import java.util.Locale;

/** The kinds of channel an inbox can be, and how each addresses a customer. */
public enum Channel {
    CHAT(IdentityKind.CHAT), EMAIL(IdentityKind.EMAIL), SMS(IdentityKind.PHONE), WHATSAPP(IdentityKind.WHATSAPP),
    MESSENGER(IdentityKind.MESSENGER), VOICE(IdentityKind.PHONE), API(IdentityKind.EXTERNAL);

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
