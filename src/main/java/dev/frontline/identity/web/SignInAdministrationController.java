package dev.frontline.identity.web;

import dev.frontline.audit.AuditTrail;
import dev.frontline.identity.Directory;
import dev.frontline.identity.StaffMember;
import dev.frontline.identity.StaffSessionsEnded;
import dev.frontline.identity.internal.SignIn;
import dev.frontline.identity.internal.SignInThrottle;
import dev.frontline.identity.internal.StaffSessions;
import dev.frontline.identity.internal.TwoFactor;
import dev.frontline.shared.Caller;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.UserId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Admins: locked accounts and unlocking them, members' sessions, two-factor resets and the workspace's 2FA rule. */
@RestController
class SignInAdministrationController {

    record TwoFactorRule(@NotNull Boolean required) {
    }

    private final SignIn signIn;
    private final SignInThrottle throttle;
    private final StaffSessions sessions;
    private final TwoFactor twoFactor;
    private final Directory directory;
    private final AuditTrail audit;

    private final ApplicationEventPublisher events;

    SignInAdministrationController(SignIn signIn, SignInThrottle throttle, StaffSessions sessions, TwoFactor twoFactor,
                                   Directory directory, AuditTrail audit, ApplicationEventPublisher events) {
        this.events = events;
        this.signIn = signIn;
        this.throttle = throttle;
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        this.directory = directory;
        this.audit = audit;
    }

    /** The workspace's members whose sign-in is locked now, and until when. */
    @GetMapping("/api/v1/users/sign-in-locks")
    List<SignInThrottle.LockedMember> locks(@AuthenticationPrincipal Caller caller) {
        caller.require(Role.ADMIN);
        return throttle.lockedMembers(caller.workspaceId());
    }

    @DeleteMapping("/api/v1/users/{id}/sign-in-lock")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlock(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        signIn.unlock(caller, new UserId(id));
    }

    @GetMapping("/api/v1/users/{id}/sessions")
    List<StaffSessions.SessionView> sessions(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        caller.require(Role.ADMIN);
        return sessions.list(caller.workspaceId(), member(caller, id).id(), null);
    }

    /** Signs a member out everywhere. */
    @DeleteMapping("/api/v1/users/{id}/sessions")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void endSessions(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        caller.require(Role.ADMIN);
        int ended = sessions.endAllBut(caller.workspaceId(), member(caller, id).id(), null);
        audit.record(caller, "session.ended_all", "user", id, Map.of("sessions", ended));
        events.publishEvent(new StaffSessionsEnded(caller.workspaceId(), new UserId(id)));
    }

    /**
     * For a member who lost both their phone and their recovery codes: they set it up again at their next sign-in.
     * Their sessions end too: one of them may be the thief's that made the phone worthless.
     */
    @DeleteMapping("/api/v1/users/{id}/two-factor")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void resetTwoFactor(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        caller.require(Role.ADMIN);
        UserId member = member(caller, id).id();
        twoFactor.disable(caller.workspaceId(), member);
        int ended = sessions.endAllBut(caller.workspaceId(), member, null);
        audit.record(caller, "two_factor.reset", "user", id, Map.of("sessionsEnded", ended));
        events.publishEvent(new StaffSessionsEnded(caller.workspaceId(), member));
    }

    @GetMapping("/api/v1/workspace/two-factor")
    TwoFactorRule twoFactorRule(@AuthenticationPrincipal Caller caller) {
        return new TwoFactorRule(twoFactor.requiredIn(caller.workspaceId()));
    }

    /** Whether every member must sign in with a second factor; members without one set it up at their next request. */
    @PutMapping("/api/v1/workspace/two-factor")
    @Transactional
    TwoFactorRule requireTwoFactor(@AuthenticationPrincipal Caller caller, @Valid @RequestBody TwoFactorRule rule) {
        caller.require(Role.ADMIN);
        twoFactor.require(caller.workspaceId(), rule.required());
        audit.record(caller, "workspace.two_factor_required", "workspace", caller.workspaceId().value(),
                Map.of("required", rule.required()));
        return rule;
    }

    private StaffMember member(Caller caller, UUID id) {
        return directory.member(caller.workspaceId(), new UserId(id)).orElseThrow(() -> new NotFoundException("User", id));
    }
}
