package dev.frontline.identity.internal;

import dev.frontline.shared.Role;
import dev.frontline.shared.web.IdempotencyFilter;
import dev.frontline.shared.web.ProblemResponses;
import dev.frontline.shared.web.SecurityHeaders;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two filter chains: API clients authenticate every request with a bearer token and get no session;
 * browsers hold a session and send the CSRF token. Role checks happen in the use cases.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SignInSettings.class, SsoSettings.class})
class SecurityConfiguration {

    /**
     * Only the application's own scripts run: no inline or injected script, no plugins, no framing by
     * other sites. Inline styles stay allowed because the UI kit and Swagger UI set style attributes.
     * https images are allowed for the remote images of an email an agent chose to show ("Show images"); the
     * workspace's sanitizer removes them (and all CSS of an email) until then.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; connect-src 'self'; frame-src 'self'; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    static List<GrantedAuthority> authorities(Role role) {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    /**
     * Spring Security would observe every filter of every request (a timer and spans per filter, and a wrapper
     * around each filter even when the observations are switched off): a measurable share of a small request's CPU
     * (the webhook and raw email benchmarks), for metrics nobody reads. HTTP server metrics stay.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    ApiRateLimiter apiRateLimiter(@Value("${frontline.api.rate-limit.burst}") long burst,
                                  @Value("${frontline.api.rate-limit.per-second}") long perSecond) {
        return new ApiRateLimiter(burst, perSecond);
    }

    @Bean
    IdempotencyFilter idempotencyFilter(JdbcClient jdbc, Clock clock,
                                        @Value("${frontline.api.idempotency-retention}") Duration retention) {
        return new IdempotencyFilter(jdbc, clock, retention);
    }

    /** The idempotency filter runs inside the security chain (it needs the caller), not as a servlet filter. */
    @Bean
    FilterRegistrationBean<IdempotencyFilter> idempotencyFilterRegistration(IdempotencyFilter filter) {
        FilterRegistrationBean<IdempotencyFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setEnabled(false);
        return registration;
    }

    /** API clients: a bearer token on every request, no session, no CSRF token (no ambient credential). */
    @Bean
    @Order(1)
    SecurityFilterChain apiTokenChain(HttpSecurity http, ApiTokens tokens, ApiRateLimiter rateLimiter,
                                      IdempotencyFilter idempotencyFilter) throws Exception {
        http
                .securityMatcher(ApiTokenAuthenticationFilter::hasBearerToken)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .addFilterBefore(new ApiTokenAuthenticationFilter(tokens, rateLimiter), AnonymousAuthenticationFilter.class)
                .addFilterAfter(idempotencyFilter, AuthorizationFilter.class);
        return commonRules(http).build();
    }

    /** Browsers: a session from the login endpoint, with Spring Security's SPA CSRF protection. */
    @Bean
    @Order(2)
    SecurityFilterChain sessionChain(HttpSecurity http, IdempotencyFilter idempotencyFilter,
                                     SecurityContextRepository contextRepository, StaffSessions sessions) throws Exception {
        http
                .securityContext(context -> context.securityContextRepository(contextRepository))
                .addFilterAfter(new SessionAccountFilter(sessions, contextRepository), SecurityContextHolderFilter.class)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.IF_REQUIRED))
                .csrf(csrf -> csrf.spa())
                .addFilterAfter(idempotencyFilter, AuthorizationFilter.class);
        return commonRules(http).build();
    }

    private static HttpSecurity commonRules(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(authorize -> authorize
                        .dispatcherTypeMatchers(DispatcherType.ASYNC, DispatcherType.ERROR).permitAll()
                        .requestMatchers("/api/v1/auth/login", "/api/v1/auth/login/two-factor", "/api/v1/auth/csrf",
                                "/api/v1/auth/sso/start", "/api/v1/auth/sso/callback", "/api/v1/auth/invitations/*",
                                "/api/v1/auth/invitations/*/accept", "/api/v1/signup", "/api/v1/openapi/**", "/api/v1/openapi",
                                "/api/v1/docs/**", "/api/v1/docs", "/api/v1/swagger-ui/**").permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus").permitAll()
                        .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
                        .anyRequest().permitAll())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) ->
                                ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "Sign in or send an API token."))
                        .accessDeniedHandler((request, response, e) ->
                                ProblemResponses.write(response, HttpStatus.FORBIDDEN, "Access denied.")))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY)))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
    }
}
