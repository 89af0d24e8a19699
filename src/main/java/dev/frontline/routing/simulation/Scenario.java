package dev.frontline.routing.simulation;

import dev.frontline.routing.AgentSelection;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A day (or any run of equal intervals) to replay: per queue the expected arrivals in each interval
 * (a Poisson process at that rate), mean handle time and mean patience (both exponential; no patience:
 * nobody abandons), and per agent group how many agents are staffed in each interval. Every list of
 * per-interval numbers has one entry per interval. The same seed gives the same run.
 */
public record Scenario(int intervalMinutes, int thresholdSeconds, long seed, List<Queue> queues, List<AgentGroup> agentGroups) {

    /**
     * A queue as routing configures it (skill, minimum proficiency, agent selection, expansion steps with
     * the overflow queue named), with its traffic. {@code channel} as on a conversation: voice, chat, email...
     */
    public record Queue(String name, String channel, @Nullable String skill, int minProficiency,
                        AgentSelection agentSelection, @Nullable Expansion expansion, List<Double> arrivals,
                        double meanHandleSeconds, @Nullable Double meanPatienceSeconds) {
    }

    public record Expansion(@Nullable Integer afterSeconds, @Nullable Integer minProficiency,
                            @Nullable Integer overflowAfterSeconds, @Nullable String overflowQueue) {
    }

    /**
     * Agents alike: skills with proficiency 1-5, places per kind of channel (null: the defaults), staffed count per
     * interval, and whether they may take chats, emails and messages while on a call (the profile's
     * {@code chatDuringCalls}; null: no).
     */
    public record AgentGroup(String name, Map<String, Integer> skills, @Nullable Capacity capacity, List<Integer> staffed,
                             @Nullable Boolean chatDuringCalls) {

        public AgentGroup(String name, Map<String, Integer> skills, @Nullable Capacity capacity, List<Integer> staffed) {
            this(name, skills, capacity, staffed, null);
        }
    }

    public record Capacity(int chat, int email, int messaging, int voice, int total) {
    }

    public int intervals() {
        return queues.isEmpty() ? 0 : queues.getFirst().arrivals().size();
    }
}
