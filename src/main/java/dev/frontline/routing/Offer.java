package dev.frontline.routing;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One offer of a conversation to an agent and its outcome (null while pending). {@code mode} is PUSH
 * (the engine chose the agent) or PULL (the agent asked for the next item).
 */
public record Offer(UUID id, UUID conversationId, UUID queueId, UUID agentId, String channel, String mode,
                    Instant createdAt, Instant expiresAt, @Nullable Outcome outcome, @Nullable String declineReason,
                    @Nullable Instant decidedAt) {

    public enum Outcome { ACCEPTED, DECLINED, EXPIRED, CANCELLED }
}
