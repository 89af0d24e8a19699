package dev.frontline.routing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A queue right now: conversations waiting (not yet offered), offers in flight, the longest wait of
 * any conversation in it, the agents who may serve it by status, and the expected wait of a new arrival
 * (null when nobody who may serve it is working).
 */
public record QueueState(UUID queueId, String name, long waiting, long offersInFlight, long longestWaitSeconds,
                         int agentsAvailable, int agentsBusy, int agentsAway, @Nullable Long expectedWaitSeconds) {
}
