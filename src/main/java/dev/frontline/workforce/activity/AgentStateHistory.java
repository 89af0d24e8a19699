package dev.frontline.workforce.activity;

import dev.frontline.shared.Caller;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.Role;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of agents' presence states, as workforce logged it from presence's changes: what each agent was
 * doing between two instants. The base for adherence (schedule against states) and the daily work report.
 */
@Service
public class AgentStateHistory {

    /** The longest period one question may cover. */
    public static final Duration MAX_PERIOD = Duration.ofDays(31);

    private final ActivityStore store;

    AgentStateHistory(ActivityStore store) {
        this.store = store;
    }

    /**
     * The agent's states overlapping [from, to), cut to it, in time order: the first starts at {@code from} when the
     * agent was already in it; the last has no end while the agent is still in it. Empty for an agent never seen
     * in the period (offline).
     */
    @Transactional(readOnly = true)
    public List<StatePeriod> between(WorkspaceId workspace, UserId agent, Instant from, Instant to) {
        requirePeriod(from, to);
        return store.states(workspace, agent, from, to).getOrDefault(agent, List.of());
    }

    /** {@link #between} for every member of the workspace seen in the period. */
    @Transactional(readOnly = true)
    public Map<UserId, List<StatePeriod>> everyoneBetween(WorkspaceId workspace, Instant from, Instant to) {
        requirePeriod(from, to);
        return store.states(workspace, null, from, to);
    }

    /** {@link #between} for a supervisor, or for agents their own states. */
    public List<StatePeriod> between(Caller caller, UserId agent, Instant from, Instant to) {
        if (!caller.userId().equals(agent)) {
            caller.require(Role.SUPERVISOR);
        }
        return between(caller.workspaceId(), agent, from, to);
    }

    private static void requirePeriod(@Nullable Instant from, @Nullable Instant to) {
        if (from == null || to == null || !to.isAfter(from)) {
            throw new InvalidRequestException("to", "must be after from");
        }
        if (Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
            throw new InvalidRequestException("to", "must be at most " + MAX_PERIOD.toDays() + " days after from");
        }
    }
}
