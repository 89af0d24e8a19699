package dev.frontline.channels;

import java.util.Map;
import java.util.UUID;

/**
 * One channel's part of an inbox's settings (e.g. {@code email}, {@code sms}, {@code whatsapp}): checked and its
 * secrets sealed before it is stored, and its secrets hidden when an inbox is read. {@link Inboxes} passes the
 * whole settings through every part in turn; a part passes on the settings it does not own unchanged.
 */
public interface ChannelSettings {

    /** The settings to store: the admin's {@code incoming}, checked, with secrets sealed or kept from {@code current}. */
    Map<String, Object> prepare(UUID inboxId, Map<String, Object> current, Map<String, Object> incoming);

    /** The stored settings as shown: each secret replaced by whether it is set. */
    Map<String, Object> redact(Map<String, Object> settings);
}
