package dev.frontline.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IcsHolidaysTests {

    static String taiwanHolidays() throws IOException {
        try (InputStream in = IcsHolidaysTests.class.getResourceAsStream("/ics/taiwan-holidays.ics")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\n", "\r\n");
        }
    }

    @Test
    void readsAllDayEventsWithTheirDatesNamesAndYearlyRule() throws IOException {
        IcsHolidays.Parsed parsed = IcsHolidays.parse(taiwanHolidays());

        assertThat(parsed.holidays()).containsExactly(
                new IcsHolidays.Candidate("中華民國開國紀念日", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1), true),
                new IcsHolidays.Candidate("春節, 除夕至初五", LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 10), false),
                new IcsHolidays.Candidate("和平紀念日", LocalDate.of(2027, 2, 28), LocalDate.of(2027, 2, 28), false),
                new IcsHolidays.Candidate("National Day of the Republic of China (Double Tenth Day), a day long enough to be folded",
                        LocalDate.of(2027, 10, 10), LocalDate.of(2027, 10, 10), false));
    }

    @Test
    void skipsWhatItCannotImportFaithfullyAndSaysWhy() throws IOException {
        IcsHolidays.Parsed parsed = IcsHolidays.parse(taiwanHolidays());

        assertThat(parsed.skipped()).containsExactly(
                new IcsHolidays.Skipped("Thanksgiving (US)", IcsHolidays.Reason.UNSUPPORTED_RULE),
                new IcsHolidays.Skipped("Planning meeting", IcsHolidays.Reason.NOT_ALL_DAY));
    }

    @Test
    void rejectsTextThatIsNotACalendar() {
        assertThatThrownBy(() -> IcsHolidays.parse("Subject: hello\r\n\r\nnot a calendar"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iCalendar");
    }

    @Test
    void anEventEndingWhereItStartsWithoutASummaryCancelledOrTooLongIsSkipped() {
        String ics = """
                BEGIN:VCALENDAR
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20270101
                DTEND;VALUE=DATE:20270101
                SUMMARY:Empty
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20270102
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20270103
                SUMMARY:Cancelled
                STATUS:CANCELLED
                END:VEVENT
                BEGIN:VEVENT
                DTSTART;VALUE=DATE:20270101
                DTEND;VALUE=DATE:20290101
                SUMMARY:Two years off
                END:VEVENT
                END:VCALENDAR
                """;

        assertThat(IcsHolidays.parse(ics).holidays()).isEmpty();
        assertThat(IcsHolidays.parse(ics).skipped()).extracting(IcsHolidays.Skipped::reason)
                .containsExactly(IcsHolidays.Reason.NO_DAYS, IcsHolidays.Reason.NO_SUMMARY, IcsHolidays.Reason.CANCELLED,
                        IcsHolidays.Reason.TOO_LONG);
    }
}
