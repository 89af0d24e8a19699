package dev.frontline.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.frontline.shared.UnprocessableException;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * Reads a provider's {@code /.well-known/openid-configuration} (Spring Security checks that the document names
 * the issuer asked for) and keeps it for a few minutes per issuer; the signing keys are fetched and cached by the
 * ID token decoder. The cache holds only public metadata, so nodes disagreeing for a moment does no harm.
 */
@Component
class SsoDiscovery {

    private static final Duration KEEP = Duration.ofMinutes(5);

    private final Cache<String, ClientRegistration> byIssuer = Caffeine.newBuilder().expireAfterWrite(KEEP).maximumSize(1000).build();
    private final SsoSettings settings;

    SsoDiscovery(SsoSettings settings) {
        this.settings = settings;
    }

    /** The provider's endpoints with this workspace's client; discovery is cached. */
    ClientRegistration registration(SsoProviders.SsoProvider provider, String clientSecret, String redirectUri) {
        ClientRegistration discovered = discovered(provider.issuer());
        return ClientRegistration.withClientRegistration(discovered)
                .registrationId(provider.registrationId())
                .clientId(provider.clientId())
                .clientSecret(clientSecret)
                .redirectUri(redirectUri)
                .scope(provider.scopes())
                .build();
    }

    /** Reads the discovery document now (not from the cache); 422 with the reason when it cannot be used. */
    SsoAdministration.Discovered test(String issuer) {
        byIssuer.invalidate(issuer);
        ClientRegistration discovered = discovered(issuer);
        ClientRegistration.ProviderDetails details = discovered.getProviderDetails();
        return new SsoAdministration.Discovered(details.getIssuerUri(), details.getAuthorizationUri(), details.getTokenUri(),
                details.getJwkSetUri());
    }

    /** The issuer's metadata, cached; 422 with the reason when the document cannot be read or used. */
    private ClientRegistration discovered(String issuer) {
        try {
            return byIssuer.get(issuer, this::discover);
        } catch (UnprocessableException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new UnprocessableException("Could not use the discovery document of " + issuer + ": " + reason(e));
        }
    }

    private ClientRegistration discover(String issuer) {
        requireAllowedScheme(issuer);
        return ClientRegistrations.fromIssuerLocation(issuer).registrationId("discovery").clientId("discovery").build();
    }

    void requireAllowedScheme(String issuer) {
        String scheme = URI.create(issuer).getScheme();
        scheme = scheme == null ? "" : scheme.toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && !settings.requireHttps())) {
            throw new UnprocessableException("The issuer must be an https address (frontline.sso.require-https).");
        }
    }

    private static String reason(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
