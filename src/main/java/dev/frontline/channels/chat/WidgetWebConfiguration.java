package dev.frontline.channels.chat;

import dev.frontline.shared.web.ProblemResponses;
import dev.frontline.shared.web.SecurityHeaders;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The widget's public surface: {@code /widget.js} and {@code /api/v1/widget/**} are reachable from any
 * site (no session, no CSRF token: nothing ambient authenticates them; the visitor token and the inbox's
 * allowed origins do), with CORS open for these paths only. Everything else keeps the app's strict policy.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
class WidgetWebConfiguration implements WebSocketConfigurer {

    static final String SOCKET_PATH = "/api/v1/widget/socket";

    private final WidgetSocket socket;

    WidgetWebConfiguration(WidgetSocket socket) {
        this.socket = socket;
    }

    @Bean
    @Order(0)
    SecurityFilterChain widgetChain(HttpSecurity http) throws Exception {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(List.of("*"));
        cors.setAllowedMethods(List.of("GET", "POST"));
        cors.setAllowedHeaders(List.of("Content-Type"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(3600L);
        UrlBasedCorsConfigurationSource corsSource = new UrlBasedCorsConfigurationSource();
        corsSource.registerCorsConfiguration("/**", cors);
        return http
                .securityMatcher("/api/v1/widget/**", "/widget.js")
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .cors(c -> c.configurationSource(corsSource))
                .requestCache(cache -> cache.disable())
                .securityContext(context -> context.disable())
                .anonymous(anonymous -> anonymous.disable())
                .authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll())
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) ->
                        ProblemResponses.write(response, HttpStatus.FORBIDDEN, "Access denied.")))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.NOTHING_ALLOWED_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(permissions -> permissions.policy(SecurityHeaders.PERMISSIONS_POLICY))
                        .crossOriginResourcePolicy(policy -> policy.policy(
                                org.springframework.security.web.header.writers.CrossOriginResourcePolicyHeaderWriter
                                        .CrossOriginResourcePolicy.CROSS_ORIGIN)))
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .build();
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(socket, SOCKET_PATH)
                .addInterceptors(new VisitorHandshake())
                // The visitor token (first frame) authenticates; the socket checks the Origin against its inbox's list.
                .setAllowedOriginPatterns("*");
    }

    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(64 * 1024);
        container.setMaxSessionIdleTimeout(10 * 60 * 1000L);
        return container;
    }

    /**
     * Keeps the page's Origin for {@link WidgetSocket}, which checks it against the inbox of the token sent in
     * the first frame. A token in the URL (how the socket was opened before) is refused with 400: URLs end up
     * in access logs.
     */
    private static final class VisitorHandshake implements HandshakeInterceptor {

        @Override
        public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                       Map<String, Object> attributes) {
            if (UriComponentsBuilder.fromUri(request.getURI()).build().getQueryParams().containsKey("token")) {
                response.setStatusCode(HttpStatus.BAD_REQUEST);
                return false;
            }
            String origin = request.getHeaders().getFirst(HttpHeaders.ORIGIN);
            if (origin != null) {
                attributes.put(WidgetSocket.ORIGIN, origin);
            }
            String scheme = request.getURI().getScheme().replaceFirst("^ws", "http");
            attributes.put(WidgetSocket.APP_ORIGIN, UriComponentsBuilder.fromUri(request.getURI()).scheme(scheme)
                    .replacePath(null).replaceQuery(null).fragment(null).toUriString());
            return true;
        }

        @Override
        public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
                                   Exception exception) {
        }
    }
}
