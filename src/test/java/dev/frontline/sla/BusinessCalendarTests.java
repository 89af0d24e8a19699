package dev.frontline.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BusinessCalendarTests {

    static BusinessCalendar officeHoursIn(String zone, Holiday... holidays) {
        return new BusinessCalendar(ZoneId.of(zone), WeeklyHours.officeHours(), List.of(holidays));
    }

    static BusinessCalendar everySunday(String zone, String from, String to) {
        return new BusinessCalendar(ZoneId.of(zone),
                WeeklyHours.on(List.of(DayOfWeek.SUNDAY), OpeningRange.parse(from, to)), List.of());
    }

    static Holiday holiday(String name, String first, String last, boolean yearly) {
        return new Holiday(UUID.randomUUID(), name, LocalDate.parse(first), LocalDate.parse(last), yearly);
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Nested
    class AsiaShanghai {

        BusinessCalendar shanghai = officeHoursIn("Asia/Shanghai");

        @Test
        void fourHoursSetOnFridayAfternoonFallDueOnMondayMorning() {
            Instant fridayAt1600 = at("2026-11-27T08:00:00Z");

            Instant due = shanghai.addBusinessTime(fridayAt1600, Duration.ofHours(4));

            assertThat(due).isEqualTo(at("2026-11-30T03:00:00Z"));
            assertThat(shanghai.businessTimeBetween(fridayAt1600, due)).isEqualTo(Duration.ofHours(4));
        }

        @Test
        void businessTimeThatRunsOutAtClosingFallsDueAtClosing() {
            Instant fridayAt1400 = at("2026-11-27T06:00:00Z");

            assertThat(shanghai.addBusinessTime(fridayAt1400, Duration.ofHours(4))).isEqualTo(at("2026-11-27T10:00:00Z"));
        }

        @Test
        void isOpenFromOpeningInclusiveToClosingExclusive() {
            assertThat(shanghai.isOpen(at("2026-11-25T00:59:59Z"))).isFalse();
            assertThat(shanghai.isOpen(at("2026-11-25T01:00:00Z"))).isTrue();
            assertThat(shanghai.isOpen(at("2026-11-25T09:59:59Z"))).isTrue();
            assertThat(shanghai.isOpen(at("2026-11-25T10:00:00Z"))).isFalse();
            assertThat(shanghai.isOpen(at("2026-11-28T04:00:00Z"))).as("Saturday noon").isFalse();
        }

        @Test
        void nextOpeningAfterWorkOnFridayIsMondayAtNine() {
            assertThat(shanghai.nextOpening(at("2026-11-27T12:00:00Z"))).contains(at("2026-11-30T01:00:00Z"));
            assertThat(shanghai.nextOpening(at("2026-11-27T05:00:00Z"))).as("already open").contains(at("2026-11-27T05:00:00Z"));
        }
    }

    @Nested
    class AsiaTaipei {

        @Test
        void aYearlyNewYearHolidayPushesTheDueTimeOverTheYearBoundaryAndTheWeekend() {
            BusinessCalendar taipei = officeHoursIn("Asia/Taipei", holiday("元旦", "2020-01-01", "2020-01-01", true));
            Instant newYearsEveAt1700 = at("2026-12-31T09:00:00Z");

            Instant due = taipei.addBusinessTime(newYearsEveAt1700, Duration.ofHours(2));

            assertThat(due).as("Monday 4 January 2027, 10:00").isEqualTo(at("2027-01-04T02:00:00Z"));
            assertThat(taipei.isOpen(at("2027-01-01T03:00:00Z"))).as("New Year's Day, a Friday").isFalse();
        }

        @Test
        void aRangeOfHolidaysClosesEveryDayInIt() {
            BusinessCalendar taipei = officeHoursIn("Asia/Taipei", holiday("春節", "2027-02-05", "2027-02-10", false));

            assertThat(taipei.nextOpening(at("2027-02-04T12:00:00Z"))).contains(at("2027-02-11T01:00:00Z"));
            assertThat(taipei.businessTimeBetween(at("2027-02-01T00:00:00Z"), at("2027-02-15T00:00:00Z")))
                    .as("Mon-Thu of the first week and Thu-Fri of the second").isEqualTo(Duration.ofHours(6 * 9));
        }

        @Test
        void aYearlyRangeRunsOverNewYear() {
            Holiday winterBreak = holiday("Winter break", "2025-12-31", "2026-01-02", true);

            assertThat(winterBreak.covers(LocalDate.parse("2027-01-02"))).isTrue();
            assertThat(winterBreak.covers(LocalDate.parse("2027-12-31"))).isTrue();
            assertThat(winterBreak.covers(LocalDate.parse("2027-01-03"))).isFalse();
            assertThat(winterBreak.covers(LocalDate.parse("2025-01-01"))).as("not before its first year").isFalse();
        }
    }

    @Nested
    class AsiaSeoul {

        Map<DayOfWeek, List<OpeningRange>> nightShift = new EnumMap<>(Map.of(
                DayOfWeek.MONDAY, List.of(OpeningRange.parse("22:00", "24:00")),
                DayOfWeek.TUESDAY, List.of(OpeningRange.parse("00:00", "06:00"))));
        BusinessCalendar seoul = new BusinessCalendar(ZoneId.of("Asia/Seoul"), WeeklyHours.of(nightShift), List.of());

        @Test
        void aNightShiftRunsOverMidnightWithoutAGap() {
            Instant mondayAt2300 = at("2026-11-30T14:00:00Z");

            assertThat(seoul.addBusinessTime(mondayAt2300, Duration.ofHours(3))).isEqualTo(at("2026-11-30T17:00:00Z"));
            assertThat(seoul.isOpen(at("2026-11-30T15:00:00Z"))).as("midnight").isTrue();
            assertThat(seoul.businessTimeBetween(at("2026-11-30T00:00:00Z"), at("2026-12-02T00:00:00Z")))
                    .isEqualTo(Duration.ofHours(8));
        }

        @Test
        void teamsInDifferentZonesAreOpenAtDifferentInstants() {
            BusinessCalendar london = officeHoursIn("Europe/London");
            Instant wednesdayAt1000InSeoul = at("2026-11-25T01:00:00Z");
            BusinessCalendar seoulOffice = officeHoursIn("Asia/Seoul");

            assertThat(seoulOffice.isOpen(wednesdayAt1000InSeoul)).isTrue();
            assertThat(london.isOpen(wednesdayAt1000InSeoul)).isFalse();
            assertThat(london.nextOpening(wednesdayAt1000InSeoul)).contains(at("2026-11-25T09:00:00Z"));
        }
    }

    @Nested
    class AmericaChicago {

        @Test
        void theDayClocksGoForwardHasTwentyThreeHours() {
            BusinessCalendar always = new BusinessCalendar(ZoneId.of("America/Chicago"), WeeklyHours.alwaysOpen(), List.of());

            assertThat(always.businessTimeBetween(at("2026-03-08T06:00:00Z"), at("2026-03-09T05:00:00Z")))
                    .isEqualTo(Duration.ofHours(23));
        }

        @Test
        void aRangeLosesTheSkippedHourAndOneStartingInItOpensWhenTheClockJumps() {
            BusinessCalendar oneToFour = everySunday("America/Chicago", "01:00", "04:00");
            BusinessCalendar fromTwoThirty = everySunday("America/Chicago", "02:30", "05:00");
            Instant sundayMidnight = at("2026-03-08T06:00:00Z");

            assertThat(oneToFour.businessTimeBetween(sundayMidnight, sundayMidnight.plus(Duration.ofHours(6))))
                    .isEqualTo(Duration.ofHours(2));
            assertThat(fromTwoThirty.nextOpening(sundayMidnight)).as("03:00 CDT").contains(at("2026-03-08T08:00:00Z"));
        }

        @Test
        void theDayClocksGoBackHasTwentyFiveHoursAndARangeCoversTheRepeatedHourTwice() {
            BusinessCalendar always = new BusinessCalendar(ZoneId.of("America/Chicago"), WeeklyHours.alwaysOpen(), List.of());
            BusinessCalendar oneToTwo = everySunday("America/Chicago", "01:00", "02:00");
            BusinessCalendar untilOneThirty = everySunday("America/Chicago", "00:00", "01:30");
            Instant sundayMidnight = at("2026-11-01T05:00:00Z");

            assertThat(always.businessTimeBetween(sundayMidnight, at("2026-11-02T06:00:00Z"))).isEqualTo(Duration.ofHours(25));
            assertThat(oneToTwo.nextOpening(sundayMidnight)).as("01:00 CDT").contains(at("2026-11-01T06:00:00Z"));
            assertThat(oneToTwo.addBusinessTime(sundayMidnight, Duration.ofHours(2))).as("02:00 CST").isEqualTo(at("2026-11-01T08:00:00Z"));
            assertThat(untilOneThirty.isOpen(at("2026-11-01T07:29:00Z"))).as("the second 01:29").isTrue();
            assertThat(untilOneThirty.isOpen(at("2026-11-01T07:30:00Z"))).isFalse();
        }
    }

    @Nested
    class EuropeLondon {

        BusinessCalendar london = officeHoursIn("Europe/London");

        @Test
        void aWeekendWithTheClockChangeInBetweenCountsOnlyOpeningHours() {
            Instant fridayAt1700Gmt = at("2026-03-27T17:00:00Z");

            assertThat(london.addBusinessTime(fridayAt1700Gmt, Duration.ofHours(2))).as("Monday 10:00 BST")
                    .isEqualTo(at("2026-03-30T09:00:00Z"));
            assertThat(london.businessTimeBetween(at("2026-03-27T09:00:00Z"), at("2026-03-30T17:00:00Z")))
                    .isEqualTo(Duration.ofHours(18));
        }

        @Test
        void openingHoursFollowTheWallClockAfterSummerTimeEnds() {
            assertThat(london.nextOpening(at("2026-10-23T18:00:00Z"))).as("Monday 09:00 GMT").contains(at("2026-10-26T09:00:00Z"));
            assertThat(london.nextOpening(at("2026-10-22T18:00:00Z"))).as("Friday 09:00 BST").contains(at("2026-10-23T08:00:00Z"));
        }
    }

    @Nested
    class NeverOpen {

        BusinessCalendar closed = new BusinessCalendar(ZoneId.of("UTC"), WeeklyHours.of(Map.of()), List.of());

        @Test
        void aCalendarWithoutOpeningHoursHasNoNextOpeningAndNoDueTime() {
            assertThat(closed.isOpen(at("2026-11-25T12:00:00Z"))).isFalse();
            assertThat(closed.nextOpening(at("2026-11-25T12:00:00Z"))).isEmpty();
            assertThat(closed.businessTimeBetween(at("2026-01-01T00:00:00Z"), at("2027-01-01T00:00:00Z"))).isZero();
            assertThatThrownBy(() -> closed.addBusinessTime(at("2026-11-25T12:00:00Z"), Duration.ofMinutes(1)))
                    .isInstanceOf(IllegalStateException.class);
        }

        @Test
        void zeroBusinessTimeFallsDueAtOnce() {
            assertThat(closed.addBusinessTime(at("2026-11-25T12:00:00Z"), Duration.ZERO)).isEqualTo(at("2026-11-25T12:00:00Z"));
        }
    }

    @Test
    void overlappingRangesOnOneDayAreRejected() {
        assertThatThrownBy(() -> WeeklyHours.of(Map.of(DayOfWeek.MONDAY,
                List.of(OpeningRange.parse("09:00", "13:00"), OpeningRange.parse("12:00", "18:00")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("overlap");
        assertThatThrownBy(() -> OpeningRange.parse("18:00", "09:00")).hasMessageContaining("ends after it starts");
        assertThatThrownBy(() -> OpeningRange.parse("9", "10:00")).hasMessageContaining("HH:mm");
    }

    @Test
    void weeklyHoursSurviveTheirTextForm() {
        WeeklyHours split = WeeklyHours.of(Map.of(DayOfWeek.MONDAY,
                List.of(OpeningRange.parse("13:00", "18:00"), OpeningRange.parse("09:00", "12:00")),
                DayOfWeek.SATURDAY, List.of(OpeningRange.parse("22:00", "24:00"))));

        assertThat(split.toString()).isEqualTo("MON 09:00-12:00 13:00-18:00;SAT 22:00-24:00");
        assertThat(WeeklyHours.parse(split.toString())).isEqualTo(split);
        assertThat(WeeklyHours.parse("")).matches(WeeklyHours::isNeverOpen);
        assertThat(WeeklyHours.alwaysOpen().isAlwaysOpen()).isTrue();
    }
}
