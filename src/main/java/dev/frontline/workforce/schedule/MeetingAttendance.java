package dev.frontline.workforce.schedule;

import java.util.ArrayList;
import java.util.List;

/** An agent's fixed meeting or training session, in schedule minutes: they must be on shift and off the phones. */
public record MeetingAttendance(String title, ScheduleAgent agent, int start, int end) {

    public MeetingAttendance {
        if (end <= start) {
            throw new IllegalArgumentException("a meeting ends after it starts");
        }
    }

    /** The skill intervals the meeting takes its attendee away from. */
    public List<SkillInterval> absence() {
        List<SkillInterval> slots = new ArrayList<>();
        int first = start / ScheduleHorizon.INTERVAL_MINUTES;
        int last = (end + ScheduleHorizon.INTERVAL_MINUTES - 1) / ScheduleHorizon.INTERVAL_MINUTES;
        for (String skill : agent.skills()) {
            for (int interval = first; interval < last; interval++) {
                slots.add(new SkillInterval(skill, interval));
            }
        }
        return slots;
    }
}
