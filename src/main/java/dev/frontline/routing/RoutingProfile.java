package dev.frontline.routing;

import dev.frontline.shared.UserId;
import java.util.Map;
import java.util.Set;

/**
 * How an agent takes work: skills with proficiency 1-5, the languages they serve (empty: any), how
 * many conversations they handle at once per kind of channel and in total, whether offers made to them
 * are accepted at once ({@code autoAccept}) instead of waiting for them to answer, and whether they may take
 * chats, emails and messages while on a call ({@code chatDuringCalls}; by default a call has their full attention).
 */
public record RoutingProfile(UserId userId, Map<String, Integer> skills, Set<String> languages, Capacity capacity,
                             boolean autoAccept, boolean chatDuringCalls) {

    /** A profile that keeps an agent on a call away from other channels. */
    public RoutingProfile(UserId userId, Map<String, Integer> skills, Set<String> languages, Capacity capacity,
                          boolean autoAccept) {
        this(userId, skills, languages, capacity, autoAccept, false);
    }

    /** A profile whose offers wait for the agent's answer. */
    public RoutingProfile(UserId userId, Map<String, Integer> skills, Set<String> languages, Capacity capacity) {
        this(userId, skills, languages, capacity, false);
    }

    /** Conversations at once: chat 1-10, voice 0-1, email and messaging up to 50, and a total cap. */
    public record Capacity(int chat, int email, int messaging, int voice, int total) {

        public static final Capacity DEFAULT = new Capacity(3, 5, 5, 1, 6);

        public int of(ChannelKind kind) {
            return switch (kind) {
                case CHAT -> chat;
                case EMAIL -> email;
                case MESSAGING -> messaging;
                case VOICE -> voice;
            };
        }
    }

    public static RoutingProfile defaultFor(UserId user) {
        return new RoutingProfile(user, Map.of(), Set.of(), Capacity.DEFAULT);
    }
}
