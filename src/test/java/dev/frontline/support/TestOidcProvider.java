package dev.frontline.support;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.web.context.support.AnnotationConfigWebApplicationContext;
import org.springframework.web.filter.DelegatingFilterProxy;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * A real OpenID provider for the single sign-on tests: Spring Authorization Server on an embedded Tomcat at
 * {@code http://localhost:<random port>}, with its own login form. Its issuer is the address it is asked at.
 * Tests add clients and people as they go; a person's extra claims go into their ID token, and may replace
 * standard ones ({@code iss}, {@code aud}) to play a provider that issues tokens for someone else.
 */
public final class TestOidcProvider implements AutoCloseable {

    private static final Map<String, Map<String, Object>> CLAIMS = new ConcurrentHashMap<>();

    private final Tomcat tomcat = new Tomcat();
    private final AnnotationConfigWebApplicationContext spring = new AnnotationConfigWebApplicationContext();

    public TestOidcProvider() {
        try {
            Path base = Files.createTempDirectory("test-idp");
            tomcat.setBaseDir(base.toString());
            tomcat.setHostname("localhost");
            tomcat.setPort(0);
            tomcat.getConnector();
            Context context = tomcat.addContext("", base.toString());
            spring.register(ProviderConfiguration.class);
            // The security filter starts first and refreshes the context itself; it needs the servlet context then.
            spring.setServletContext(context.getServletContext());
            Tomcat.addServlet(context, "dispatcher", new DispatcherServlet(spring)).setLoadOnStartup(1);
            context.addServletMappingDecoded("/", "dispatcher");
            FilterDef security = new FilterDef();
            security.setFilterName("springSecurityFilterChain");
            security.setFilter(new DelegatingFilterProxy("springSecurityFilterChain", spring));
            context.addFilterDef(security);
            FilterMap everything = new FilterMap();
            everything.setFilterName("springSecurityFilterChain");
            everything.addURLPattern("/*");
            context.addFilterMap(everything);
            tomcat.start();
        } catch (LifecycleException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String issuer() {
        return "http://localhost:" + tomcat.getConnector().getLocalPort();
    }

    /** A client of this provider that must use PKCE and authenticates with its secret (HTTP basic). */
    public void registerClient(String clientId, String secret, String redirectUri) {
        spring.getBean(RegisteredClientRepository.class).save(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId(clientId).clientSecret("{noop}" + secret)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(redirectUri)
                .scope(OidcScopes.OPENID).scope(OidcScopes.EMAIL).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build())
                .build());
    }

    /** Someone who can sign in at this provider's form; {@code claims} go into their ID tokens. */
    public void addPerson(String username, String password, Map<String, Object> claims) {
        spring.getBean(InMemoryUserDetailsManager.class).createUser(
                User.withUsername(username).password("{noop}" + password).roles("USER").build());
        CLAIMS.put(username, claims);
    }

    @Override
    public void close() {
        try {
            tomcat.stop();
            tomcat.destroy();
        } catch (LifecycleException e) {
            throw new IllegalStateException(e);
        }
        spring.close();
    }

    /** Not a {@code @Configuration}: the application's component scan would pick it up. */
    @EnableWebSecurity
    @EnableWebMvc
    static class ProviderConfiguration {

        private final KeyPair keys = rsaKeys();

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            http.oauth2AuthorizationServer(server -> {
                        http.securityMatcher(server.getEndpointsMatcher());
                        server.oidc(Customizer.withDefaults());
                    })
                    .authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                    .exceptionHandling(errors -> errors.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                    .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated())
                    .formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        InMemoryUserDetailsManager people() {
            return new InMemoryUserDetailsManager();
        }

        @Bean
        RegisteredClientRepository clients() {
            // The in-memory repository wants one client to start with; this one is never used.
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId("placeholder").clientId("placeholder")
                    .clientSecret("{noop}placeholder").authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).build());
        }

        @Bean
        JWKSource<SecurityContext> signingKeys() {
            RSAKey key = new RSAKey.Builder((RSAPublicKey) keys.getPublic()).privateKey((RSAPrivateKey) keys.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
            return new ImmutableJWKSet<>(new JWKSet(key));
        }

        @Bean
        JwtDecoder accessTokenDecoder() {
            return NimbusJwtDecoder.withPublicKey((RSAPublicKey) keys.getPublic()).build();
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> personClaims() {
            return context -> {
                if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                    Map<String, Object> claims = CLAIMS.getOrDefault(context.getPrincipal().getName(), Map.of());
                    context.getClaims().claims(all -> all.putAll(claims));
                }
            };
        }

        private static KeyPair rsaKeys() {
            try {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
