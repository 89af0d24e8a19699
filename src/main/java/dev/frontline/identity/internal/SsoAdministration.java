package dev.frontline.identity.internal;

import dev.frontline.shared.Caller;
import dev.frontline.shared.ConflictException;
import dev.frontline.shared.Role;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.WorkspaceId;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** What admins do with their workspace's single sign-on: read and change its provider, and test an issuer. */
@Component
public class SsoAdministration {

    /** The endpoints an issuer's discovery document names, for the test button. */
    public record Discovered(String issuer, String authorizationEndpoint, String tokenEndpoint, String jwkSetUri) {
    }

    private final SsoProviders providers;
    private final SsoDiscovery discovery;
    private final SsoSettings settings;

    SsoAdministration(SsoProviders providers, SsoDiscovery discovery, SsoSettings settings) {
        this.providers = providers;
        this.discovery = discovery;
        this.settings = settings;
    }

    public Optional<SsoProviders.SsoProvider> find(WorkspaceId workspace) {
        return providers.find(workspace);
    }

    /**
     * Saves the provider; 409 when another workspace signs in one of the domains already, 422 for an http issuer
     * while https is required or when turning it on without a client secret. The {@code openid} scope is always asked.
     */
    public SsoProviders.SsoProvider save(Caller admin, SsoProviders.Change change) {
        admin.require(Role.ADMIN);
        discovery.requireAllowedScheme(change.issuer());
        List<String> taken = providers.takenElsewhere(admin.workspaceId(), change.emailDomains());
        if (!taken.isEmpty()) {
            throw new ConflictException("Another workspace signs in " + String.join(", ", taken) + " with single sign-on.");
        }
        boolean secretSet = change.clientSecret() != null
                || providers.find(admin.workspaceId()).map(SsoProviders.SsoProvider::clientSecretSet).orElse(false);
        if (change.enabled() && !secretSet) {
            throw new UnprocessableException("Set the client secret before turning single sign-on on.");
        }
        List<String> scopes = new ArrayList<>(change.scopes().stream().distinct().toList());
        if (!scopes.contains("openid")) {
            scopes.addFirst("openid");
        }
        return providers.save(admin.workspaceId(), new SsoProviders.Change(change.enabled(), change.issuer(),
                change.clientId(), change.clientSecret(), scopes, change.roleClaim(), change.roleMapping(),
                change.defaultRole(), change.justInTimeUsers(), change.emailDomains()));
    }

    public Discovered test(String issuer) {
        return discovery.test(issuer);
    }

    /** The address to register at the provider: {@code frontline.sso.public-url}, else the one this request used. */
    public String redirectUri(HttpServletRequest request, String path) {
        String base = settings.publicUrl() == null || settings.publicUrl().isBlank()
                ? ServletUriComponentsBuilder.fromContextPath(request).build().toUriString()
                : settings.publicUrl().replaceAll("/+$", "");
        return base + path;
    }

    public Duration loginTimeout() {
        return settings.loginTimeout();
    }
}
