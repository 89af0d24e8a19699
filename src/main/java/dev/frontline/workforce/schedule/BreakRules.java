package dev.frontline.workforce.schedule;

import java.util.ArrayList;
import java.util.List;

/**
 * Where breaks and lunch may go. A shift of at least {@code lunchFromLength} minutes gets an unpaid lunch starting
 * between {@code lunchEarliestAfter} and {@code lunchLatestAfter} minutes into it (the solver picks where), and a
 * paid break halfway through the work before and after lunch; a shorter shift gets one break halfway.
 */
public record BreakRules(int breakMinutes, int lunchMinutes, int lunchFromLength, int lunchEarliestAfter, int lunchLatestAfter, int lunchStepMinutes) {

    public BreakRules {
        if (breakMinutes % ScheduleHorizon.INTERVAL_MINUTES != 0 || lunchMinutes % ScheduleHorizon.INTERVAL_MINUTES != 0
                || lunchStepMinutes < ScheduleHorizon.INTERVAL_MINUTES || lunchLatestAfter < lunchEarliestAfter) {
            throw new IllegalArgumentException("breaks lie on the quarter-hour grid");
        }
    }

    /** 15-minute breaks; a 30-minute lunch 3 to 5 hours into any shift of 6 hours or more. */
    public static BreakRules standard() {
        return new BreakRules(15, 30, 6 * 60, 3 * 60, 5 * 60, 30);
    }

    /** The lunch start offsets the rules allow for a shift of this length; one empty placement when it gets no lunch. */
    List<Integer> lunchOffsets(int lengthMinutes) {
        List<Integer> offsets = new ArrayList<>();
        if (lengthMinutes < lunchFromLength) {
            offsets.add(-1);
            return offsets;
        }
        int latest = Math.min(lunchLatestAfter, lengthMinutes - lunchMinutes - 2 * breakMinutes);
        for (int offset = lunchEarliestAfter; offset <= latest; offset += lunchStepMinutes) {
            offsets.add(offset);
        }
        return offsets;
    }

    /** The breaks and lunch of a shift starting at {@code start}, lunch at {@code lunchOffset} (-1: none). */
    List<Activity> place(int start, int lengthMinutes, int lunchOffset) {
        if (lunchOffset < 0) {
            return List.of(new Activity(Activity.Kind.BREAK, halfway(start, start + lengthMinutes), halfway(start, start + lengthMinutes) + breakMinutes));
        }
        int lunchStart = start + lunchOffset;
        int lunchEnd = lunchStart + lunchMinutes;
        int firstBreak = halfway(start, lunchStart);
        int secondBreak = halfway(lunchEnd, start + lengthMinutes);
        return List.of(new Activity(Activity.Kind.BREAK, firstBreak, firstBreak + breakMinutes),
                new Activity(Activity.Kind.LUNCH, lunchStart, lunchEnd),
                new Activity(Activity.Kind.BREAK, secondBreak, secondBreak + breakMinutes));
    }

    /** The quarter hour nearest the middle of [from, to) where a break fits, rounded down. */
    private int halfway(int from, int to) {
        int middle = from + (to - from - breakMinutes) / 2;
        return middle - Math.floorMod(middle, ScheduleHorizon.INTERVAL_MINUTES);
    }
}
