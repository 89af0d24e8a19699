package dev.frontline.presence.web;

import dev.frontline.audit.AuditTrail;
import dev.frontline.identity.Directory;
import dev.frontline.identity.StaffMember;
import dev.frontline.presence.AgentPresence;
import dev.frontline.presence.Presence;
import dev.frontline.presence.PresenceStatus;
import dev.frontline.shared.Caller;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The presence board. Everyone sets their own status; supervisors set anyone's (e.g. force a member
 * offline who left without signing out). Supervisors and admins see everybody, agents their teammates.
 */
@RestController
class PresenceController {

    record StatusChange(@NotNull PresenceStatus status, @Nullable @Size(max = 200) String reason) {
    }

    record PresenceView(UUID userId, String displayName, PresenceStatus status, @Nullable String reason,
                        @Nullable Instant since, List<UUID> teamIds) {
    }

    private final Presence presence;
    private final Directory directory;
    private final AuditTrail audit;

    PresenceController(Presence presence, Directory directory, AuditTrail audit) {
        this.presence = presence;
        this.directory = directory;
        this.audit = audit;
    }

    @GetMapping("/api/v1/presence/me")
    PresenceView mine(@AuthenticationPrincipal Caller caller) {
        return view(caller, caller.userId(), presence.statusOf(caller.workspaceId(), caller.userId()));
    }

    @PutMapping("/api/v1/presence/me")
    PresenceView changeMine(@AuthenticationPrincipal Caller caller, @Valid @RequestBody StatusChange change) {
        return view(caller, caller.userId(),
                presence.change(caller.workspaceId(), caller.userId(), change.status(), change.reason()));
    }

    @PutMapping("/api/v1/presence/{userId}")
    @Transactional
    PresenceView change(@AuthenticationPrincipal Caller caller, @PathVariable UUID userId,
                        @Valid @RequestBody StatusChange change) {
        UserId user = new UserId(userId);
        if (user.equals(caller.userId())) {
            return changeMine(caller, change);
        }
        caller.require(Role.SUPERVISOR);
        AgentPresence changed = presence.change(caller.workspaceId(), user, change.status(), change.reason());
        Map<String, Object> detail = new HashMap<>();
        detail.put("status", change.status());
        if (changed.reason() != null) {
            detail.put("reason", changed.reason());
        }
        audit.record(caller, "presence.changed", "user", userId, detail);
        return view(caller, user, changed);
    }

    /** Active members the caller may see, by name: everyone for supervisors, teammates (and self) for agents. */
    @GetMapping("/api/v1/presence")
    @Transactional(readOnly = true)
    List<PresenceView> board(@AuthenticationPrincipal Caller caller) {
        Map<UserId, List<UUID>> teams = directory.teamsByMember(caller.workspaceId());
        Set<UUID> myTeams = Set.copyOf(teams.getOrDefault(caller.userId(), List.of()));
        boolean seesEveryone = caller.role().includes(Role.SUPERVISOR);
        Map<UserId, AgentPresence> statuses = presence.statusesIn(caller.workspaceId());
        return directory.members(caller.workspaceId()).stream()
                .filter(StaffMember::active)
                .filter(member -> seesEveryone || member.id().equals(caller.userId())
                        || teams.getOrDefault(member.id(), List.of()).stream().anyMatch(myTeams::contains))
                .map(member -> view(member, statuses.getOrDefault(member.id(), AgentPresence.neverSeen(member.id())),
                        teams.getOrDefault(member.id(), List.of())))
                .collect(Collectors.toList());
    }

    private PresenceView view(Caller caller, UserId user, AgentPresence current) {
        StaffMember member = directory.member(caller.workspaceId(), user)
                .orElseThrow(() -> new NotFoundException("User", user));
        return view(member, current, directory.teamsOf(caller.workspaceId(), user));
    }

    private static PresenceView view(StaffMember member, AgentPresence current, List<UUID> teamIds) {
        return new PresenceView(member.id().value(), member.displayName(), current.status(), current.reason(),
                current.since(), teamIds);
    }
}
