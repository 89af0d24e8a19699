package dev.frontline.workforce.schedule;

/** How many agents with a skill should be working (not on break) during an interval. */
public record CoverageDemand(SkillInterval slot, int requiredAgents) {

    public CoverageDemand {
        if (requiredAgents < 0) {
            throw new IllegalArgumentException("required agents cannot be negative");
        }
    }
}
