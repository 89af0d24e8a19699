package dev.frontline.identity.web;

import dev.frontline.audit.AuditTrail;
import dev.frontline.identity.WorkspaceProfile;
import dev.frontline.identity.WorkspaceProfiles;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.web.RequiresRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The caller's workspace profile: everyone reads it, admins change it. */
@RestController
class WorkspaceController {

    record ProfileChange(@Nullable @Size(min = 1, max = 200) @Pattern(regexp = ".*\\S.*") String name,
                         @Nullable @Size(max = 60) String timezone,
                         @Nullable @Size(min = 1, max = 20) List<@Size(max = 35) String> languages,
                         @Nullable @Size(max = 35) String defaultLanguage) {
    }

    private final WorkspaceProfiles profiles;
    private final AuditTrail audit;

    WorkspaceController(WorkspaceProfiles profiles, AuditTrail audit) {
        this.profiles = profiles;
        this.audit = audit;
    }

    @GetMapping("/api/v1/workspace")
    WorkspaceProfile profile(@AuthenticationPrincipal Caller caller) {
        return profiles.profile(caller.workspaceId());
    }

    @PatchMapping("/api/v1/workspace")
    @Transactional
    @RequiresRole(Role.ADMIN)
    WorkspaceProfile change(@AuthenticationPrincipal Caller caller, @Valid @RequestBody ProfileChange change) {
        caller.require(Role.ADMIN);
        WorkspaceProfile changed = profiles.change(caller.workspaceId(), change.name(), change.timezone(),
                change.languages(), change.defaultLanguage());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("name", changed.name());
        detail.put("timezone", changed.timezone());
        detail.put("languages", changed.languages());
        detail.put("defaultLanguage", changed.defaultLanguage());
        audit.record(caller, "workspace.updated", "workspace", caller.workspaceId(), detail);
        return changed;
    }
}
