package dev.frontline.routing;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Channels grouped the way capacity and offer timeouts are set: SMS, WhatsApp, Messenger and API count as messaging. */
public enum ChannelKind {
    CHAT, EMAIL, MESSAGING, VOICE;

    /** The channel a conversation without one (created through the API, not by a channel) counts as. */
    public static String channelOf(@Nullable String conversationChannel) {
        return conversationChannel == null ? "api" : conversationChannel;
    }

    public static ChannelKind of(String channel) {
        return switch (channel.toLowerCase(Locale.ROOT)) {
            case "chat" -> CHAT;
            case "email" -> EMAIL;
            case "voice" -> VOICE;
            default -> MESSAGING;
        };
    }
}
