package dev.frontline.workforce.schedule;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An agent as the solver sees them. Equal by id, so the solver's joins stay cheap. */
public final class ScheduleAgent {

    private final UUID id;
    private final String name;
    private final Set<String> skills;
    private final Contract contract;
    private final Availability availability;
    private final Preferences preferences;
    private final @Nullable BreakRules breakRules;

    public ScheduleAgent(UUID id, String name, Set<String> skills, Contract contract, Availability availability, Preferences preferences) {
        this(id, name, skills, contract, availability, preferences, null);
    }

    /** With {@code breakRules} from the agent's contract; {@code null}: the schedule's own. */
    public ScheduleAgent(UUID id, String name, Set<String> skills, Contract contract, Availability availability, Preferences preferences,
                         @Nullable BreakRules breakRules) {
        this.id = id;
        this.name = name;
        this.skills = Set.copyOf(skills);
        this.contract = contract;
        this.availability = availability;
        this.preferences = preferences;
        this.breakRules = breakRules;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Set<String> skills() {
        return skills;
    }

    public Contract contract() {
        return contract;
    }

    public Availability availability() {
        return availability;
    }

    public Preferences preferences() {
        return preferences;
    }

    public @Nullable BreakRules breakRules() {
        return breakRules;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ScheduleAgent agent && agent.id.equals(id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return name;
    }
}
