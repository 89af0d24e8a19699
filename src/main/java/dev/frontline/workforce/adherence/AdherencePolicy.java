package dev.frontline.workforce.adherence;

import dev.frontline.presence.PresenceStatus;
import dev.frontline.workforce.activity.StatePeriod;
import dev.frontline.workforce.schedule.Activity;
import dev.frontline.workforce.schedule.ScheduledShift;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Compares one agent's shift with what they did (contact-center-metrics.md: schedule adherence and conformance).
 * Each stretch of the shift expects some presence states: working time available, busy or in after-call work;
 * a break on a break or away; lunch on a break, away or logged off; a meeting or training in a meeting or in
 * training. Adherence is the share of the scheduled time (up to now) spent in an expected state; conformance is
 * the time logged in that day against the scheduled working time (shift minus breaks and lunch), so an agent who
 * worked their hours at other times conforms without adhering. Stretches out of adherence of at least
 * {@code minimumException} are exceptions.
 */
final class AdherencePolicy {

    /** A stretch of the shift and the states it expects. */
    enum Expected {
        WORK(EnumSet.of(PresenceStatus.AVAILABLE, PresenceStatus.BUSY, PresenceStatus.AFTER_CALL_WORK)),
        BREAK(EnumSet.of(PresenceStatus.ON_BREAK, PresenceStatus.AWAY)),
        LUNCH(EnumSet.of(PresenceStatus.ON_BREAK, PresenceStatus.AWAY, PresenceStatus.OFFLINE)),
        MEETING(EnumSet.of(PresenceStatus.MEETING, PresenceStatus.TRAINING));

        final Set<PresenceStatus> states;

        Expected(Set<PresenceStatus> states) {
            this.states = states;
        }

        static Expected of(Activity.Kind kind) {
            return switch (kind) {
                case BREAK -> BREAK;
                case LUNCH -> LUNCH;
                case MEETING -> MEETING;
            };
        }
    }

    record Exception(Instant from, Instant to, Expected scheduled, PresenceStatus actual) {
    }

    record Result(long scheduledSeconds, long adherentSeconds, long workSeconds, long loggedInSeconds, List<Exception> exceptions) {
    }

    private record Stretch(Instant from, Instant to, Expected expected) {
    }

    private AdherencePolicy() {
    }

    /**
     * {@code states} are the agent's presence periods over the day (as {@code AgentStateHistory} gives them, cut to
     * [{@code dayStart}, {@code dayEnd})); time no period covers counts as offline. Nothing after {@code now} counts.
     */
    static Result evaluate(ScheduledShift shift, ZoneId zone, List<StatePeriod> states, Instant dayStart, Instant dayEnd,
                           Instant now, Duration minimumException) {
        Instant until = now.isBefore(dayEnd) ? now : dayEnd;
        List<StatePeriod> cover = withOfflineGaps(states, dayStart, until);
        long scheduled = 0;
        long adherent = 0;
        long work = 0;
        List<Exception> exceptions = new ArrayList<>();
        Exception open = null;
        for (Stretch stretch : stretches(shift, zone)) {
            Instant to = stretch.to().isBefore(until) ? stretch.to() : until;
            if (!to.isAfter(stretch.from())) {
                continue;
            }
            scheduled += seconds(stretch.from(), to);
            if (stretch.expected() == Expected.WORK) {
                work += seconds(stretch.from(), to);
            }
            for (StatePeriod period : cover) {
                Instant from = later(period.start(), stretch.from());
                Instant end = earlier(period.end() == null ? until : period.end(), to);
                if (!end.isAfter(from)) {
                    continue;
                }
                if (stretch.expected().states.contains(period.status())) {
                    adherent += seconds(from, end);
                    open = close(open, exceptions, minimumException);
                } else if (open != null && open.to().equals(from)) {
                    open = new Exception(open.from(), end, open.scheduled(), open.actual());
                } else {
                    open = close(open, exceptions, minimumException);
                    open = new Exception(from, end, stretch.expected(), period.status());
                }
            }
        }
        close(open, exceptions, minimumException);
        long loggedIn = cover.stream().filter(p -> p.status() != PresenceStatus.OFFLINE)
                .mapToLong(p -> seconds(p.start(), p.end() == null ? until : p.end())).sum();
        return new Result(scheduled, adherent, work, loggedIn, exceptions);
    }

    private static @Nullable Exception close(@Nullable Exception open, List<Exception> exceptions, Duration minimum) {
        if (open != null && Duration.between(open.from(), open.to()).compareTo(minimum) >= 0) {
            exceptions.add(open);
        }
        return null;
    }

    /** The shift cut at its activities, in time order: working time between them. */
    private static List<Stretch> stretches(ScheduledShift shift, ZoneId zone) {
        List<ScheduledShift.ShownActivity> activities = shift.activities().stream()
                .sorted(Comparator.comparing(ScheduledShift.ShownActivity::start)).toList();
        List<Stretch> stretches = new ArrayList<>();
        Instant cursor = shift.start().atZone(zone).toInstant();
        for (ScheduledShift.ShownActivity activity : activities) {
            Instant start = activity.start().atZone(zone).toInstant();
            Instant end = activity.end().atZone(zone).toInstant();
            if (start.isAfter(cursor)) {
                stretches.add(new Stretch(cursor, start, Expected.WORK));
            }
            stretches.add(new Stretch(later(start, cursor), end, Expected.of(activity.kind())));
            cursor = later(cursor, end);
        }
        Instant end = shift.end().atZone(zone).toInstant();
        if (end.isAfter(cursor)) {
            stretches.add(new Stretch(cursor, end, Expected.WORK));
        }
        return stretches;
    }

    /** The periods with the time between them (and before the first, after the last) filled as offline. */
    private static List<StatePeriod> withOfflineGaps(List<StatePeriod> states, Instant from, Instant until) {
        List<StatePeriod> cover = new ArrayList<>();
        Instant cursor = from;
        for (StatePeriod period : states.stream().sorted(Comparator.comparing(StatePeriod::start)).toList()) {
            if (period.start().isAfter(cursor)) {
                cover.add(new StatePeriod(PresenceStatus.OFFLINE, null, cursor, period.start()));
            }
            cover.add(period);
            cursor = period.end() == null ? until : later(cursor, period.end());
        }
        if (until.isAfter(cursor)) {
            cover.add(new StatePeriod(PresenceStatus.OFFLINE, null, cursor, until));
        }
        return cover;
    }

    private static long seconds(Instant from, Instant to) {
        return to.isAfter(from) ? Duration.between(from, to).toSeconds() : 0;
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
