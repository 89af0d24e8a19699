package dev.frontline.workforce.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Break rule tiers by shift length, placed on a shift starting at 08:00 (minute 480). */
class BreakRulesTests {

    private static final int EIGHT = 8 * 60;

    /** Under 6 hours one 15-minute break; 6 to 8 hours two breaks and a 30-minute lunch; from 8 hours three breaks and a 45-minute lunch. */
    private static final BreakRules BY_LENGTH = new BreakRules(List.of(
            new BreakRules.Tier(8 * 60, 3, 15, 45, 4 * 60, 5 * 60),
            new BreakRules.Tier(0, 1, 15, 0, 0, 0),
            new BreakRules.Tier(6 * 60, 2, 15, 30, 3 * 60, 4 * 60)));

    @Test
    void theStandardRulesGiveAShortShiftOneBreakHalfwayAndALongOneTwoBreaksAroundLunch() {
        assertThat(BreakRules.standard().place(EIGHT, 4 * 60, -1))
                .containsExactly(new Activity(Activity.Kind.BREAK, EIGHT + 105, EIGHT + 120));
        assertThat(BreakRules.standard().lunchOffsets(8 * 60 + 30)).containsExactly(180, 210, 240, 270, 300);
        assertThat(BreakRules.standard().place(EIGHT, 8 * 60 + 30, 240)).containsExactly(
                new Activity(Activity.Kind.BREAK, EIGHT + 105, EIGHT + 120),
                new Activity(Activity.Kind.LUNCH, EIGHT + 240, EIGHT + 270),
                new Activity(Activity.Kind.BREAK, EIGHT + 375, EIGHT + 390));
    }

    @Test
    void theTierForTheShiftsLengthDecidesBreaksAndLunch() {
        assertThat(BY_LENGTH.lunchOffsets(5 * 60)).containsExactly(-1);
        assertThat(BY_LENGTH.place(EIGHT, 5 * 60, -1)).extracting(Activity::kind).containsExactly(Activity.Kind.BREAK);
        assertThat(BY_LENGTH.lunchOffsets(7 * 60)).containsExactly(180, 210, 240);
        assertThat(BY_LENGTH.lunchOffsets(10 * 60)).containsExactly(240, 270, 300);

        List<Activity> tenHours = BY_LENGTH.place(EIGHT, 10 * 60, 240);
        assertThat(tenHours).extracting(Activity::kind)
                .containsExactly(Activity.Kind.BREAK, Activity.Kind.BREAK, Activity.Kind.LUNCH, Activity.Kind.BREAK);
        assertThat(tenHours.get(2)).isEqualTo(new Activity(Activity.Kind.LUNCH, EIGHT + 240, EIGHT + 285));
        assertThat(tenHours).allSatisfy(activity -> assertThat(activity.start() % ScheduleHorizon.INTERVAL_MINUTES).isZero());
        assertThat(tenHours.get(0).end()).isLessThanOrEqualTo(tenHours.get(1).start());
        assertThat(tenHours.get(3).start()).isGreaterThanOrEqualTo(EIGHT + 285).isLessThan(EIGHT + 600);
    }

    @Test
    void aShiftShorterThanEveryTierGetsNoBreak() {
        BreakRules fromFourHours = new BreakRules(List.of(new BreakRules.Tier(4 * 60, 1, 15, 0, 0, 0)));

        assertThat(fromFourHours.place(EIGHT, 3 * 60, -1)).isEmpty();
    }

    @Test
    void tiersOffTheQuarterHourGridOrStartingAtTheSameLengthAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BreakRules.Tier(0, 1, 10, 0, 0, 0));
        assertThatIllegalArgumentException().isThrownBy(() -> new BreakRules(List.of(new BreakRules.Tier(0, 1, 15, 0, 0, 0),
                new BreakRules.Tier(0, 2, 15, 0, 0, 0))));
    }
}
