package dev.frontline.workforce.schedule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where breaks and lunch may go, by shift length: the tier with the greatest {@code fromLengthMinutes} not above a
 * shift's length applies. A tier with lunch gives an unpaid lunch starting between {@code lunchEarliestAfter} and
 * {@code lunchLatestAfter} minutes into the shift (the solver picks where, every {@link #LUNCH_STEP_MINUTES}) and spreads
 * its paid breaks evenly over the work before and after lunch (the odd one before); without lunch the breaks are spread
 * over the whole shift. A shift shorter than every tier gets no break.
 */
public record BreakRules(List<Tier> tiers) {

    static final int LUNCH_STEP_MINUTES = 30;

    public record Tier(int fromLengthMinutes, int breaks, int breakMinutes, int lunchMinutes, int lunchEarliestAfter, int lunchLatestAfter) {

        public Tier {
            if (fromLengthMinutes < 0 || breaks < 0 || breaks > 4 || breakMinutes < 0 || lunchMinutes < 0
                    || breakMinutes % ScheduleHorizon.INTERVAL_MINUTES != 0 || lunchMinutes % ScheduleHorizon.INTERVAL_MINUTES != 0
                    || breaks > 0 && breakMinutes == 0 || lunchMinutes > 0 && (lunchEarliestAfter < 0 || lunchLatestAfter < lunchEarliestAfter)) {
                throw new IllegalArgumentException("breaks and lunch last whole quarter hours (at most 4 breaks), lunch window earliest first");
            }
        }

        boolean hasLunch() {
            return lunchMinutes > 0;
        }

        int breaksBeforeLunch() {
            return (breaks + 1) / 2;
        }
    }

    public BreakRules {
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("break rules need at least one tier");
        }
        tiers = tiers.stream().sorted(Comparator.comparingInt(Tier::fromLengthMinutes)).toList();
        if (tiers.stream().map(Tier::fromLengthMinutes).distinct().count() != tiers.size()) {
            throw new IllegalArgumentException("two tiers start at the same shift length");
        }
    }

    /** 15-minute breaks: one in a shift under 6 hours; two and a 30-minute lunch 3 to 5 hours in from 6 hours on. */
    public static BreakRules standard() {
        return new BreakRules(List.of(new Tier(0, 1, 15, 0, 0, 0), new Tier(6 * 60, 2, 15, 30, 3 * 60, 5 * 60)));
    }

    private @Nullable Tier tierFor(int lengthMinutes) {
        @Nullable Tier applying = null;
        for (Tier tier : tiers) {
            if (tier.fromLengthMinutes() <= lengthMinutes) {
                applying = tier;
            }
        }
        return applying;
    }

    /** The lunch start offsets the rules allow for a shift of this length; one empty placement (-1) when it gets no lunch. */
    List<Integer> lunchOffsets(int lengthMinutes) {
        List<Integer> offsets = new ArrayList<>();
        @Nullable Tier tier = tierFor(lengthMinutes);
        if (tier == null || !tier.hasLunch()) {
            offsets.add(-1);
            return offsets;
        }
        int breaksAfter = tier.breaks() - tier.breaksBeforeLunch();
        int latest = Math.min(tier.lunchLatestAfter(), lengthMinutes - tier.lunchMinutes() - (breaksAfter + 1) * tier.breakMinutes());
        for (int offset = tier.lunchEarliestAfter(); offset <= latest; offset += LUNCH_STEP_MINUTES) {
            offsets.add(offset);
        }
        if (offsets.isEmpty()) {
            offsets.add(-1);
        }
        return offsets;
    }

    /** The breaks and lunch of a shift starting at {@code start}, lunch at {@code lunchOffset} (-1: none). */
    List<Activity> place(int start, int lengthMinutes, int lunchOffset) {
        @Nullable Tier tier = tierFor(lengthMinutes);
        if (tier == null) {
            return List.of();
        }
        int end = start + lengthMinutes;
        List<Activity> activities = new ArrayList<>();
        if (lunchOffset < 0) {
            spread(tier, tier.breaks(), start, end, activities);
            return activities;
        }
        int lunchStart = start + lunchOffset;
        int lunchEnd = lunchStart + tier.lunchMinutes();
        spread(tier, tier.breaksBeforeLunch(), start, lunchStart, activities);
        activities.add(new Activity(Activity.Kind.LUNCH, lunchStart, lunchEnd));
        spread(tier, tier.breaks() - tier.breaksBeforeLunch(), lunchEnd, end, activities);
        return activities;
    }

    /** {@code count} breaks at even spacing in [from, to), each on the quarter hour at or before its ideal start. */
    private static void spread(Tier tier, int count, int from, int to, List<Activity> activities) {
        for (int i = 0; i < count; i++) {
            int middle = from + ((to - from) * 2 * (i + 1) - tier.breakMinutes() * (count + 1)) / (2 * (count + 1));
            int breakStart = middle - Math.floorMod(middle, ScheduleHorizon.INTERVAL_MINUTES);
            activities.add(new Activity(Activity.Kind.BREAK, breakStart, breakStart + tier.breakMinutes()));
        }
    }
}
