package dev.frontline.contacts;

import java.util.Locale;

/**
 * How a channel addresses a customer. Values are normalized so one person is found again. SMS, WhatsApp and voice
 * all use {@link #PHONE} (E.164); {@link #WHATSAPP} is only kept for identities added by hand or by an integration.
 */
public enum IdentityKind {
    EMAIL, PHONE, WHATSAPP, MESSENGER, INSTAGRAM, CHAT, EXTERNAL;

    public String normalize(String raw) {
        String trimmed = raw.strip();
        return switch (this) {
            case EMAIL -> trimmed.toLowerCase(Locale.ROOT);
            case PHONE, WHATSAPP -> (trimmed.startsWith("+") ? "+" : "") + trimmed.replaceAll("[^0-9]", "");
            default -> trimmed;
        };
    }
}
