package dev.frontline.webhooks.web;

import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.web.RequiresRole;
import dev.frontline.webhooks.Webhooks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class WebhookController {

    record NewWebhook(@NotBlank @Size(max = 2000) String url,
                      @NotEmpty Set<@Pattern(regexp = "\\*|[a-z_]+\\.[a-z_]+") String> eventTypes) {
    }

    record Settings(boolean allowPrivateNetwork) {
    }

    private final Webhooks webhooks;

    WebhookController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping("/api/v1/webhooks")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresRole(Role.ADMIN)
    Webhooks.Webhook create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody NewWebhook body) {
        return webhooks.create(caller, body.url(), body.eventTypes());
    }

    @GetMapping("/api/v1/webhooks/event-types")
    @RequiresRole(Role.ADMIN)
    java.util.Set<String> eventTypes() {
        return webhooks.eventTypes();
    }

    @GetMapping("/api/v1/webhooks")
    List<Webhooks.Webhook> list(@AuthenticationPrincipal Caller caller) {
        return webhooks.list(caller);
    }

    @DeleteMapping("/api/v1/webhooks/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        webhooks.delete(caller, id);
    }

    @GetMapping("/api/v1/webhooks/{id}/deliveries")
    List<Webhooks.Delivery> deliveries(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return webhooks.deliveries(caller, id);
    }

    @GetMapping("/api/v1/webhook-settings")
    Settings settings(@AuthenticationPrincipal Caller caller) {
        caller.require(dev.frontline.shared.Role.ADMIN);
        return new Settings(webhooks.allowsPrivateNetwork(caller.workspaceId()));
    }

    @PutMapping("/api/v1/webhook-settings")
    @RequiresRole(Role.ADMIN)
    Settings changeSettings(@AuthenticationPrincipal Caller caller, @RequestBody Settings body) {
        return new Settings(webhooks.changeSettings(caller, body.allowPrivateNetwork()));
    }
}
