package dev.frontline.workforce.adherence;

import dev.frontline.identity.Directory;
import dev.frontline.identity.StaffMember;
import dev.frontline.identity.WorkspaceProfiles;
import dev.frontline.shared.Caller;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.Role;
import dev.frontline.shared.UserId;
import dev.frontline.workforce.activity.AgentStateHistory;
import dev.frontline.workforce.activity.StatePeriod;
import dev.frontline.workforce.schedule.ScheduledShift;
import dev.frontline.workforce.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Schedule adherence and conformance per agent, team and workspace for one local day: the published shifts of that
 * day against the agents' logged presence states ({@link AdherencePolicy}). Reads only, so any node answers, and
 * today's figures are as of the moment asked.
 */
@Service
public class Adherence {

    static final Duration MAX_MINIMUM_EXCEPTION = Duration.ofHours(2);

    private final Schedules schedules;
    private final AgentStateHistory states;
    private final Directory directory;
    private final WorkspaceProfiles profiles;
    private final Clock clock;

    Adherence(Schedules schedules, AgentStateHistory states, Directory directory, WorkspaceProfiles profiles, Clock clock) {
        this.schedules = schedules;
        this.states = states;
        this.directory = directory;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public AdherenceReport report(Caller caller, @Nullable LocalDate day, Duration minimumException) {
        caller.require(Role.SUPERVISOR);
        if (minimumException.isNegative() || minimumException.compareTo(MAX_MINIMUM_EXCEPTION) > 0) {
            throw new InvalidRequestException("minimumExceptionMinutes", "must be 0 to " + MAX_MINIMUM_EXCEPTION.toMinutes());
        }
        ZoneId zone = ZoneId.of(profiles.profile(caller.workspaceId()).timezone());
        Instant now = clock.instant();
        LocalDate date = day != null ? day : LocalDate.ofInstant(now, zone);
        // A shift may run past midnight, so the day's states are read up to the end of its last shift.
        Instant dayStart = date.atStartOfDay(zone).toInstant();
        List<ScheduledShift> shifts = schedules.publishedOn(caller.workspaceId(), date);
        Instant dayEnd = shifts.stream().map(shift -> shift.end().atZone(zone).toInstant())
                .max(Comparator.naturalOrder()).filter(end -> end.isAfter(dayStart)).orElse(date.plusDays(1).atStartOfDay(zone).toInstant());
        Instant until = now.isBefore(dayEnd) ? now : dayEnd;
        Map<UserId, List<StatePeriod>> periods = dayStart.isBefore(now)
                ? states.everyoneBetween(caller.workspaceId(), dayStart, dayEnd) : Map.of();
        Map<UserId, StaffMember> members = directory.members(caller.workspaceId()).stream()
                .collect(Collectors.toMap(StaffMember::id, Function.identity()));
        Map<UserId, List<UUID>> teams = directory.teamsByMember(caller.workspaceId());

        List<AdherenceReport.Agent> agents = new ArrayList<>();
        for (ScheduledShift shift : shifts) {
            UserId agent = new UserId(shift.userId());
            StaffMember member = members.get(agent);
            if (member == null) {
                continue; // no longer a member of the workspace
            }
            AdherencePolicy.Result result = AdherencePolicy.evaluate(shift, zone, periods.getOrDefault(agent, List.of()),
                    dayStart, dayEnd, now, minimumException);
            agents.add(new AdherenceReport.Agent(agent, member.displayName(), teams.getOrDefault(agent, List.of()),
                    shift.start().atZone(zone).toInstant(), shift.end().atZone(zone).toInstant(),
                    result.scheduledSeconds(), result.adherentSeconds(), rate(result.adherentSeconds(), result.scheduledSeconds()),
                    result.workSeconds(), result.loggedInSeconds(), rate(result.loggedInSeconds(), result.workSeconds()),
                    result.exceptions().stream().map(e -> new AdherenceReport.Exception(e.from(), e.to(),
                            e.scheduled().name(), e.actual())).toList()));
        }
        agents.sort(Comparator.comparing(AdherenceReport.Agent::displayName, String.CASE_INSENSITIVE_ORDER));
        return new AdherenceReport(date, zone.getId(), until, agents, teamsOf(agents), totals(agents));
    }

    private static List<AdherenceReport.Team> teamsOf(List<AdherenceReport.Agent> agents) {
        Map<UUID, List<AdherenceReport.Agent>> byTeam = new HashMap<>();
        agents.forEach(agent -> agent.teamIds().forEach(team -> byTeam.computeIfAbsent(team, t -> new ArrayList<>()).add(agent)));
        return byTeam.entrySet().stream().map(entry -> {
            AdherenceReport.Totals sums = totals(entry.getValue());
            return new AdherenceReport.Team(entry.getKey(), sums.agents(), sums.scheduledSeconds(), sums.adherentSeconds(),
                    sums.adherence(), sums.conformance());
        }).sorted(Comparator.comparing(AdherenceReport.Team::teamId)).toList();
    }

    private static AdherenceReport.Totals totals(List<AdherenceReport.Agent> agents) {
        long scheduled = agents.stream().mapToLong(AdherenceReport.Agent::scheduledSeconds).sum();
        long adherent = agents.stream().mapToLong(AdherenceReport.Agent::adherentSeconds).sum();
        long work = agents.stream().mapToLong(AdherenceReport.Agent::scheduledWorkSeconds).sum();
        long loggedIn = agents.stream().mapToLong(AdherenceReport.Agent::loggedInSeconds).sum();
        return new AdherenceReport.Totals(agents.size(), scheduled, adherent, rate(adherent, scheduled), rate(loggedIn, work));
    }

    private static @Nullable Double rate(long part, long whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
