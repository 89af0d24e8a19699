package dev.frontline.privacy;

import dev.frontline.contacts.ContactId;
import dev.frontline.shared.Caller;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class PrivacyController {

    private final PrivacyRequests requests;

    PrivacyController(PrivacyRequests requests) {
        this.requests = requests;
    }

    @GetMapping("/api/v1/contacts/{id}/export")
    ResponseEntity<PrivacyRequests.Export> export(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"contact-" + id + ".json\"")
                .body(requests.export(caller, new ContactId(id)));
    }

    @PostMapping("/api/v1/contacts/{id}/erase")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void erase(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        requests.erase(caller, new ContactId(id));
    }
}
