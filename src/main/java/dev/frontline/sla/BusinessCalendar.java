package dev.frontline.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * When a workspace or team is open: a time zone, weekly opening hours in its wall-clock time, and
 * holidays (closed all day). All business-time arithmetic lives here, without Spring or a database.
 *
 * <p>A range covers every instant whose wall-clock time lies within it on that date. So on the day
 * clocks go forward, a range loses the skipped hour (09:00 in a skipped hour opens when the clock jumps);
 * on the day they go back it gains the repeated hour (it opens at the first 01:30 and closes at the second).
 * A range ending at 24:00 closes at the start of the next day, however long the day was.
 */
public record BusinessCalendar(ZoneId zone, WeeklyHours week, List<Holiday> holidays) {

    /** How far ahead the calendar looks for an opening before concluding it never opens. */
    static final int HORIZON_DAYS = 3 * 366;

    public BusinessCalendar {
        holidays = List.copyOf(holidays);
    }

    public boolean isOpen(Instant at) {
        Iterator<Interval> open = openIntervalsFrom(at);
        return open.hasNext() && !open.next().start().isAfter(at);
    }

    /** {@code from} itself when open then, else the start of the next opening; empty if it never opens again. */
    public Optional<Instant> nextOpening(Instant from) {
        Iterator<Interval> open = openIntervalsFrom(from);
        if (!open.hasNext()) {
            return Optional.empty();
        }
        Interval first = open.next();
        return Optional.of(first.start().isAfter(from) ? first.start() : from);
    }

    /**
     * The earliest instant at which {@code businessTime} of opening hours have passed since {@code from}:
     * a target of 4 hours set on Friday at 16:00 with opening hours until 18:00 falls due on Monday two
     * hours after opening; one that runs out exactly at closing falls due at closing.
     *
     * @throws IllegalArgumentException if businessTime is negative
     * @throws IllegalStateException if the calendar is closed for longer than {@value #HORIZON_DAYS} days
     */
    public Instant addBusinessTime(Instant from, Duration businessTime) {
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("business time cannot be negative");
        }
        if (businessTime.isZero()) {
            return from;
        }
        Duration left = businessTime;
        Iterator<Interval> open = openIntervalsFrom(from);
        while (open.hasNext()) {
            Interval interval = open.next().startingNoEarlierThan(from);
            Duration length = interval.length();
            if (length.compareTo(left) >= 0) {
                return interval.start().plus(left);
            }
            left = left.minus(length);
        }
        throw new IllegalStateException("the calendar does not open within " + HORIZON_DAYS + " days");
    }

    /** The opening time between two instants; zero when {@code to} is not after {@code from}. */
    public Duration businessTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        Iterator<Interval> open = openIntervalsFrom(from);
        while (open.hasNext()) {
            Interval interval = open.next();
            if (!interval.start().isBefore(to)) {
                break;
            }
            Instant start = interval.start().isBefore(from) ? from : interval.start();
            Instant end = interval.end().isAfter(to) ? to : interval.end();
            total = total.plus(Duration.between(start, end));
        }
        return total;
    }

    /**
     * The opening intervals that end after {@code from}, in order, touching or overlapping ones merged, up
     * to {@value #HORIZON_DAYS} days ahead.
     */
    Iterator<Interval> openIntervalsFrom(Instant from) {
        return new OpenIntervals(from);
    }

    /** The opening intervals of one local date, before merging. */
    List<Interval> intervalsOn(LocalDate date) {
        if (isHoliday(date)) {
            return List.of();
        }
        List<Interval> intervals = new ArrayList<>();
        for (OpeningRange range : week.on(date.getDayOfWeek())) {
            Instant start = earliestAtOrAfter(date.atStartOfDay().plusMinutes(range.fromMinute()));
            Instant end = range.toMinute() == OpeningRange.END_OF_DAY
                    ? earliestAtOrAfter(date.plusDays(1).atStartOfDay())
                    : latestAt(date.atStartOfDay().plusMinutes(range.toMinute()));
            if (end.isAfter(start)) {
                intervals.add(new Interval(start, end));
            }
        }
        return intervals;
    }

    public boolean isHoliday(LocalDate date) {
        return holidays.stream().anyMatch(holiday -> holiday.covers(date));
    }

    /** The first instant the wall clock shows {@code local}, or the jump past it when it is skipped. */
    private Instant earliestAtOrAfter(LocalDateTime local) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            return rules.getTransition(local).getInstant();
        }
        return local.toInstant(offsets.getFirst());
    }

    /** The last instant the wall clock shows {@code local}, or the jump past it when it is skipped. */
    private Instant latestAt(LocalDateTime local) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            ZoneOffsetTransition gap = rules.getTransition(local);
            return gap.getInstant();
        }
        return local.toInstant(offsets.getLast());
    }

    /** A half-open span of opening time. */
    record Interval(Instant start, Instant end) {

        Duration length() {
            return Duration.between(start, end);
        }

        Interval startingNoEarlierThan(Instant instant) {
            return start.isBefore(instant) ? new Interval(instant, end) : this;
        }
    }

    private final class OpenIntervals implements Iterator<Interval> {

        private final Instant from;
        private final LocalDate lastDate;
        private LocalDate nextDate;
        private final ArrayList<Interval> pending = new ArrayList<>();
        private Interval next;

        OpenIntervals(Instant from) {
            this.from = from;
            // A day's intervals never begin before that day starts, so the day before `from` is the earliest that matters.
            this.nextDate = LocalDate.ofInstant(from, zone).minusDays(1);
            this.lastDate = week.isNeverOpen() ? nextDate.minusDays(1) : nextDate.plusDays(HORIZON_DAYS);
            this.next = advance();
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Interval next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            Interval current = next;
            next = advance();
            return current;
        }

        /** The next merged interval ending after {@code from}, or null past the horizon. */
        private Interval advance() {
            Interval merged = null;
            while (true) {
                if (pending.isEmpty() && !fill()) {
                    return merged;
                }
                Interval candidate = pending.getFirst();
                if (!candidate.end().isAfter(from)) {
                    pending.removeFirst();
                    continue;
                }
                if (merged == null) {
                    merged = candidate;
                } else if (!candidate.start().isAfter(merged.end())) {
                    merged = new Interval(merged.start(), max(merged.end(), candidate.end()));
                } else {
                    return merged;
                }
                pending.removeFirst();
            }
        }

        /** Loads the next date that has opening hours; false past the horizon. */
        private boolean fill() {
            while (!nextDate.isAfter(lastDate)) {
                List<Interval> intervals = intervalsOn(nextDate);
                nextDate = nextDate.plusDays(1);
                if (!intervals.isEmpty()) {
                    pending.addAll(intervals);
                    return true;
                }
            }
            return false;
        }

        private static Instant max(Instant a, Instant b) {
            return a.isAfter(b) ? a : b;
        }
    }
}
