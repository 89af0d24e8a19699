package dev.frontline.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Laws of business-time arithmetic over random calendars and instants around DST changes and year ends.
 * Seeded, so a failure repeats; the seed and case are in the assertion's description.
 */
class BusinessCalendarPropertyTests {

    static final List<String> ZONES = List.of("Asia/Shanghai", "Asia/Taipei", "Asia/Seoul", "America/Chicago",
            "Europe/London", "Australia/Lord_Howe", "Pacific/Chatham", "UTC");
    /** Around the DST changes of 2026 in Chicago and London, and a year end. */
    static final List<Instant> AROUND = List.of(Instant.parse("2026-03-08T00:00:00Z"), Instant.parse("2026-03-29T00:00:00Z"),
            Instant.parse("2026-10-25T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-30T00:00:00Z"));

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void addingTheBusinessTimeBetweenTwoInstantsLandsAtTheLaterOneOrTheClosingBeforeIt(long seed) {
        Random random = new Random(seed);
        for (int run = 0; run < 200; run++) {
            BusinessCalendar calendar = randomCalendar(random);
            Instant from = randomInstant(random);
            Instant to = from.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 20)));
            String described = "seed " + seed + " run " + run + ": " + calendar + " from " + from + " to " + to;

            Duration between = calendar.businessTimeBetween(from, to);
            if (calendar.nextOpening(from).isEmpty()) {
                assertThat(between).as(described).isZero();
                continue;
            }
            Instant landed = calendar.addBusinessTime(from, between);

            assertThat(landed).as(described).isBeforeOrEqualTo(to);
            assertThat(calendar.businessTimeBetween(landed, to)).as(described).isZero();
            assertThat(calendar.businessTimeBetween(from, landed)).as(described).isEqualTo(between);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {11, 12, 13, 14})
    void moreBusinessTimeNeverFallsDueEarlierAndSplittingItChangesNothing(long seed) {
        Random random = new Random(seed);
        for (int run = 0; run < 200; run++) {
            BusinessCalendar calendar = randomCalendar(random);
            Instant from = randomInstant(random);
            if (calendar.nextOpening(from).isEmpty()) {
                continue;
            }
            Duration first = Duration.ofMinutes(1 + random.nextInt(60 * 30));
            Duration second = Duration.ofMinutes(random.nextInt(60 * 30));
            String described = "seed " + seed + " run " + run + ": " + calendar + " from " + from + " +" + first + " +" + second;

            Instant dueFirst = calendar.addBusinessTime(from, first);
            Instant dueBoth = calendar.addBusinessTime(from, first.plus(second));

            assertThat(dueBoth).as(described).isAfterOrEqualTo(dueFirst);
            assertThat(calendar.addBusinessTime(dueFirst, second)).as(described).isEqualTo(dueBoth);
            assertThat(calendar.isOpen(dueFirst.minusNanos(1))).as(described + ": open just before it falls due").isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23})
    void businessTimeIsAdditiveAndNeverMoreThanWallTime(long seed) {
        Random random = new Random(seed);
        for (int run = 0; run < 200; run++) {
            BusinessCalendar calendar = randomCalendar(random);
            Instant a = randomInstant(random);
            Instant b = a.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 10)));
            Instant c = b.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 10)));
            String described = "seed " + seed + " run " + run + ": " + calendar + " " + a + " " + b + " " + c;

            assertThat(calendar.businessTimeBetween(a, b).plus(calendar.businessTimeBetween(b, c)))
                    .as(described).isEqualTo(calendar.businessTimeBetween(a, c));
            assertThat(calendar.businessTimeBetween(a, c)).as(described).isLessThanOrEqualTo(Duration.between(a, c));
            Instant next = calendar.nextOpening(b).orElse(null);
            if (next != null) {
                assertThat(calendar.isOpen(next)).as(described).isTrue();
                assertThat(calendar.businessTimeBetween(b, next)).as(described).isZero();
            }
        }
    }

    static BusinessCalendar randomCalendar(Random random) {
        Map<DayOfWeek, List<OpeningRange>> days = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            List<OpeningRange> ranges = new ArrayList<>();
            int minute = 0;
            while (random.nextInt(3) > 0) {
                int start = minute + random.nextInt(8) * 30;
                int end = start + 30 + random.nextInt(16) * 30;
                if (end > OpeningRange.END_OF_DAY) {
                    break;
                }
                ranges.add(new OpeningRange(start, end));
                minute = end;
            }
            days.put(day, ranges);
        }
        List<Holiday> holidays = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            LocalDate first = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365));
            holidays.add(new Holiday(UUID.randomUUID(), "holiday " + i, first, first.plusDays(random.nextInt(5)),
                    random.nextBoolean()));
        }
        return new BusinessCalendar(ZoneId.of(ZONES.get(random.nextInt(ZONES.size()))), WeeklyHours.of(days), holidays);
    }

    static Instant randomInstant(Random random) {
        return AROUND.get(random.nextInt(AROUND.size())).plus(Duration.ofMinutes(random.nextInt(60 * 24 * 3) - 60 * 24));
    }
}
