package dev.frontline.workforce.schedule;

/** One agent's Monday-Sunday week, with how many of its days the schedule covers. */
public record AgentWeek(ScheduleAgent agent, int week, int daysInSchedule) {
}
