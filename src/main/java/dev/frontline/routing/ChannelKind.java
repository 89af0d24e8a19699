package dev.frontline.routing;

import java.util.Locale;

/** Channels grouped the way capacity and offer timeouts are set: SMS, WhatsApp, Messenger and API count as messaging. */
public enum ChannelKind {
    CHAT, EMAIL, MESSAGING, VOICE;

    public static ChannelKind of(String channel) {
        return switch (channel.toLowerCase(Locale.ROOT)) {
            case "chat" -> CHAT;
            case "email" -> EMAIL;
            case "voice" -> VOICE;
            default -> MESSAGING;
        };
    }
}
