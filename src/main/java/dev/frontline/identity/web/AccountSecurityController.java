package dev.frontline.identity.web;

import dev.frontline.audit.AuditTrail;
import dev.frontline.identity.Directory;
import dev.frontline.identity.StaffSessionsEnded;
import dev.frontline.identity.internal.ClientAddress;
import dev.frontline.identity.internal.SignIn;
import dev.frontline.identity.internal.StaffSessions;
import dev.frontline.identity.internal.TwoFactor;
import dev.frontline.shared.Caller;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.UnprocessableException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in member's own sessions and two-factor sign-in. */
@RestController
class AccountSecurityController {

    record Code(@NotBlank @Size(max = 40) String code) {
    }

    record RecoveryCodes(List<String> recoveryCodes) {
    }

    private final StaffSessions sessions;
    private final TwoFactor twoFactor;
    private final SignIn signIn;
    private final ClientAddress clientAddress;
    private final Directory directory;
    private final AuditTrail audit;

    private final ApplicationEventPublisher events;

    AccountSecurityController(StaffSessions sessions, TwoFactor twoFactor, SignIn signIn, ClientAddress clientAddress,
                              Directory directory, AuditTrail audit, ApplicationEventPublisher events) {
        this.signIn = signIn;
        this.clientAddress = clientAddress;
        this.events = events;
        this.sessions = sessions;
        this.twoFactor = twoFactor;
        this.directory = directory;
        this.audit = audit;
    }

    @GetMapping("/api/v1/auth/sessions")
    List<StaffSessions.SessionView> sessions(@AuthenticationPrincipal Caller caller, HttpServletRequest request) {
        return sessions.list(caller.workspaceId(), caller.userId(), StaffSessions.current(request));
    }

    /** Signs the member out of one of their sessions, on whichever node it runs. */
    @DeleteMapping("/api/v1/auth/sessions/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void endSession(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        if (!sessions.end(caller.workspaceId(), caller.userId(), id)) {
            throw new NotFoundException("Session", id);
        }
        audit.record(caller, "session.ended", "user", caller.userId().value(), Map.of("session", id));
        events.publishEvent(new StaffSessionsEnded(caller.workspaceId(), caller.userId()));
    }

    @GetMapping("/api/v1/auth/two-factor")
    TwoFactor.Status twoFactor(@AuthenticationPrincipal Caller caller) {
        return twoFactor.status(caller);
    }

    /** A new TOTP secret and its {@code otpauth://} URI for the authenticator app; active once confirmed. */
    @PostMapping("/api/v1/auth/two-factor/setup")
    @Transactional
    TwoFactor.Enrolment beginSetup(@AuthenticationPrincipal Caller caller) {
        String email = directory.member(caller.workspaceId(), caller.userId())
                .orElseThrow(() -> new NotFoundException("User", caller.userId())).email();
        return twoFactor.begin(caller, email);
    }

    /** Confirms the setup with a first code; answers the recovery codes, shown this once. */
    @PostMapping("/api/v1/auth/two-factor/confirm")
    @Transactional
    RecoveryCodes confirmSetup(@AuthenticationPrincipal Caller caller, @Valid @RequestBody Code code) {
        List<String> codes = twoFactor.confirm(caller, code.code());
        audit.record(caller, "two_factor.enabled", "user", caller.userId().value(), Map.of());
        return new RecoveryCodes(codes);
    }

    /** Turns two-factor sign-in off with a current code (throttled like a sign-in), unless the workspace requires it. */
    @PostMapping("/api/v1/auth/two-factor/disable")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void disable(@AuthenticationPrincipal Caller caller, @Valid @RequestBody Code code, HttpServletRequest request) {
        if (twoFactor.requiredIn(caller.workspaceId())) {
            throw new UnprocessableException("This workspace requires two-factor sign-in.");
        }
        signIn.confirmOwnSecondFactor(caller, code.code(), clientAddress.of(request));
        twoFactor.disable(caller.workspaceId(), caller.userId());
        audit.record(caller, "two_factor.disabled", "user", caller.userId().value(), Map.of());
    }
}
