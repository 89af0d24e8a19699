package dev.frontline.helpcenter.web;

import dev.frontline.helpcenter.HelpCenterSettings;
import dev.frontline.helpcenter.HelpCenters;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.web.RequiresRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Admins read and replace their workspace's help center settings. */
@RestController
@RequiresRole(Role.ADMIN)
class HelpCenterSettingsController {

    record SettingsBody(@NotBlank @Size(max = 60) String slug, @NotNull Boolean enabled, @Nullable @Size(max = 200) String name,
                        @NotBlank String brandColor, @Nullable @Size(max = 1000) String logoUrl, @Nullable UUID chatInboxId,
                        @Nullable UUID contactInboxId) {
    }

    private final HelpCenters helpCenters;

    HelpCenterSettingsController(HelpCenters helpCenters) {
        this.helpCenters = helpCenters;
    }

    @GetMapping("/api/v1/help-center/settings")
    HelpCenterSettings settings(@AuthenticationPrincipal Caller caller) {
        return helpCenters.settings(caller);
    }

    @PutMapping("/api/v1/help-center/settings")
    HelpCenterSettings save(@AuthenticationPrincipal Caller caller, @Valid @RequestBody SettingsBody body) {
        return helpCenters.save(caller, new HelpCenterSettings(body.slug(), body.enabled(), body.name(), body.brandColor(),
                body.logoUrl(), body.chatInboxId(), body.contactInboxId()));
    }
}
