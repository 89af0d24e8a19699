package dev.frontline.contacts;

/** One address of a customer on one channel, e.g. an email or a WhatsApp number. */
public record Identity(IdentityKind kind, String value) {

    public Identity {
        value = kind.normalize(value);
    }
}
