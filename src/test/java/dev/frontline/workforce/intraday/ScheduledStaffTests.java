package dev.frontline.workforce.intraday;

import static org.assertj.core.api.Assertions.assertThat;

import dev.frontline.workforce.schedule.Activity;
import dev.frontline.workforce.schedule.ScheduledShift;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScheduledStaffTests {

    static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    final UUID ann = UUID.randomUUID();
    final UUID ben = UUID.randomUUID();
    final UUID night = UUID.randomUUID();

    static LocalDateTime at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute));
    }

    static ScheduledShift shift(UUID agent, String name, LocalDateTime start, LocalDateTime end, ScheduledShift.ShownActivity... away) {
        return new ScheduledShift(agent, name, start.toLocalDate(), start, end, "Day", List.of(away), false);
    }

    @Test
    void anAgentCountsWhenOnThePhonesForAtLeastHalfTheInterval() {
        ScheduledStaff staff = ScheduledStaff.of(List.of(
                shift(ann, "Ann", at(DAY, 9, 0), at(DAY, 12, 0),
                        new ScheduledShift.ShownActivity(Activity.Kind.BREAK, at(DAY, 10, 0), at(DAY, 10, 15), null),
                        new ScheduledShift.ShownActivity(Activity.Kind.LUNCH, at(DAY, 11, 0), at(DAY, 11, 30), null)),
                shift(ben, "Ben", at(DAY, 9, 0), at(DAY, 12, 0),
                        new ScheduledShift.ShownActivity(Activity.Kind.MEETING, at(DAY, 9, 30), at(DAY, 9, 45), "Training"))),
                Set.of(ann, ben), DAY, 30);

        assertThat(staff.working(17).keySet()).as("08:30").isEmpty();
        assertThat(staff.working(20).keySet()).as("10:00, Ann's 15-minute break leaves her counted").containsExactlyInAnyOrder(ann, ben);
        assertThat(staff.working(22).keySet()).as("11:00, Ann at lunch").containsExactly(ben);
        assertThat(staff.working(19).keySet()).as("09:30, Ben's 15-minute training").containsExactlyInAnyOrder(ann, ben);
        assertThat(staff.inMeeting(19)).containsOnlyKeys(ben).containsValue("Ben");
        assertThat(staff.inMeeting(20)).isEmpty();
        assertThat(staff.working(24).keySet()).as("12:00, shifts over").isEmpty();
    }

    @Test
    void yesterdaysNightShiftCountsAfterMidnightAndOnlyServingAgentsCount() {
        ScheduledStaff staff = ScheduledStaff.of(List.of(
                shift(night, "Nia", at(DAY.minusDays(1), 22, 0), at(DAY, 6, 0)),
                shift(ann, "Ann", at(DAY, 9, 0), at(DAY, 17, 0))),
                Set.of(night), DAY, 15);

        assertThat(staff.working(0).keySet()).containsExactly(night);
        assertThat(staff.working(23).keySet()).as("05:45").containsExactly(night);
        assertThat(staff.working(24).keySet()).as("06:00").isEmpty();
        assertThat(staff.working(40).keySet()).as("Ann lacks the skill").isEmpty();
        assertThat(staff.scheduledToday(night)).isTrue();
        assertThat(staff.scheduledToday(ann)).isFalse();
    }
}
