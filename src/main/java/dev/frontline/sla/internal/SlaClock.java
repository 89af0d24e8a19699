package dev.frontline.sla.internal;

import dev.frontline.sla.SlaMetric;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One target of one conversation. {@code elapsed} is the counted time up to {@code runningSince} (or in
 * all, once stopped). {@code dueAt} and {@code warnAt} are set only while their event is still to fire:
 * pausing or stopping clears them unless they have already passed, so an event the sweep has not fired
 * yet is never lost. A breached clock keeps running until it is met; its state says where it stands,
 * {@code breachedAt} that it missed the target.
 */
public record SlaClock(SlaMetric metric, UUID policyId, String policyName, State state, Duration target,
                       boolean businessTime, @Nullable UUID teamId, Instant startedAt, @Nullable Instant runningSince,
                       Duration elapsed, @Nullable Instant dueAt, @Nullable Instant warnAt, boolean warned,
                       @Nullable Instant breachedAt, @Nullable Instant stoppedAt) {

    public enum State {
        RUNNING, PAUSED, ACHIEVED, BREACHED;

        public boolean live() {
            return this == RUNNING || this == PAUSED;
        }
    }

    static SlaClock start(SlaPolicy policy, SlaMetric metric, @Nullable UUID teamId, Instant now, ClockTime time,
                          double warnShare) {
        return new SlaClock(metric, policy.id(), policy.name(), State.RUNNING, policy.targets().get(metric),
                policy.businessTime(), teamId, now, now, Duration.ZERO, null, null, false, null, null)
                .schedule(now, time, warnShare);
    }

    public Duration elapsedAt(Instant now, ClockTime time) {
        return state == State.RUNNING && runningSince != null ? elapsed.plus(time.between(runningSince, now)) : elapsed;
    }

    /** While running, when the target is (or was) reached; null otherwise. */
    public @Nullable Instant deadline(ClockTime time) {
        if (state != State.RUNNING || runningSince == null) {
            return null;
        }
        Duration left = target.minus(elapsed);
        return time.after(runningSince, left.isNegative() ? Duration.ZERO : left);
    }

    /** While running, when the warning share of the target is (or was) reached; null otherwise. */
    public @Nullable Instant warningTime(ClockTime time, double warnShare) {
        if (state != State.RUNNING || runningSince == null) {
            return null;
        }
        if (warnAt != null) {
            return warnAt;
        }
        return time.after(runningSince, remaining(warnTarget(warnShare)));
    }

    SlaClock pause(Instant now, ClockTime time) {
        if (state != State.RUNNING) {
            return this;
        }
        return new SlaClock(metric, policyId, policyName, State.PAUSED, target, businessTime, teamId, startedAt, null,
                elapsedAt(now, time), passed(dueAt, now), passed(warnAt, now), warned, breachedAt, null);
    }

    SlaClock resume(Instant now, ClockTime time, double warnShare) {
        if (state != State.PAUSED) {
            return this;
        }
        return new SlaClock(metric, policyId, policyName, State.RUNNING, target, businessTime, teamId, startedAt, now,
                elapsed, dueAt, warnAt, warned, breachedAt, null).schedule(now, time, warnShare);
    }

    /** Met (a reply, a resolution): achieved within the target, else breached, with the time it took. */
    SlaClock stop(Instant now, ClockTime time) {
        if (!state.live()) {
            return this;
        }
        Duration total = elapsedAt(now, time);
        boolean missed = breachedAt != null || total.compareTo(target) > 0;
        return new SlaClock(metric, policyId, policyName, missed ? State.BREACHED : State.ACHIEVED, target, businessTime,
                teamId, startedAt, null, total, missed ? passed(dueAt, now) : null, null, warned, breachedAt, now);
    }

    /** A resolved conversation reopened: its resolution clock counts on from where it stopped. */
    SlaClock reopen(Instant now, ClockTime time, double warnShare) {
        if (state.live()) {
            return this;
        }
        return new SlaClock(metric, policyId, policyName, State.RUNNING, target, businessTime, teamId, startedAt, now,
                elapsed, dueAt, warnAt, warned, breachedAt, null).schedule(now, time, warnShare);
    }

    /** Another policy applies: the time spent so far stays, the target and due times follow the new policy. */
    SlaClock retarget(SlaPolicy policy, Instant now, ClockTime oldTime, ClockTime newTime, double warnShare) {
        Duration newTarget = policy.targets().get(metric);
        if (!state.live() || newTarget == null) {
            return this;
        }
        return rebased(policy.id(), policy.name(), newTarget, policy.businessTime(), teamId, now, oldTime, newTime, warnShare);
    }

    /**
     * The conversation moved to another team: a business-time clock keeps the time counted so far by the old
     * team's calendar and counts on by the new one's; a calendar-time clock only records the team.
     */
    SlaClock moveToTeam(@Nullable UUID newTeam, Instant now, ClockTime oldTime, ClockTime newTime, double warnShare) {
        if (!state.live() || Objects.equals(teamId, newTeam)) {
            return this;
        }
        return rebased(policyId, policyName, target, businessTime, newTeam, now, oldTime, newTime, warnShare);
    }

    /**
     * A live clock under new terms from now on: the time counted so far (by {@code oldTime}) stays, and a running
     * clock's due and warning times are scheduled again by {@code newTime}.
     */
    private SlaClock rebased(UUID newPolicyId, String newPolicyName, Duration newTarget, boolean newBusinessTime,
                             @Nullable UUID newTeam, Instant now, ClockTime oldTime, ClockTime newTime, double warnShare) {
        boolean running = state == State.RUNNING;
        SlaClock moved = new SlaClock(metric, newPolicyId, newPolicyName, state, newTarget, newBusinessTime, newTeam,
                startedAt, running ? now : null, elapsedAt(now, oldTime), passed(dueAt, now), passed(warnAt, now),
                warned, breachedAt, null);
        return running ? moved.schedule(now, newTime, warnShare) : moved;
    }

    /** Due and warning times from now on; an event already due and not yet fired keeps its time. */
    private SlaClock schedule(Instant now, ClockTime time, double warnShare) {
        Instant due = breachedAt != null ? null
                : dueAt != null && !dueAt.isAfter(now) ? dueAt : time.after(now, remaining(target));
        Duration warnTarget = warnTarget(warnShare);
        Instant warn = warned || breachedAt != null ? null
                : warnAt != null && !warnAt.isAfter(now) ? warnAt : time.after(now, remaining(warnTarget));
        return new SlaClock(metric, policyId, policyName, state, target, businessTime, teamId, startedAt, runningSince,
                elapsed, due, warn, warned, breachedAt, stoppedAt);
    }

    private Duration warnTarget(double warnShare) {
        return Duration.ofMillis(Math.round(target.toMillis() * warnShare));
    }

    private Duration remaining(Duration of) {
        Duration left = of.minus(elapsed);
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static @Nullable Instant passed(@Nullable Instant at, Instant now) {
        return at != null && !at.isAfter(now) ? at : null;
    }
}
