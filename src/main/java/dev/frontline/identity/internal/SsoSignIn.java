package dev.frontline.identity.internal;

import dev.frontline.audit.AuditTrail;
import dev.frontline.shared.Caller;
import dev.frontline.shared.ConflictException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.endpoint.PkceParameterNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Single sign-on with OpenID Connect, authorization code flow with PKCE (S256). Spring Security does the protocol
 * work: the code exchange with the client secret and the verifier, the ID token's signature (the provider's
 * published keys), issuer, audience and expiry, and the nonce. This class decides who that is in the workspace:
 * a member with the provider's verified email, or, with just-in-time users on, a new member whose role comes
 * from the role claim. Failures count against the client address like wrong passwords and are audited.
 */
@Component
public class SsoSignIn {

    /** Why a single sign-on did not sign anybody in; the sign-in page explains each. */
    public enum Failure {
        /** The answer is not for a sign-in this browser started (unknown, used, expired or another browser's state). */
        STATE,
        /** The workspace's single sign-on was turned off meanwhile. */
        DISABLED,
        /** The provider answered with an error (the member cancelled, or the provider refused). */
        PROVIDER,
        /** The code could not be exchanged (used already, or the client's credentials are wrong). */
        TOKEN,
        /** The ID token failed its checks: signature, issuer, audience, expiry or nonce. */
        ID_TOKEN,
        /** The provider did not vouch for the email address. */
        EMAIL_UNVERIFIED,
        /** Nobody in the workspace has this email and just-in-time users are off (or the domain is not the workspace's). */
        UNKNOWN_USER,
        /** The member is deactivated. */
        INACTIVE,
        /** Too many failed sign-ins from this address. */
        THROTTLED
    }

    public sealed interface Outcome {
    }

    public record SignedIn(Caller caller) implements Outcome {
    }

    public record Failed(Failure failure) implements Outcome {
    }

    /** Where to send the browser, and the value of the cookie binding the sign-in to it. */
    public record Redirect(String authorizationUrl, String binding) {
    }

    private static final Logger log = LoggerFactory.getLogger(SsoSignIn.class);

    private final SsoProviders providers;
    private final SsoDiscovery discovery;
    private final SsoLogins logins;
    private final StaffAccounts accounts;
    private final SignInThrottle throttle;
    private final AuditTrail audit;
    private final OidcAuthorizationCodeAuthenticationProvider protocol =
            new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(),
                    new OidcUserService());

    SsoSignIn(SsoProviders providers, SsoDiscovery discovery, SsoLogins logins, StaffAccounts accounts,
              SignInThrottle throttle, AuditTrail audit) {
        this.providers = providers;
        this.discovery = discovery;
        this.logins = logins;
        this.accounts = accounts;
        this.throttle = throttle;
        this.audit = audit;
    }

    /**
     * Starts a sign-in for a work email (or just its domain): the domain names the workspace whose provider
     * signs it in. 404 when no enabled provider serves the domain.
     */
    public Redirect start(String emailOrDomain, String redirectUri) {
        String domain = SsoProviders.normalizeDomain(emailOrDomain.substring(emailOrDomain.lastIndexOf('@') + 1));
        SsoProviders.SsoProvider provider = providers.workspaceForDomain(domain).flatMap(providers::find)
                .filter(SsoProviders.SsoProvider::enabled)
                .orElseThrow(() -> new NotFoundException("Single sign-on for", domain));
        ClientRegistration registration = discovery.registration(provider,
                providers.clientSecret(provider.workspaceId()).orElse(""), redirectUri);
        SsoLogins.Started started = logins.begin(provider.workspaceId(), redirectUri);
        Map<String, Object> hint = emailOrDomain.contains("@") ? Map.of("login_hint", emailOrDomain.strip()) : Map.of();
        return new Redirect(authorizationRequest(registration, started.pending(), hint).getAuthorizationRequestUri(),
                started.binding());
    }

    /** The provider's answer at the redirect URI (no transaction: it waits on the provider). */
    public Outcome complete(@Nullable String code, @Nullable String state, @Nullable String error,
                            @Nullable String binding, String address) {
        List<SignInThrottle.Key> keys = List.of(SignInThrottle.Key.address(ClientAddress.throttleKey(address)));
        if (throttle.refusedFor(keys).isPresent()) {
            return new Failed(Failure.THROTTLED);
        }
        Optional<SsoLogins.Pending> pending = state == null || binding == null ? Optional.empty() : logins.take(state, binding);
        if (pending.isEmpty()) {
            return failed(keys, null, Failure.STATE, address);
        }
        WorkspaceId workspace = pending.get().workspace();
        Optional<SsoProviders.SsoProvider> provider = providers.find(workspace).filter(SsoProviders.SsoProvider::enabled);
        if (provider.isEmpty()) {
            return failed(keys, workspace, Failure.DISABLED, address);
        }
        if (error != null || code == null) {
            return failed(keys, workspace, Failure.PROVIDER, address);
        }
        ClientRegistration registration;
        try {
            registration = discovery.registration(provider.get(), providers.clientSecret(workspace).orElse(""),
                    pending.get().redirectUri());
        } catch (UnprocessableException e) {
            log.info("Single sign-on for workspace {}: {}", workspace.value(), e.getMessage());
            return failed(keys, workspace, Failure.PROVIDER, address);
        }
        OAuth2AuthorizationRequest request = authorizationRequest(registration, pending.get(), Map.of());
        OAuth2AuthorizationResponse response = OAuth2AuthorizationResponse.success(code)
                .redirectUri(pending.get().redirectUri()).state(state).build();
        OidcUser user;
        try {
            OAuth2LoginAuthenticationToken result = (OAuth2LoginAuthenticationToken) protocol.authenticate(
                    new OAuth2LoginAuthenticationToken(registration, new OAuth2AuthorizationExchange(request, response)));
            user = (OidcUser) result.getPrincipal();
        } catch (OAuth2AuthenticationException | OAuth2AuthorizationException e) {
            String errorCode = e instanceof OAuth2AuthenticationException authentication
                    ? authentication.getError().getErrorCode()
                    : ((OAuth2AuthorizationException) e).getError().getErrorCode();
            log.info("Single sign-on for workspace {} failed at the provider step: {}", workspace.value(), errorCode);
            return failed(keys, workspace, errorCode.equals("invalid_id_token") || errorCode.equals("invalid_nonce")
                    ? Failure.ID_TOKEN : Failure.TOKEN, address);
        }
        return member(provider.get(), user, keys, address);
    }

    private Outcome member(SsoProviders.SsoProvider provider, OidcUser user, List<SignInThrottle.Key> keys, String address) {
        WorkspaceId workspace = provider.workspaceId();
        String email = user.getEmail();
        if (email == null || !Boolean.TRUE.equals(user.getEmailVerified())) {
            return failed(keys, workspace, Failure.EMAIL_UNVERIFIED, address);
        }
        Optional<StaffAccounts.Credentials> account = accounts.credentials(email)
                .filter(existing -> existing.workspaceId().equals(workspace));
        Caller caller;
        if (account.isPresent()) {
            if (!account.get().active()) {
                return failed(keys, workspace, Failure.INACTIVE, address);
            }
            caller = new Caller(workspace, account.get().userId(), account.get().role());
        } else if (provider.justInTimeUsers() && accounts.credentials(email).isEmpty()
                && provider.emailDomains().contains(SsoProviders.normalizeDomain(email.substring(email.lastIndexOf('@') + 1)))) {
            Role role = RoleClaim.roleOf(user.getClaims().get(provider.roleClaim()), provider.roleMapping(), provider.defaultRole());
            String name = user.getFullName() == null || user.getFullName().isBlank() ? email : user.getFullName();
            UserId created;
            try {
                created = accounts.create(workspace, email, name, role, null);
            } catch (ConflictException | DuplicateKeyException e) {
                // A first sign-in of the same person on another node created them a moment ago: sign that one in.
                return member(provider, user, keys, address);
            }
            caller = new Caller(workspace, created, role);
            audit.recordUnauthenticated(workspace, "user.created_by_sso", "user", created.value(),
                    Map.of("role", role.name(), "issuer", provider.issuer()));
        } else {
            return failed(keys, workspace, Failure.UNKNOWN_USER, address);
        }
        audit.recordUnauthenticated(workspace, "sign_in.sso", "user", caller.userId().value(),
                Map.of("address", address, "issuer", provider.issuer()));
        return new SignedIn(caller);
    }

    private Failed failed(List<SignInThrottle.Key> keys, @Nullable WorkspaceId workspace, Failure failure, String address) {
        throttle.fail(keys);
        if (workspace != null) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("address", address);
            detail.put("reason", failure.name().toLowerCase(Locale.ROOT));
            audit.recordUnauthenticated(workspace, "sign_in.sso_failed", "workspace", workspace.value(), detail);
        }
        return new Failed(failure);
    }

    /** The same request at the start and at the answer: Spring Security checks state, redirect URI, nonce and PKCE against it. */
    private static OAuth2AuthorizationRequest authorizationRequest(ClientRegistration registration, SsoLogins.Pending pending,
                                                                   Map<String, Object> extra) {
        Map<String, Object> parameters = new HashMap<>(extra);
        parameters.put(OidcParameterNames.NONCE, sha256(pending.nonce()));
        parameters.put(PkceParameterNames.CODE_CHALLENGE, sha256(pending.codeVerifier()));
        parameters.put(PkceParameterNames.CODE_CHALLENGE_METHOD, "S256");
        return OAuth2AuthorizationRequest.authorizationCode()
                .authorizationUri(registration.getProviderDetails().getAuthorizationUri())
                .clientId(registration.getClientId())
                .redirectUri(pending.redirectUri())
                .scopes(Set.copyOf(registration.getScopes()))
                .state(pending.state())
                .additionalParameters(parameters)
                .attributes(Map.of(OAuth2ParameterNames.REGISTRATION_ID, registration.getRegistrationId(),
                        OidcParameterNames.NONCE, pending.nonce(),
                        PkceParameterNames.CODE_VERIFIER, pending.codeVerifier()))
                .build();
    }

    private static String sha256(String value) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
