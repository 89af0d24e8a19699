package dev.frontline.identity.web;

import dev.frontline.audit.AuditTrail;
import dev.frontline.identity.Directory;
import dev.frontline.identity.StaffMember;
import dev.frontline.identity.internal.StaffAccounts;
import dev.frontline.identity.internal.TeamRoster;
import dev.frontline.shared.Caller;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

    record NewPassword(@NotBlank @Size(min = 10, max = 200) String password) {
    }

    record NewTeam(@NotBlank @Size(max = 200) String name) {
    }

    private final Directory directory;
    private final StaffAccounts accounts;
    private final TeamRoster teams;
    private final AuditTrail audit;

    StaffController(Directory directory, StaffAccounts accounts, TeamRoster teams, AuditTrail audit) {
        this.directory = directory;
        this.accounts = accounts;
        this.teams = teams;
        this.audit = audit;
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
    StaffMember createUser(@AuthenticationPrincipal Caller caller, @Valid @RequestBody NewUser user) {
        caller.require(Role.ADMIN);
        UserId id = accounts.create(caller.workspaceId(), user.email(), user.displayName(), user.role(), user.password());
        audit.record(caller, "user.created", "user", id, Map.of("email", user.email(), "role", user.role()));
        return directory.member(caller.workspaceId(), id).orElseThrow();
    }

    @PatchMapping("/api/v1/users/{id}/role")
    @Transactional
    StaffMember changeRole(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                           @Valid @RequestBody RoleChange change) {
        caller.require(Role.ADMIN);
        if (!accounts.changeRole(caller.workspaceId(), new UserId(id), change.role())) {
            throw new NotFoundException("User", id);
        }
        audit.record(caller, "user.role_changed", "user", id, Map.of("role", change.role()));
        return directory.member(caller.workspaceId(), new UserId(id)).orElseThrow();
    }

    /** Admins set anyone's password (e.g. for staff created without one); everyone may set their own. */
    @PutMapping("/api/v1/users/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void changePassword(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                        @Valid @RequestBody NewPassword body) {
        if (!caller.userId().value().equals(id)) {
            caller.require(Role.ADMIN);
        }
        if (!accounts.changePassword(caller.workspaceId(), new UserId(id), body.password())) {
            throw new NotFoundException("User", id);
        }
        audit.record(caller, "user.password_changed", "user", id, Map.of());
    }

    @GetMapping("/api/v1/teams")
    List<TeamRoster.Team> teams(@AuthenticationPrincipal Caller caller) {
        return teams.list(caller.workspaceId());
    }

    @PostMapping("/api/v1/teams")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    TeamRoster.Team createTeam(@AuthenticationPrincipal Caller caller, @Valid @RequestBody NewTeam team) {
        caller.require(Role.SUPERVISOR);
        TeamRoster.Team created = teams.create(caller.workspaceId(), team.name());
        audit.record(caller, "team.created", "team", created.id(), Map.of("name", team.name()));
        return created;
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
