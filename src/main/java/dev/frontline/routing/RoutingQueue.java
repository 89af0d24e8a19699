package dev.frontline.routing;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A queue of conversations for a team or an inbox. Only members of {@code teamId} (when set) with
 * {@code requiredSkill} at {@code minProficiency} or more (when set) get its offers; an offer waits
 * {@code offerTimeoutSeconds} for an answer (when unset, the channel's default). The default queue takes
 * what no rule places. With {@code push} the engine offers its conversations to agents; without, agents
 * take them with "get next" only. With {@code stickyWindowSeconds} above 0, a conversation is offered first to
 * the agent who handled its contact within that many seconds, if they are available with a free place;
 * otherwise agents are tried in {@code agentSelection} order.
 */
public record RoutingQueue(UUID id, String name, @Nullable UUID teamId, @Nullable UUID inboxId,
                           @Nullable String requiredSkill, int minProficiency, @Nullable Integer offerTimeoutSeconds,
                           boolean isDefault, boolean push, int stickyWindowSeconds,
                           AgentSelection agentSelection, Expansion expansion) {

    /**
     * Target expansion steps, each off when null: after {@code afterSeconds} waiting, agents with
     * {@code minProficiency} qualify; after {@code overflowAfterSeconds}, agents who may serve the
     * {@code overflowQueueId} queue (its team and skill) qualify too.
     */
    public record Expansion(@Nullable Integer afterSeconds, @Nullable Integer minProficiency,
                            @Nullable Integer overflowAfterSeconds, @Nullable UUID overflowQueueId) {

        public static final Expansion NONE = new Expansion(null, null, null, null);
    }
}
