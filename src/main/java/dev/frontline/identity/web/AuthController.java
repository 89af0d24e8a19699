package dev.frontline.identity.web;

import dev.frontline.audit.AuditTrail;
import dev.frontline.identity.Directory;
import dev.frontline.identity.StaffSignedOut;
import dev.frontline.identity.WorkspaceSetup;
import dev.frontline.identity.internal.Invitations;
import dev.frontline.identity.internal.ClientAddress;
import dev.frontline.identity.internal.SignIn;
import dev.frontline.identity.internal.StaffSessions;
import dev.frontline.identity.internal.StaffAccounts;
import dev.frontline.identity.internal.WorkspaceCreation;
import dev.frontline.shared.Caller;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.UserId;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Session login for the web UI, the signed-in member's own profile, and accepting an invitation. */
@RestController
class AuthController {

    record LoginRequest(@NotBlank String email, @NotBlank String password) {
    }

    record Me(UUID userId, UUID workspaceId, String workspaceName, String email, String displayName, Role role,
              @Nullable String locale, @Nullable String timezone, boolean operator, boolean twoFactorEnabled,
              boolean twoFactorSetupRequired) {
    }

    /** Only the fields present change; an empty locale or timezone clears it (the workspace's applies). */
    record MyChanges(@Nullable @Size(max = 35) String locale, @Nullable @Size(max = 60) String timezone,
                     @Nullable @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*") String displayName) {
    }

    record InvitationView(String email, String displayName, String workspaceName) {
    }

    record Signup(@NotBlank @Size(max = 200) String workspaceName, @NotBlank @Email @Size(max = 320) String email,
                  @NotBlank @Size(max = 200) String displayName, @NotBlank @Size(min = 10, max = 200) String password,
                  @Nullable @Size(max = 100) String inviteCode) {
    }

    record Acceptance(@NotBlank @Size(min = 10, max = 200) String password) {
    }

    record SecondFactor(@NotBlank @Size(max = 40) String code) {
    }

    /** The answer to a right password when a code is still needed (202). */
    record SecondFactorRequired(boolean twoFactorRequired) {
    }

    /** Who passed the password step in this browser session, until when the code may follow. */
    record PendingSecondFactor(UserId user, String email, Instant expiresAt) implements Serializable {
    }

    private static final String PENDING_SECOND_FACTOR = "frontline.pending-second-factor";
    private static final Duration SECOND_FACTOR_TIME = Duration.ofMinutes(5);

    private final SignIn signInAttempts;
    private final ClientAddress clientAddress;
    private final StaffSessions sessions;
    private final Clock clock;
    private final BrowserSignIns browserSignIns;
    private final Directory directory;
    private final WorkspaceSetup workspaces;
    private final StaffAccounts accounts;
    private final Invitations invitations;
    private final WorkspaceCreation creation;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    AuthController(SignIn signInAttempts, ClientAddress clientAddress, StaffSessions sessions,
                   Clock clock, BrowserSignIns browserSignIns, Directory directory,
                   WorkspaceSetup workspaces, StaffAccounts accounts, Invitations invitations,
                   WorkspaceCreation creation, AuditTrail audit, ApplicationEventPublisher events) {
        this.creation = creation;
        this.signInAttempts = signInAttempts;
        this.clientAddress = clientAddress;
        this.sessions = sessions;
        this.clock = clock;
        this.browserSignIns = browserSignIns;
        this.directory = directory;
        this.workspaces = workspaces;
        this.accounts = accounts;
        this.invitations = invitations;
        this.audit = audit;
        this.events = events;
    }

    /** Hands out the CSRF token (also set as the XSRF-TOKEN cookie) before the first POST. */
    @GetMapping("/api/v1/auth/csrf")
    CsrfToken csrf(CsrfToken token) {
        return token;
    }

    /**
     * 200 with the member when signed in; 202 when the password was right and a two-factor code must follow
     * ({@code POST /api/v1/auth/login/two-factor}); 401 when not; 429 with {@code Retry-After} while throttled.
     */
    @PostMapping("/api/v1/auth/login")
    ResponseEntity<?> login(@Valid @RequestBody LoginRequest login, HttpServletRequest request,
                            HttpServletResponse response) {
        return switch (signInAttempts.withPassword(login.email(), login.password(), clientAddress.of(request))) {
            case SignIn.SignedIn signedIn -> ResponseEntity.ok(signIn(signedIn.caller(), request, response));
            case SignIn.SecondFactorNeeded needed -> {
                request.getSession(true).setAttribute(PENDING_SECOND_FACTOR,
                        new PendingSecondFactor(needed.user(), needed.email(), clock.instant().plus(SECOND_FACTOR_TIME)));
                yield ResponseEntity.status(HttpStatus.ACCEPTED).body(new SecondFactorRequired(true));
            }
            case SignIn.Rejected rejected -> unauthorized("That email and password do not match.");
        };
    }

    /** The second step of a sign-in: a code from the authenticator app, or a recovery code. */
    @PostMapping("/api/v1/auth/login/two-factor")
    ResponseEntity<?> secondFactor(@Valid @RequestBody SecondFactor body, HttpServletRequest request,
                                   HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        Object pending = session == null ? null : session.getAttribute(PENDING_SECOND_FACTOR);
        if (!(pending instanceof PendingSecondFactor step) || step.expiresAt().isBefore(clock.instant())) {
            return unauthorized("Sign in with your email and password first.");
        }
        return switch (signInAttempts.withSecondFactor(step.user(), step.email(), body.code(), clientAddress.of(request))) {
            case SignIn.SignedIn signedIn -> {
                session.removeAttribute(PENDING_SECOND_FACTOR);
                yield ResponseEntity.ok(signIn(signedIn.caller(), request, response));
            }
            case SignIn.Rejected rejected -> unauthorized("That code is not right.");
            case SignIn.SecondFactorNeeded needed -> throw new IllegalStateException("second step asked again");
        };
    }

    private static ResponseEntity<ProblemDetail> unauthorized(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, detail);
        problem.setTitle(HttpStatus.UNAUTHORIZED.getReasonPhrase());
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @PostMapping("/api/v1/auth/logout")
    ResponseEntity<Void> logout(@AuthenticationPrincipal Caller caller, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            UUID row = StaffSessions.current(request);
            if (row != null) {
                sessions.end(caller.workspaceId(), caller.userId(), row);
            }
            session.invalidate();
            events.publishEvent(new StaffSignedOut(caller.workspaceId(), caller.userId()));
        }
        SecurityContextHolder.clearContext();
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/auth/me")
    Me me(@AuthenticationPrincipal Caller caller) {
        var member = directory.member(caller.workspaceId(), caller.userId())
                .orElseThrow(() -> new NotFoundException("User", caller.userId()));
        var profile = accounts.profile(caller.workspaceId(), caller.userId()).orElseThrow();
        return new Me(member.id().value(), member.workspaceId().value(), profile.workspaceName(),
                member.email(), member.displayName(), member.role(), profile.locale(), profile.timezone(),
                profile.operator(), profile.twoFactorEnabled(), profile.twoFactorSetupRequired());
    }

    @PatchMapping("/api/v1/auth/me")
    @Transactional
    Me changeMe(@AuthenticationPrincipal Caller caller, @Valid @RequestBody MyChanges changes) {
        accounts.changePreferences(caller.workspaceId(), caller.userId(), changes.locale(), changes.timezone());
        if (changes.displayName() != null) {
            accounts.rename(caller.workspaceId(), caller.userId(), changes.displayName());
            audit.record(caller, "user.renamed", "user", caller.userId(), Map.of("displayName", changes.displayName().strip()));
        }
        return me(caller);
    }

    /** Public: what the invitation page shows before the invitee chooses a password. */
    @GetMapping("/api/v1/auth/invitations/{token}")
    InvitationView invitation(@PathVariable String token) {
        return invitations.pending(token)
                .map(invitation -> new InvitationView(invitation.email(), invitation.displayName(),
                        workspaces.name(invitation.workspaceId())))
                .orElseThrow(() -> new NotFoundException("Invitation", "(link)"));
    }

    /** Public: sets the invitee's password, uses up the link and signs them in (answers like login). */
    @PostMapping("/api/v1/auth/invitations/{token}/accept")
    @Transactional
    Me accept(@PathVariable String token, @Valid @RequestBody Acceptance acceptance, HttpServletRequest request,
              HttpServletResponse response) {
        Caller caller = invitations.accept(token, acceptance.password())
                .orElseThrow(() -> new NotFoundException("Invitation", "(link)"));
        audit.record(caller, "user.invitation_accepted", "user", caller.userId(), Map.of());
        return signIn(caller, request, response);
    }

    /**
     * Public: creates a workspace with the caller as its admin and signs them in, as far as
     * {@code frontline.workspaces.signup} allows (403 when closed, or without a valid code when invite).
     */
    @PostMapping("/api/v1/signup")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    Me signup(@Valid @RequestBody Signup signup, HttpServletRequest request, HttpServletResponse response) {
        Caller admin = creation.signup(signup.workspaceName(), signup.email(), signup.displayName(), signup.password(),
                signup.inviteCode());
        return signIn(admin, request, response);
    }

    private Me signIn(Caller caller, HttpServletRequest request, HttpServletResponse response) {
        browserSignIns.start(caller, StaffSessions.Method.PASSWORD, request, response);
        return me(caller);
    }
}
