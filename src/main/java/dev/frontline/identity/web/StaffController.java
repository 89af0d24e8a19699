package dev.frontline.identity.web;

import dev.frontline.audit.AuditTrail;
import dev.frontline.identity.Directory;
import dev.frontline.identity.StaffDeactivated;
import dev.frontline.identity.StaffMember;
import dev.frontline.identity.StaffSessionsEnded;
import dev.frontline.identity.internal.ClientAddress;
import dev.frontline.identity.internal.Invitations;
import dev.frontline.identity.internal.SignIn;
import dev.frontline.identity.internal.StaffSessions;
import dev.frontline.identity.internal.StaffAccounts;
import dev.frontline.identity.internal.TeamRoster;
import dev.frontline.shared.Caller;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.UserId;
import dev.frontline.shared.web.RequiresRole;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Users and teams of the caller's workspace. Admins manage users; supervisors manage teams. */
@RestController
class StaffController {

    record NewUser(@NotBlank @Email @Size(max = 320) String email, @NotBlank @Size(max = 200) String displayName,
                   @NotNull Role role, @Nullable @Size(min = 10, max = 200) String password) {
    }

    record RoleChange(@NotNull Role role) {
    }

    /** {@code currentPassword} is needed when members change their own password. */
    record NewPassword(@NotBlank @Size(min = 10, max = 200) String password,
                       @Nullable @Size(max = 200) String currentPassword) {
    }

    record NewTeam(@NotBlank @Size(max = 200) String name) {
    }

    /** Only the fields present change. */
    record UserChange(@Nullable @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*") String displayName,
                      @Nullable Role role, @Nullable Boolean active) {
    }

    record NewInvitation(@NotBlank @Email @Size(max = 320) String email, @NotBlank @Size(max = 200) String displayName,
                         @NotNull Role role) {
    }

    record Invitation(StaffMember user, String inviteUrl, Instant expiresAt) {
    }

    private final Directory directory;
    private final StaffAccounts accounts;
    private final TeamRoster teams;
    private final Invitations invitations;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final SignIn signIn;
    private final ClientAddress clientAddress;
    private final StaffSessions sessions;

    StaffController(Directory directory, StaffAccounts accounts, TeamRoster teams, Invitations invitations,
                    AuditTrail audit, ApplicationEventPublisher events, SignIn signIn, ClientAddress clientAddress,
                    StaffSessions sessions) {
        this.signIn = signIn;
        this.clientAddress = clientAddress;
        this.sessions = sessions;
        this.directory = directory;
        this.accounts = accounts;
        this.teams = teams;
        this.invitations = invitations;
        this.audit = audit;
        this.events = events;
    }

    @GetMapping("/api/v1/users")
    List<StaffMember> users(@AuthenticationPrincipal Caller caller) {
        return directory.members(caller.workspaceId());
    }

    @GetMapping("/api/v1/users/{id}")
    StaffMember user(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return directory.member(caller.workspaceId(), new UserId(id))
                .orElseThrow(() -> new NotFoundException("User", id));
    }

    @PostMapping("/api/v1/users")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @RequiresRole(Role.ADMIN)
    StaffMember createUser(@AuthenticationPrincipal Caller caller, @Valid @RequestBody NewUser user) {
        caller.require(Role.ADMIN);
        UserId id = accounts.create(caller.workspaceId(), user.email(), user.displayName(), user.role(), user.password());
        audit.record(caller, "user.created", "user", id, Map.of("email", user.email(), "role", user.role()));
        return directory.member(caller.workspaceId(), id).orElseThrow();
    }

    /**
     * Renames, changes the role of, deactivates or reactivates a member. Deactivation ends their sessions
     * and API tokens at once and sets them offline; the last active admin stays an active admin, and
     * nobody deactivates themselves.
     */
    @PatchMapping("/api/v1/users/{id}")
    @Transactional
    @RequiresRole(Role.ADMIN)
    StaffMember changeUser(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                           @Valid @RequestBody UserChange change) {
        caller.require(Role.ADMIN);
        UserId user = new UserId(id);
        StaffMember before = directory.member(caller.workspaceId(), user).orElseThrow(() -> new NotFoundException("User", id));
        if (change.displayName() != null && !change.displayName().strip().equals(before.displayName())) {
            accounts.rename(caller.workspaceId(), user, change.displayName());
            audit.record(caller, "user.renamed", "user", id, Map.of("displayName", change.displayName().strip()));
        }
        if (change.role() != null && change.role() != before.role()) {
            accounts.changeRole(caller.workspaceId(), user, change.role());
            audit.record(caller, "user.role_changed", "user", id, Map.of("role", change.role()));
        }
        if (change.active() != null && change.active() != before.active()) {
            if (!change.active() && user.equals(caller.userId())) {
                throw new UnprocessableException("You cannot deactivate yourself.");
            }
            accounts.setActive(caller.workspaceId(), user, change.active());
            audit.record(caller, change.active() ? "user.reactivated" : "user.deactivated", "user", id, Map.of());
            if (!change.active()) {
                events.publishEvent(new StaffDeactivated(caller.workspaceId(), user));
            }
        }
        return directory.member(caller.workspaceId(), user).orElseThrow();
    }

    /** Adds a member without a password and answers the link they set it with (shown once). */
    @PostMapping("/api/v1/users/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @RequiresRole(Role.ADMIN)
    Invitation invite(@AuthenticationPrincipal Caller caller, @Valid @RequestBody NewInvitation invitation) {
        caller.require(Role.ADMIN);
        UserId id = accounts.create(caller.workspaceId(), invitation.email(), invitation.displayName(), invitation.role(), null);
        Invitations.Issued issued = invitations.issue(caller.workspaceId(), id, caller.userId());
        audit.record(caller, "user.invited", "user", id, Map.of("email", invitation.email(), "role", invitation.role()));
        return new Invitation(directory.member(caller.workspaceId(), id).orElseThrow(), issued.url(), issued.expiresAt());
    }

    /** A new link for a member (the earlier one stops working), e.g. when it expired or was lost. */
    @PostMapping("/api/v1/users/{id}/invitation")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Invitation reinvite(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        caller.require(Role.ADMIN);
        StaffMember member = directory.member(caller.workspaceId(), new UserId(id))
                .filter(StaffMember::active)
                .orElseThrow(() -> new NotFoundException("User", id));
        Invitations.Issued issued = invitations.issue(caller.workspaceId(), member.id(), caller.userId());
        audit.record(caller, "user.invited", "user", id, Map.of("email", member.email(), "role", member.role()));
        return new Invitation(member, issued.url(), issued.expiresAt());
    }

    @PatchMapping("/api/v1/users/{id}/role")
    @Transactional
    @RequiresRole(Role.ADMIN)
    StaffMember changeRole(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                           @Valid @RequestBody RoleChange change) {
        caller.require(Role.ADMIN);
        if (!accounts.changeRole(caller.workspaceId(), new UserId(id), change.role())) {
            throw new NotFoundException("User", id);
        }
        audit.record(caller, "user.role_changed", "user", id, Map.of("role", change.role()));
        return directory.member(caller.workspaceId(), new UserId(id)).orElseThrow();
    }

    /**
     * Admins set anyone's password (e.g. for staff created without one); everyone may set their own, giving
     * the current one (checked and throttled like a sign-in). The member's other sessions end: all of them
     * when an admin sets it, all but the one making the change when they set their own.
     */
    @PutMapping("/api/v1/users/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void changePassword(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                        @Valid @RequestBody NewPassword body, HttpServletRequest request) {
        boolean own = caller.userId().value().equals(id);
        if (own) {
            if (body.currentPassword() == null) {
                throw new InvalidRequestException("currentPassword", "is needed to change your own password");
            }
            signIn.confirmOwnPassword(caller, body.currentPassword(), clientAddress.of(request));
        } else {
            caller.require(Role.ADMIN);
        }
        if (!accounts.changePassword(caller.workspaceId(), new UserId(id), body.password())) {
            throw new NotFoundException("User", id);
        }
        int ended = sessions.endAllBut(caller.workspaceId(), new UserId(id),
                own ? StaffSessions.current(request) : null);
        audit.record(caller, "user.password_changed", "user", id, Map.of("sessionsEnded", ended));
        if (ended > 0) {
            events.publishEvent(new StaffSessionsEnded(caller.workspaceId(), new UserId(id)));
        }
    }

    @GetMapping("/api/v1/teams")
    List<TeamRoster.Team> teams(@AuthenticationPrincipal Caller caller) {
        return teams.list(caller.workspaceId());
    }

    @PostMapping("/api/v1/teams")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @RequiresRole(Role.SUPERVISOR)
    TeamRoster.Team createTeam(@AuthenticationPrincipal Caller caller, @Valid @RequestBody NewTeam team) {
        caller.require(Role.SUPERVISOR);
        TeamRoster.Team created = teams.create(caller.workspaceId(), team.name());
        audit.record(caller, "team.created", "team", created.id(), Map.of("name", team.name()));
        return created;
    }

    @PatchMapping("/api/v1/teams/{teamId}")
    @Transactional
    @RequiresRole(Role.SUPERVISOR)
    TeamRoster.Team renameTeam(@AuthenticationPrincipal Caller caller, @PathVariable UUID teamId,
                               @Valid @RequestBody NewTeam team) {
        caller.require(Role.SUPERVISOR);
        TeamRoster.Team renamed = teams.rename(caller.workspaceId(), teamId, team.name());
        audit.record(caller, "team.renamed", "team", teamId, Map.of("name", renamed.name()));
        return renamed;
    }

    /** Removes the team and its memberships; conversations assigned to it keep the reference for history. */
    @DeleteMapping("/api/v1/teams/{teamId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void deleteTeam(@AuthenticationPrincipal Caller caller, @PathVariable UUID teamId) {
        caller.require(Role.SUPERVISOR);
        String name = teams.find(caller.workspaceId(), teamId).name();
        teams.delete(caller.workspaceId(), teamId);
        audit.record(caller, "team.deleted", "team", teamId, Map.of("name", name));
    }

    @GetMapping("/api/v1/teams/{teamId}/members")
    List<StaffMember> teamMembers(@AuthenticationPrincipal Caller caller, @PathVariable UUID teamId) {
        Set<UUID> members = Set.copyOf(teams.find(caller.workspaceId(), teamId).memberIds());
        return directory.members(caller.workspaceId()).stream()
                .filter(member -> members.contains(member.id().value()))
                .toList();
    }

    @PutMapping("/api/v1/teams/{teamId}/members/{userId}")
    @Transactional
    TeamRoster.Team addMember(@AuthenticationPrincipal Caller caller, @PathVariable UUID teamId,
                              @PathVariable UUID userId) {
        caller.require(Role.SUPERVISOR);
        directory.member(caller.workspaceId(), new UserId(userId)).orElseThrow(() -> new NotFoundException("User", userId));
        teams.addMember(caller.workspaceId(), teamId, userId);
        audit.record(caller, "team.member_added", "team", teamId, Map.of("userId", userId));
        return teams.find(caller.workspaceId(), teamId);
    }

    @DeleteMapping("/api/v1/teams/{teamId}/members/{userId}")
    @Transactional
    TeamRoster.Team removeMember(@AuthenticationPrincipal Caller caller, @PathVariable UUID teamId,
                                 @PathVariable UUID userId) {
        caller.require(Role.SUPERVISOR);
        teams.removeMember(caller.workspaceId(), teamId, userId);
        audit.record(caller, "team.member_removed", "team", teamId, Map.of("userId", userId));
        return teams.find(caller.workspaceId(), teamId);
    }
}
