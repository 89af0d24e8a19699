package dev.frontline.identity.web;

import dev.frontline.audit.AuditTrail;
import dev.frontline.identity.internal.ApiTokens;
import dev.frontline.identity.internal.SignIn;
import dev.frontline.shared.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own API tokens. The token value is returned once, at creation. */
@RestController
class TokenController {

    record NewToken(@NotBlank @Size(max = 200) String name) {
    }

    private final ApiTokens tokens;
    private final AuditTrail audit;
    private final SignIn signIn;

    TokenController(ApiTokens tokens, AuditTrail audit, SignIn signIn) {
        this.signIn = signIn;
        this.tokens = tokens;
        this.audit = audit;
    }

    @PostMapping("/api/v1/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    ApiTokens.IssuedToken create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody NewToken token) {
        signIn.countTokenCreation(caller);
        ApiTokens.IssuedToken issued = tokens.issue(caller, token.name());
        audit.record(caller, "api_token.created", "api_token", issued.id(), Map.of("name", token.name()));
        return issued;
    }

    @GetMapping("/api/v1/tokens")
    List<ApiTokens.TokenSummary> list(@AuthenticationPrincipal Caller caller) {
        return tokens.list(caller);
    }

    @DeleteMapping("/api/v1/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Transactional
    void revoke(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        tokens.revoke(caller, id);
        audit.record(caller, "api_token.revoked", "api_token", id, Map.of());
    }
}
