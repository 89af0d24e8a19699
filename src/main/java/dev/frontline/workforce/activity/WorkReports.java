package dev.frontline.workforce.activity;

import dev.frontline.identity.Directory;
import dev.frontline.identity.StaffMember;
import dev.frontline.identity.WorkspaceProfiles;
import dev.frontline.presence.PresenceStatus;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The daily agent work report for supervisors, over the workspace's local day. Reads only; any node answers. */
@Service
public class WorkReports {

    private final AgentStateHistory states;
    private final HandledContacts handled;
    private final Directory directory;
    private final WorkspaceProfiles profiles;
    private final Clock clock;

    WorkReports(AgentStateHistory states, HandledContacts handled, Directory directory, WorkspaceProfiles profiles, Clock clock) {
        this.states = states;
        this.handled = handled;
        this.directory = directory;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The workspace's local date now. */
    public LocalDate today(Caller caller) {
        return LocalDate.now(clock.withZone(ZoneId.of(profiles.profile(caller.workspaceId()).timezone())));
    }

    /** Every member who was logged in or resolved a contact that day, by name. */
    @Transactional(readOnly = true)
    public WorkReport report(Caller caller, LocalDate day) {
        caller.require(Role.SUPERVISOR);
        ZoneId zone = ZoneId.of(profiles.profile(caller.workspaceId()).timezone());
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        Instant countUntil = now.isBefore(to) ? now : to;

        Map<UserId, Map<PresenceStatus, Long>> seconds = new HashMap<>();
        if (from.isBefore(now)) {
            states.everyoneBetween(caller.workspaceId(), from, to).forEach((agent, periods) -> {
                Map<PresenceStatus, Long> byStatus = new EnumMap<>(PresenceStatus.class);
                for (StatePeriod period : periods) {
                    byStatus.merge(period.status(), period.length(countUntil).toSeconds(), Long::sum);
                }
                seconds.put(agent, byStatus);
            });
        }
        Map<UserId, List<HandledContacts.Handled>> contacts = new HashMap<>();
        handled.resolvedBetween(caller.workspaceId(), from, to)
                .forEach(contact -> contacts.computeIfAbsent(contact.agent(), a -> new ArrayList<>()).add(contact));

        List<WorkReport.Row> rows = new ArrayList<>();
        for (StaffMember member : directory.members(caller.workspaceId())) {
            Map<PresenceStatus, Long> inState = seconds.getOrDefault(member.id(), Map.of());
            long loggedIn = inState.entrySet().stream().filter(e -> e.getKey() != PresenceStatus.OFFLINE).mapToLong(Map.Entry::getValue).sum();
            List<HandledContacts.Handled> resolved = contacts.getOrDefault(member.id(), List.of());
            if (loggedIn == 0 && resolved.isEmpty()) {
                continue;
            }
            Double averageHandle = resolved.isEmpty() ? null
                    : resolved.stream().mapToLong(contact -> contact.handleTime().toMillis()).average().orElseThrow() / 1000;
            rows.add(new WorkReport.Row(member.id(), member.displayName(), inState, loggedIn, resolved.size(), averageHandle));
        }
        rows.sort((a, b) -> a.displayName().compareToIgnoreCase(b.displayName()));
        return new WorkReport(day, zone.getId(), rows);
    }
}
