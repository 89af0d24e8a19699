package dev.frontline.workforce.intraday;

import dev.frontline.workforce.schedule.Activity;
import dev.frontline.workforce.schedule.ScheduledShift;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Who the published schedule puts where in each interval of a day, among the agents who can take a queue's work:
 * on the phones (on shift, outside breaks, lunch and meetings, for at least half the interval: a 15-minute break
 * in a 30-minute interval leaves the agent counted, a lunch hour does not) and in a meeting or training session
 * (any overlap: cancelling it frees the agent for that interval). Shifts are wall-clock times of the workspace, so
 * yesterday's shifts that run past midnight count too.
 */
final class ScheduledStaff {

    private final List<Map<UUID, String>> working;
    private final List<Map<UUID, String>> inMeeting;
    private final Set<UUID> scheduledToday;

    private ScheduledStaff(List<Map<UUID, String>> working, List<Map<UUID, String>> inMeeting, Set<UUID> scheduledToday) {
        this.working = working;
        this.inMeeting = inMeeting;
        this.scheduledToday = scheduledToday;
    }

    /** {@code shifts}: published shifts of yesterday and today; {@code serving}: the agents with the queue's skill. */
    static ScheduledStaff of(List<ScheduledShift> shifts, Set<UUID> serving, LocalDate day, int intervalMinutes) {
        int perDay = 24 * 60 / intervalMinutes;
        List<Map<UUID, String>> working = new ArrayList<>(perDay);
        List<Map<UUID, String>> inMeeting = new ArrayList<>(perDay);
        Set<UUID> scheduledToday = new java.util.HashSet<>();
        LocalDateTime midnight = day.atStartOfDay();
        for (int i = 0; i < perDay; i++) {
            LocalDateTime from = midnight.plusMinutes((long) i * intervalMinutes);
            LocalDateTime to = from.plusMinutes(intervalMinutes);
            Map<UUID, String> onPhones = new LinkedHashMap<>();
            Map<UUID, String> meeting = new LinkedHashMap<>();
            for (ScheduledShift shift : shifts) {
                if (!serving.contains(shift.userId()) || !shift.start().isBefore(to) || !from.isBefore(shift.end())) {
                    continue;
                }
                scheduledToday.add(shift.userId());
                long minutes = overlap(shift.start(), shift.end(), from, to);
                for (ScheduledShift.ShownActivity activity : shift.activities()) {
                    long away = overlap(activity.start(), activity.end(), from, to);
                    minutes -= away;
                    if (away > 0 && activity.kind() == Activity.Kind.MEETING) {
                        meeting.put(shift.userId(), shift.agentName());
                    }
                }
                if (minutes * 2 >= intervalMinutes) {
                    onPhones.put(shift.userId(), shift.agentName());
                }
            }
            working.add(onPhones);
            inMeeting.add(meeting);
        }
        return new ScheduledStaff(working, inMeeting, scheduledToday);
    }

    private static long overlap(LocalDateTime start, LocalDateTime end, LocalDateTime from, LocalDateTime to) {
        LocalDateTime later = start.isAfter(from) ? start : from;
        LocalDateTime earlier = end.isBefore(to) ? end : to;
        return later.isBefore(earlier) ? Duration.between(later, earlier).toMinutes() : 0;
    }

    /** The agents on the phones in interval {@code i}, by id, with their names. */
    Map<UUID, String> working(int interval) {
        return working.get(interval);
    }

    /** The agents in a meeting or training session during interval {@code i}. */
    Map<UUID, String> inMeeting(int interval) {
        return inMeeting.get(interval);
    }

    /** Whether the agent has a shift that reaches into the day. */
    boolean scheduledToday(UUID agent) {
        return scheduledToday.contains(agent);
    }
}
