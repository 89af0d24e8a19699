package dev.frontline.workforce.schedule;

import dev.frontline.shared.InvalidRequestException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a supervisor asks to schedule: the days, the shift templates allowed, the agents required per skill and
 * time of day, fixed meetings, and optionally which agents with which contract terms (by default every active
 * agent). Each agent's stored work rules ({@link WorkRules}) apply; terms set here override them for a what-if run.
 * Stored with the schedule, so any node can solve it.
 */
public record ScheduleRequest(@Nullable LocalDate firstDay, @Nullable Integer days, @Nullable Integer timeLimitSeconds,
                              @Nullable List<Template> shiftTemplates, List<Requirement> requirements,
                              List<Meeting> meetings, List<AgentTerms> agents, List<ForecastCoverage> coverageFromForecast) {

    public ScheduleRequest {
        requirements = requirements == null ? List.of() : requirements;
        meetings = meetings == null ? List.of() : meetings;
        agents = agents == null ? List.of() : agents;
        coverageFromForecast = coverageFromForecast == null ? List.of() : coverageFromForecast;
    }

    /** Requirements with no skill count every scheduled agent. */
    public static final String ANY_SKILL = "*";
    static final int DEFAULT_TIME_LIMIT_SECONDS = 30;
    static final int MAX_TIME_LIMIT_SECONDS = 600;

    /** A shift template; {@code breakRuleSetId} names the workspace's break rule set its shifts follow, over the contract's. */
    public record Template(@Nullable String name, @Nullable Integer lengthMinutes, @Nullable LocalTime earliestStart,
                           @Nullable LocalTime latestStart, @Nullable Integer startStepMinutes, @Nullable String requiredSkill,
                           @Nullable UUID breakRuleSetId) {
    }

    public record Requirement(@Nullable String skill, @Nullable LocalDate day, @Nullable LocalTime from, @Nullable LocalTime to,
                              @Nullable Integer agents) {
    }

    public record Meeting(@Nullable String title, @Nullable List<UUID> userIds, @Nullable LocalDate day, @Nullable LocalTime from,
                          @Nullable LocalTime to) {
    }

    public record Window(@Nullable LocalTime from, @Nullable LocalTime to) {
    }

    /**
     * A queue's required agents taken from its forecast ({@link CoverageFromForecast}): the queue (of one
     * {@code channel} when given), the skill its agents need (by default the queue's required skill, else any), the
     * staffing target ({@code targetServiceLevel} within {@code answerWithinSeconds}, or {@code maxAverageSpeedOfAnswer} in
     * seconds, or both) and adjustments, and optionally a handle time (else the forecast's from history). {@code used}
     * is filled by the server when it queues the schedule: what the forecast gave, stored with the request.
     */
    public record ForecastCoverage(@Nullable UUID queueId, @Nullable String channel, @Nullable String skill, @Nullable Integer historyWeeks,
                                   @Nullable Double targetServiceLevel, @Nullable Double answerWithinSeconds,
                                   @Nullable Double maxAverageSpeedOfAnswer, @Nullable Double shrinkage, @Nullable Double maxOccupancy,
                                   @Nullable Double concurrency, @Nullable Double averageHandleSeconds,
                                   @Nullable Used used) {

        /** What the forecast gave: its method, handle time and patience, and the agents to schedule per quarter hour. */
        public record Used(String skill, String method, @Nullable Double averageHandleSeconds, String handleTimeSource,
                           @Nullable Double patienceSeconds, List<Requirement> requirements) {
        }
    }

    /** The requirements given and those taken from forecasts. */
    List<Requirement> allRequirements() {
        List<Requirement> all = new java.util.ArrayList<>(requirements);
        for (ForecastCoverage coverage : coverageFromForecast) {
            if (coverage.used() != null) {
                all.addAll(coverage.used().requirements());
            }
        }
        return all;
    }

    ScheduleRequest withCoverageFromForecast(List<ForecastCoverage> resolved) {
        return new ScheduleRequest(firstDay, days, timeLimitSeconds, shiftTemplates, requirements, meetings, agents, resolved);
    }

    public record AgentTerms(@Nullable UUID userId, @Nullable Integer minHoursPerWeek, @Nullable Integer maxHoursPerWeek,
                             @Nullable Integer maxShiftsPerWeek, @Nullable Integer minDaysOffPerWeek, @Nullable Integer minRestHours,
                             @Nullable Map<DayOfWeek, Window> availability, @Nullable Set<DayOfWeek> desiredDays,
                             @Nullable Set<DayOfWeek> undesiredDays, @Nullable Window preferredHours) {
    }

    /** Checks the request and answers its horizon; fails with a 400 naming the field. */
    ScheduleHorizon validate() {
        if (firstDay == null) {
            throw new InvalidRequestException("firstDay", "is required");
        }
        if (days == null || days < 1 || days > 31) {
            throw new InvalidRequestException("days", "must be 1 to 31");
        }
        if (timeLimitSeconds != null && (timeLimitSeconds < 1 || timeLimitSeconds > MAX_TIME_LIMIT_SECONDS)) {
            throw new InvalidRequestException("timeLimitSeconds", "must be 1 to " + MAX_TIME_LIMIT_SECONDS);
        }
        if (shiftTemplates == null || shiftTemplates.isEmpty()) {
            throw new InvalidRequestException("shiftTemplates", "needs at least one template");
        }
        templates();
        ScheduleHorizon horizon = new ScheduleHorizon(firstDay, days);
        for (ForecastCoverage coverage : coverageFromForecast) {
            if (coverage.queueId() == null || coverage.targetServiceLevel() == null && coverage.maxAverageSpeedOfAnswer() == null) {
                throw new InvalidRequestException("coverageFromForecast", "needs a queueId and a targetServiceLevel or a maxAverageSpeedOfAnswer");
            }
        }
        for (Requirement requirement : allRequirements()) {
            if (requirement.day() == null || requirement.from() == null || requirement.to() == null || requirement.agents() == null
                    || requirement.agents() < 0 || !requirement.to().isAfter(requirement.from()) && !requirement.to().equals(LocalTime.MIDNIGHT)) {
                throw new InvalidRequestException("requirements", "need a day, from before to, and agents of 0 or more");
            }
        }
        for (Meeting meeting : meetings()) {
            if (meeting.title() == null || meeting.title().isBlank() || meeting.day() == null || meeting.from() == null || meeting.to() == null
                    || !meeting.to().isAfter(meeting.from()) || meeting.userIds() == null || meeting.userIds().isEmpty()) {
                throw new InvalidRequestException("meetings", "need a title, attendees, a day and from before to");
            }
        }
        // Only the request's own terms here: with the agent's stored contract they are checked when the agents are read.
        agentTerms().forEach(terms -> contractOf(terms, new Contract(0, 7 * 24 * 60, 7, 0, 0)));
        return horizon;
    }

    /** The shift templates, without their break rules: enough to check them. */
    List<ShiftTemplate> templates() {
        return templates(null);
    }

    /**
     * The shift templates, each with the break rules {@code breakRuleSets} gives for the set it names (400 for none);
     * without {@code breakRuleSets}, without break rules.
     */
    List<ShiftTemplate> templates(java.util.function.@Nullable Function<UUID, @Nullable BreakRules> breakRuleSets) {
        try {
            return shiftTemplates == null ? List.of() : shiftTemplates.stream()
                    .map(template -> new ShiftTemplate(required(template.name(), "shiftTemplates.name"),
                            required(template.lengthMinutes(), "shiftTemplates.lengthMinutes"),
                            required(template.earliestStart(), "shiftTemplates.earliestStart"),
                            template.latestStart() == null ? template.earliestStart() : template.latestStart(),
                            template.startStepMinutes() == null ? 30 : template.startStepMinutes(), template.requiredSkill(),
                            template.breakRuleSetId() == null || breakRuleSets == null ? null : breakRules(breakRuleSets, template.breakRuleSetId())))
                    .toList();
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException("shiftTemplates", invalid.getMessage());
        }
    }

    private static BreakRules breakRules(java.util.function.Function<UUID, @Nullable BreakRules> breakRuleSets, UUID id) {
        @Nullable BreakRules rules = breakRuleSets.apply(id);
        if (rules == null) {
            throw new InvalidRequestException("shiftTemplates.breakRuleSetId", "is not a break rule set of this workspace");
        }
        return rules;
    }

    List<AgentTerms> agentTerms() {
        return agents;
    }

    int timeLimit() {
        return timeLimitSeconds == null ? DEFAULT_TIME_LIMIT_SECONDS : timeLimitSeconds;
    }

    static Contract contractOf(@Nullable AgentTerms terms) {
        return contractOf(terms, Contract.fullTime());
    }

    /** The request's terms where it sets them, else {@code stored}'s (an agent's stored contract): a what-if override. */
    static Contract contractOf(@Nullable AgentTerms terms, Contract stored) {
        if (terms == null) {
            return stored;
        }
        try {
            return new Contract(hours(terms.minHoursPerWeek(), stored.minMinutesPerWeek()), hours(terms.maxHoursPerWeek(), stored.maxMinutesPerWeek()),
                    terms.maxShiftsPerWeek() == null ? stored.maxShiftsPerWeek() : terms.maxShiftsPerWeek(),
                    terms.minDaysOffPerWeek() == null ? stored.minDaysOffPerWeek() : terms.minDaysOffPerWeek(),
                    hours(terms.minRestHours(), stored.minRestMinutes()));
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException("agents", invalid.getMessage());
        }
    }

    /** The request's weekly availability replaces the stored one (its dated exceptions included) when set. */
    static Availability availabilityOf(@Nullable AgentTerms terms, Availability stored) {
        if (terms == null || terms.availability() == null) {
            return stored;
        }
        return Availability.only(terms.availability().entrySet().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, entry -> window(entry.getValue()))));
    }

    /** Each preference the request sets replaces the stored one. */
    static Preferences preferencesOf(@Nullable AgentTerms terms, Preferences stored) {
        if (terms == null) {
            return stored;
        }
        return new Preferences(terms.desiredDays() == null ? stored.desiredDays() : terms.desiredDays(),
                terms.undesiredDays() == null ? stored.undesiredDays() : terms.undesiredDays(),
                terms.preferredHours() == null ? stored.preferredHours() : window(terms.preferredHours()), stored.preferredStart());
    }

    private static TimeWindow window(Window window) {
        try {
            return TimeWindow.of(required(window.from(), "agents.availability.from"), required(window.to(), "agents.availability.to"));
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException("agents", invalid.getMessage());
        }
    }

    private static int hours(@Nullable Integer hours, int defaultMinutes) {
        return hours == null ? defaultMinutes : hours * 60;
    }

    private static <T> T required(@Nullable T value, String field) {
        if (value == null) {
            throw new InvalidRequestException(field, "is required");
        }
        return value;
    }
}
