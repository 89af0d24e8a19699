package dev.frontline.identity.internal;

import dev.frontline.shared.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks the account behind a browser session on every request (one primary-key lookup): a session of a
 * deactivated or deleted member ends at once, and a changed role applies from the next request on
 * instead of at the next sign-in.
 */
class SessionAccountFilter extends OncePerRequestFilter {

    private final StaffAccounts accounts;
    private final SecurityContextRepository contexts;

    SessionAccountFilter(StaffAccounts accounts, SecurityContextRepository contexts) {
        this.accounts = accounts;
        this.contexts = contexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Caller caller) {
            Optional<Caller> current = accounts.activeCaller(caller.userId());
            if (current.isEmpty()) {
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            } else if (!current.get().equals(caller)) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(PasswordLogin.authentication(current.get()));
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
