package dev.frontline.identity.internal;

import dev.frontline.shared.Caller;
import dev.frontline.shared.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks a browser session on every request (one query): a session ended by its member, by an admin or by a
 * password change, or of a deactivated or deleted member, ends at once on every node; a changed role applies
 * from the next request on instead of at the next sign-in. While the workspace requires two-factor sign-in and
 * the member has not set it up, only the account endpoints ({@code /api/v1/auth/**}) answer.
 */
class SessionAccountFilter extends OncePerRequestFilter {

    private final StaffSessions sessions;
    private final SecurityContextRepository contexts;

    SessionAccountFilter(StaffSessions sessions, SecurityContextRepository contexts) {
        this.sessions = sessions;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
            HttpSession session = request.getSession(false);
            UUID row = StaffSessions.current(request);
            Optional<StaffSessions.Open> open = row == null ? Optional.empty()
                    : sessions.touch(row).filter(o -> o.caller().userId().equals(caller.userId()));
            if (open.isEmpty()) {
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            } else {
                if (!open.get().caller().equals(caller)) {
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(PasswordLogin.authentication(open.get().caller()));
                    SecurityContextHolder.setContext(context);
                    contexts.saveContext(context, request, response);
                }
                String path = request.getRequestURI().substring(request.getContextPath().length());
                if (open.get().mustSetUpTwoFactor() && path.startsWith("/api/") && !path.startsWith("/api/v1/auth/")) {
                    ProblemResponses.write(response, HttpStatus.FORBIDDEN,
                            "This workspace requires two-factor sign-in: set it up first.");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
