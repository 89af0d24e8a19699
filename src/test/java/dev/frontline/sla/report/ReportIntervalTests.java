package dev.frontline.sla.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.frontline.shared.InvalidRequestException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ReportIntervalTests {

    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");

    @Test
    void halfHoursStartAtLocalBoundariesAlsoInAZoneOffsetByHalfAnHour() {
        // 10:47 in Kolkata (UTC+5:30) is in the half hour from 10:30 local, 05:00 UTC.
        assertThat(ReportInterval.MINUTES_30.startOf(Instant.parse("2026-11-02T05:17:00Z"), ZoneId.of("Asia/Kolkata")))
                .isEqualTo(Instant.parse("2026-11-02T05:00:00Z"));
        assertThat(ReportInterval.MINUTES_60.startOf(Instant.parse("2026-11-02T05:17:00Z"), ZoneId.of("Asia/Kolkata")))
                .isEqualTo(Instant.parse("2026-11-02T04:30:00Z"));
        assertThat(ReportInterval.MINUTES_15.startOf(Instant.parse("2026-11-02T05:17:00Z"), ZoneId.of("Asia/Seoul")))
                .isEqualTo(Instant.parse("2026-11-02T05:15:00Z"));
    }

    @Test
    void theRepeatedHourOfAFallBackChangeIsTwoIntervals() {
        // Chicago falls back on 1 November 2026 at 02:00 CDT: 01:00-02:00 local happens twice.
        Instant firstPass = Instant.parse("2026-11-01T06:20:00Z");
        Instant secondPass = Instant.parse("2026-11-01T07:20:00Z");
        assertThat(ReportInterval.MINUTES_60.startOf(firstPass, CHICAGO)).isEqualTo(Instant.parse("2026-11-01T06:00:00Z"));
        assertThat(ReportInterval.MINUTES_60.startOf(secondPass, CHICAGO)).isEqualTo(Instant.parse("2026-11-01T07:00:00Z"));
    }

    @Test
    void aDayStartsAtLocalMidnightAndIs25HoursLongWhenTheClocksFallBack() {
        Instant dayStart = ReportInterval.DAY.startOf(Instant.parse("2026-11-01T20:00:00Z"), CHICAGO);
        Instant nextDay = ReportInterval.DAY.startOf(Instant.parse("2026-11-02T20:00:00Z"), CHICAGO);
        assertThat(dayStart).isEqualTo(Instant.parse("2026-11-01T05:00:00Z"));
        assertThat(nextDay).isEqualTo(Instant.parse("2026-11-02T06:00:00Z"));
        assertThat(ReportInterval.DAY.startOf(Instant.parse("2026-11-02T15:30:00Z"), ZoneId.of("Asia/Shanghai")))
                .isEqualTo(Instant.parse("2026-11-01T16:00:00Z"));
    }

    @Test
    void unknownIntervalsAndBadPeriodsAreRefusedNamingTheParameter() {
        assertThat(ReportInterval.parse(null)).isEqualTo(ReportInterval.DAY);
        assertThat(ReportInterval.parse("15m")).isEqualTo(ReportInterval.MINUTES_15);
        assertThatThrownBy(() -> ReportInterval.parse("45m")).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("15m, 30m, 60m, day");
        assertThatThrownBy(() -> ReportPeriod.parse("2026-11-02T00:00:00Z", "2026-11-02T00:00:00Z", ZoneOffset.UTC))
                .isInstanceOf(InvalidRequestException.class).hasMessage("from must be before to");
        assertThat(ReportPeriod.parse("2026-01-01T00:00:00Z", "2026-04-03T00:00:00Z", ZoneOffset.UTC).to())
                .as("92 days is allowed").isEqualTo(Instant.parse("2026-04-03T00:00:00Z"));
        assertThatThrownBy(() -> ReportPeriod.parse("2026-01-01T00:00:00Z", "2026-04-03T00:00:01Z", ZoneOffset.UTC))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("92 days");
    }

    @Test
    void calendarDaysAreTheWorkspacesMidnights() {
        ReportPeriod seoulDay = ReportPeriod.parse("2026-12-01", "2026-12-02", ZoneId.of("Asia/Seoul"));
        assertThat(seoulDay.from()).isEqualTo(Instant.parse("2026-11-30T15:00:00Z"));
        assertThat(seoulDay.to()).isEqualTo(Instant.parse("2026-12-01T15:00:00Z"));
        assertThat(ReportPeriod.parse("2026-12-01", "2026-12-01T12:00:00Z", ZoneOffset.UTC).to())
                .as("a day and an instant mix").isEqualTo(Instant.parse("2026-12-01T12:00:00Z"));
        assertThatThrownBy(() -> ReportPeriod.parse("2026-13-01", "2026-12-02", ZoneOffset.UTC))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("from must be a day");
    }
}
