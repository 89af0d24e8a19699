package dev.frontline.identity.internal;

import dev.frontline.shared.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates {@code Authorization: Bearer <token>} requests and applies the per-token rate limit. */
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;
    private final ApiRateLimiter rateLimiter;

    ApiTokenAuthenticationFilter(ApiTokens tokens, ApiRateLimiter rateLimiter) {
        this.tokens = tokens;
        this.rateLimiter = rateLimiter;
    }

    static boolean hasBearerToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearerToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ApiTokens.TokenOwner> owner = tokens.authenticate(request.getHeader("Authorization").substring(7).trim());
        if (owner.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "The API token is unknown or revoked.");
            return;
        }
        Optional<Duration> wait = rateLimiter.tryAcquire(owner.get().tokenId());
        if (wait.isPresent()) {
            response.setHeader("Retry-After", String.valueOf(Math.max(1, (wait.get().toMillis() + 999) / 1000)));
            ProblemResponses.write(response, HttpStatus.TOO_MANY_REQUESTS, "Rate limit for this API token exceeded.");
            return;
        }
        var caller = owner.get().caller();
        var authentication = UsernamePasswordAuthenticationToken.authenticated(caller, null,
                SecurityConfiguration.authorities(caller.role()));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
