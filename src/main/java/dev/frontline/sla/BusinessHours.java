package dev.frontline.sla;

import dev.frontline.shared.WorkspaceId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * When a workspace, or one of its teams, is open for business. A team without its own calendar, or a
 * {@code teamId} that is not a team of the workspace, uses the workspace's; a workspace that never set
 * its hours is open Monday to Friday 09:00-18:00 in its own time zone. Answers come from a per-node
 * cache, so they are cheap enough for every message; a change made on any node is seen on every node
 * once it has committed (see {@code docs/architecture.md}, "Business hours").
 */
public interface BusinessHours {

    /** The calendar that applies, for computing many answers at once (an SLA clock, a report). */
    BusinessCalendar calendar(WorkspaceId workspace, @Nullable UUID teamId);

    /**
     * Whether an admin set the hours that apply (the team's or the workspace's), rather than the office-hours
     * default. Customer-facing "we are closed" messages follow only chosen hours; SLA clocks use either.
     */
    boolean hoursChosen(WorkspaceId workspace, @Nullable UUID teamId);

    default boolean isOpen(WorkspaceId workspace, @Nullable UUID teamId, Instant at) {
        return calendar(workspace, teamId).isOpen(at);
    }

    /** {@code from} when open then, else the next opening; empty if the calendar never opens again. */
    default Optional<Instant> nextOpening(WorkspaceId workspace, @Nullable UUID teamId, Instant from) {
        return calendar(workspace, teamId).nextOpening(from);
    }

    /** The earliest instant at which {@code businessTime} of opening hours have passed since {@code from}. */
    default Instant addBusinessTime(WorkspaceId workspace, @Nullable UUID teamId, Instant from, Duration businessTime) {
        return calendar(workspace, teamId).addBusinessTime(from, businessTime);
    }

    /** The opening time between two instants; zero when {@code to} is not after {@code from}. */
    default Duration businessTimeBetween(WorkspaceId workspace, @Nullable UUID teamId, Instant from, Instant to) {
        return calendar(workspace, teamId).businessTimeBetween(from, to);
    }
}
