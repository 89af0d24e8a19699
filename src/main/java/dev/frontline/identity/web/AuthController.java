package dev.frontline.identity.web;

import dev.frontline.identity.Directory;
import dev.frontline.identity.StaffSignedIn;
import dev.frontline.identity.StaffSignedOut;
import dev.frontline.identity.WorkspaceSetup;
import dev.frontline.identity.internal.PasswordLogin;
import dev.frontline.shared.Caller;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Session login for the web UI. API clients use bearer tokens instead. */
@RestController
class AuthController {

    record LoginRequest(@NotBlank String email, @NotBlank String password) {
    }

    record Me(UUID userId, UUID workspaceId, String workspaceName, String email, String displayName, Role role) {
    }

    private final PasswordLogin passwordLogin;
    private final SecurityContextRepository contextRepository;
    private final Directory directory;
    private final WorkspaceSetup workspaces;
    private final ApplicationEventPublisher events;

    AuthController(PasswordLogin passwordLogin, SecurityContextRepository contextRepository, Directory directory,
                   WorkspaceSetup workspaces, ApplicationEventPublisher events) {
        this.passwordLogin = passwordLogin;
        this.contextRepository = contextRepository;
        this.directory = directory;
        this.workspaces = workspaces;
        this.events = events;
    }

    /** Hands out the CSRF token (also set as the XSRF-TOKEN cookie) before the first POST. */
    @GetMapping("/api/v1/auth/csrf")
    CsrfToken csrf(CsrfToken token) {
        return token;
    }

    @PostMapping("/api/v1/auth/login")
    ResponseEntity<?> login(@Valid @RequestBody LoginRequest login, HttpServletRequest request,
                            HttpServletResponse response) {
        return passwordLogin.authenticate(login.email(), login.password())
                .<ResponseEntity<?>>map(caller -> {
                    // A fresh session id at login defeats session fixation.
                    if (request.getSession(false) != null) {
                        request.changeSessionId();
                    }
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(PasswordLogin.authentication(caller));
                    SecurityContextHolder.setContext(context);
                    contextRepository.saveContext(context, request, response);
                    events.publishEvent(new StaffSignedIn(caller.workspaceId(), caller.userId()));
                    return ResponseEntity.ok(me(caller));
                })
                .orElseGet(() -> ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(
                        org.springframework.http.ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED,
                                "That email and password do not match.")));
    }

    @PostMapping("/api/v1/auth/logout")
    ResponseEntity<Void> logout(@AuthenticationPrincipal Caller caller, HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
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
        return new Me(member.id().value(), member.workspaceId().value(), workspaces.name(caller.workspaceId()),
                member.email(), member.displayName(), member.role());
    }
}
