package dev.frontline.workforce.schedule;

/** Approved time off, in schedule minutes. */
public record TimeOffPeriod(ScheduleAgent agent, int start, int end) {
}
