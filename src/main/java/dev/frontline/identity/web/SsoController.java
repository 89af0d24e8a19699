package dev.frontline.identity.web;

import dev.frontline.audit.AuditTrail;
import dev.frontline.identity.internal.ClientAddress;
import dev.frontline.identity.internal.SsoAdministration;
import dev.frontline.identity.internal.SsoProviders;
import dev.frontline.identity.internal.SsoSignIn;
import dev.frontline.identity.internal.StaffSessions;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.web.RequiresRole;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Single sign-on with OpenID Connect: starting a sign-in from a work email, the provider's answer (which ends in
 * a browser session like a password sign-in, or back on the sign-in page with a reason), and the admins'
 * settings. The client secret is write-only: no answer carries it.
 */
@RestController
class SsoController {

    record Start(@NotBlank @Size(max = 320) String email) {
    }

    record Started(String authorizationUrl) {
    }

    record RoleMappingEntry(@NotBlank @Size(max = 200) String value, @NotNull Role role) {
    }

    record SsoSettingsView(boolean configured, boolean enabled, String issuer, String clientId, boolean clientSecretSet,
                           List<String> scopes, String roleClaim, List<RoleMappingEntry> roleMapping, Role defaultRole,
                           boolean justInTimeUsers, List<String> emailDomains, String redirectUri) {
    }

    record SsoSettingsChange(@NotNull Boolean enabled,
                             @NotBlank @Size(max = 500) @Pattern(regexp = "https?://[^\\s?#]+") String issuer,
                             @NotBlank @Size(max = 300) String clientId,
                             @Nullable @Size(min = 1, max = 1000) String clientSecret,
                             @NotNull @Size(max = 20) List<@NotBlank @Size(max = 100) @Pattern(regexp = "[!#-\\[\\]-~]+") String> scopes,
                             @NotBlank @Size(max = 100) String roleClaim,
                             @NotNull @Size(max = 100) List<@Valid @NotNull RoleMappingEntry> roleMapping,
                             @NotNull Role defaultRole, @NotNull Boolean justInTimeUsers,
                             @NotNull @Size(max = 20) List<@NotBlank @Size(max = 253)
                                     @Pattern(regexp = "[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+") String> emailDomains) {
    }

    record DiscoveryTest(@NotBlank @Size(max = 500) @Pattern(regexp = "https?://[^\\s?#]+") String issuer) {
    }

    static final String CALLBACK = "/api/v1/auth/sso/callback";
    private static final String BINDING_COOKIE = "frontline_sso";

    private final SsoSignIn ssoSignIn;
    private final SsoAdministration administration;
    private final BrowserSignIns browserSignIns;
    private final ClientAddress clientAddress;
    private final AuditTrail audit;

    SsoController(SsoSignIn ssoSignIn, SsoAdministration administration, BrowserSignIns browserSignIns,
                  ClientAddress clientAddress, AuditTrail audit) {
        this.ssoSignIn = ssoSignIn;
        this.administration = administration;
        this.browserSignIns = browserSignIns;
        this.clientAddress = clientAddress;
        this.audit = audit;
    }

    /**
     * Public: the provider's sign-in address for a work email (or its domain), and a cookie binding the sign-in
     * to this browser; 404 when no workspace signs in that domain with single sign-on.
     */
    @PostMapping("/api/v1/auth/sso/start")
    Started start(@Valid @RequestBody Start start, HttpServletRequest request, HttpServletResponse response) {
        SsoSignIn.Redirect redirect = ssoSignIn.start(start.email(), administration.redirectUri(request, CALLBACK));
        ResponseCookie cookie = ResponseCookie.from(BINDING_COOKIE, redirect.binding()).httpOnly(true)
                .secure(request.isSecure()).sameSite("Lax").path("/api/v1/auth/sso")
                .maxAge(administration.loginTimeout()).build();
        // Added to the servlet response: a Set-Cookie header of a ResponseEntity would replace the session's and CSRF cookies.
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
        return new Started(redirect.authorizationUrl());
    }

    /** Public: where the provider sends the browser back; to the app when signed in, else to the sign-in page with the reason. */
    @GetMapping(CALLBACK)
    ResponseEntity<Void> callback(@RequestParam(required = false) @Nullable String code,
                                  @RequestParam(required = false) @Nullable String state,
                                  @RequestParam(required = false) @Nullable String error,
                                  @CookieValue(name = BINDING_COOKIE, required = false) @Nullable String binding,
                                  HttpServletRequest request, HttpServletResponse response) {
        SsoSignIn.Outcome outcome = ssoSignIn.complete(code, state, error, binding, clientAddress.of(request));
        String location = switch (outcome) {
            case SsoSignIn.SignedIn signedIn -> {
                browserSignIns.start(signedIn.caller(), StaffSessions.Method.SSO, request, response);
                yield "/";
            }
            case SsoSignIn.Failed failed -> "/login?sso_error=" + failed.failure().name().toLowerCase(Locale.ROOT);
        };
        // The binding cookie stays until it expires: it is worthless once its sign-in row is used, and a forged
        // answer must not end the sign-in this browser really has under way.
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(location)).build();
    }

    @GetMapping("/api/v1/workspace/sso")
    @RequiresRole(Role.ADMIN)
    SsoSettingsView settings(@AuthenticationPrincipal Caller caller, HttpServletRequest request) {
        caller.require(Role.ADMIN);
        String redirectUri = administration.redirectUri(request, CALLBACK);
        return administration.find(caller.workspaceId()).map(provider -> view(provider, redirectUri))
                .orElseGet(() -> new SsoSettingsView(false, false, "", "", false, List.of("openid", "email", "profile"),
                        "groups", List.of(), Role.AGENT, false, List.of(), redirectUri));
    }

    /** Replaces the workspace's provider settings; leave {@code clientSecret} out to keep the stored one. */
    @PutMapping("/api/v1/workspace/sso")
    @RequiresRole(Role.ADMIN)
    @Transactional
    SsoSettingsView change(@AuthenticationPrincipal Caller caller, @Valid @RequestBody SsoSettingsChange change,
                           HttpServletRequest request) {
        caller.require(Role.ADMIN);
        Map<String, Role> mapping = new LinkedHashMap<>();
        change.roleMapping().forEach(entry -> mapping.put(entry.value().strip(), entry.role()));
        SsoProviders.SsoProvider saved = administration.save(caller, new SsoProviders.Change(change.enabled(),
                change.issuer().strip(), change.clientId().strip(), change.clientSecret(), change.scopes(),
                change.roleClaim().strip(), mapping, change.defaultRole(), change.justInTimeUsers(), change.emailDomains()));
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("enabled", saved.enabled());
        detail.put("issuer", saved.issuer());
        detail.put("clientId", saved.clientId());
        detail.put("clientSecretChanged", change.clientSecret() != null);
        detail.put("justInTimeUsers", saved.justInTimeUsers());
        detail.put("emailDomains", saved.emailDomains());
        audit.record(caller, "workspace.sso_changed", "workspace", caller.workspaceId().value(), detail);
        return view(saved, administration.redirectUri(request, CALLBACK));
    }

    /** Reads the issuer's discovery document now: its endpoints, or 422 with what is wrong. */
    @PostMapping("/api/v1/workspace/sso/test")
    @RequiresRole(Role.ADMIN)
    SsoAdministration.Discovered test(@AuthenticationPrincipal Caller caller, @Valid @RequestBody DiscoveryTest test) {
        caller.require(Role.ADMIN);
        return administration.test(test.issuer().strip());
    }

    private static SsoSettingsView view(SsoProviders.SsoProvider provider, String redirectUri) {
        return new SsoSettingsView(true, provider.enabled(), provider.issuer(), provider.clientId(),
                provider.clientSecretSet(), provider.scopes(), provider.roleClaim(),
                provider.roleMapping().entrySet().stream().map(e -> new RoleMappingEntry(e.getKey(), e.getValue())).toList(),
                provider.defaultRole(), provider.justInTimeUsers(), provider.emailDomains(), redirectUri);
    }
}
