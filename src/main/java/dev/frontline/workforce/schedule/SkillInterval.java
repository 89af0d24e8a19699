package dev.frontline.workforce.schedule;

/** One skill in one 15-minute interval of the schedule: the unit coverage is counted in. */
public record SkillInterval(String skill, int interval) {
}
