package dev.frontline.helpcenter.web;

import dev.frontline.shared.web.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The help center's own security chain for {@code /help/**} and {@code /robots.txt}: anonymous and stateless (no
 * session, so no ambient credential a forged form could ride on, hence no CSRF token: the two forms are
 * anonymous and limited per visitor). Its CSP is the app's, except that frames may come from YouTube's and
 * Vimeo's players, for articles' videos, and only on these pages; scripts still only from the app itself
 * (the chat widget).
 */
@Configuration(proxyBeanMethods = false)
class HelpCenterWebConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; connect-src 'self'; "
            + "frame-src " + ArticleBodies.FRAME_SOURCES + "; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    @Bean
    @Order(0)
    SecurityFilterChain helpCenterChain(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/help/**", "/robots.txt")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .anonymous(anonymous -> anonymous.disable())
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .headers(headers -> headers
                        // The pages choose their own caching (public for a minute, never the contact form).
                        .cacheControl(cache -> cache.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .permissionsPolicyHeader(permissions -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY)))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .build();
    }
}
