package dev.frontline.audit;

import dev.frontline.shared.Caller;
import dev.frontline.shared.Page;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/v1/audit-log")
    Page<AuditTrail.Entry> list(@AuthenticationPrincipal Caller caller,
                                @RequestParam(required = false) @Nullable String cursor,
                                @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return trail.list(caller, cursor, limit);
    }
}
