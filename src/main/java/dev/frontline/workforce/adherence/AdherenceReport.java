package dev.frontline.workforce.adherence;

import dev.frontline.presence.PresenceStatus;
import dev.frontline.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One local day of schedule adherence (up to now for today): each scheduled agent, each team and everyone together.
 * Rates are fractions, null where nothing was scheduled yet.
 */
public record AdherenceReport(LocalDate day, String zone, Instant countedUntil, List<Agent> agents, List<Team> teams,
                              Totals total) {

    public record Agent(UserId userId, String displayName, List<UUID> teamIds, Instant shiftStart, Instant shiftEnd,
                        long scheduledSeconds, long adherentSeconds, @Nullable Double adherence, long scheduledWorkSeconds,
                        long loggedInSeconds, @Nullable Double conformance, List<Exception> exceptions) {
    }

    /** A stretch of at least the minimum length out of adherence: what was scheduled, what the agent was doing. */
    public record Exception(Instant from, Instant to, String scheduled, PresenceStatus actual) {
    }

    public record Team(UUID teamId, int agents, long scheduledSeconds, long adherentSeconds, @Nullable Double adherence,
                       @Nullable Double conformance) {
    }

    public record Totals(int agents, long scheduledSeconds, long adherentSeconds, @Nullable Double adherence,
                         @Nullable Double conformance) {
    }
}
