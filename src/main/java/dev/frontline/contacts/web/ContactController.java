package dev.frontline.contacts.web;

import dev.frontline.audit.AuditTrail;
import dev.frontline.contacts.Contact;
import dev.frontline.contacts.ContactDetails;
import dev.frontline.contacts.ContactId;
import dev.frontline.contacts.ContactMerge;
import dev.frontline.contacts.Contacts;
import dev.frontline.contacts.Identity;
import dev.frontline.contacts.IdentityKind;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Page;
import dev.frontline.shared.Role;
import dev.frontline.shared.web.RequiresRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ContactController {

    record IdentityBody(@NotNull IdentityKind kind, @NotBlank @Size(max = 320) String value) {
        Identity toIdentity() {
            return new Identity(kind, value);
        }
    }

    record ContactBody(@Nullable @Size(max = 300) String name, @Nullable @Size(max = 300) String company,
                       @Nullable @Size(max = 35) String language, @Nullable @Size(max = 60) String timezone,
                       @Nullable @Pattern(regexp = "[a-z0-9_-]{1,20}") String tier,
                       @Nullable @PositiveOrZero BigDecimal lifetimeValue,
                       @Nullable Map<String, Object> customAttributes, @Nullable @Size(max = 20000) String notes,
                       @Nullable List<@Valid IdentityBody> identities) {
        ContactDetails details() {
            return new ContactDetails(name, company, language, timezone, tier, lifetimeValue, customAttributes, notes);
        }
    }

    record MergeBody(@NotNull UUID mergeContactId) {
    }

    private final Contacts contacts;
    private final ContactMerge merge;
    private final AuditTrail audit;

    ContactController(Contacts contacts, ContactMerge merge, AuditTrail audit) {
        this.contacts = contacts;
        this.merge = merge;
        this.audit = audit;
    }

    @PostMapping("/api/v1/contacts")
    @ResponseStatus(HttpStatus.CREATED)
    Contact create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody ContactBody body) {
        List<Identity> identities = body.identities() == null ? List.of()
                : body.identities().stream().map(IdentityBody::toIdentity).toList();
        return contacts.create(caller.workspaceId(), body.details(), identities);
    }

    @GetMapping("/api/v1/contacts")
    Page<Contact> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) @Nullable String q,
                       @RequestParam(required = false) @Nullable String cursor,
                       @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return contacts.list(caller.workspaceId(), q, cursor, limit);
    }

    @GetMapping("/api/v1/contacts/{id}")
    Contact get(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return contacts.get(caller.workspaceId(), new ContactId(id));
    }

    @PatchMapping("/api/v1/contacts/{id}")
    Contact update(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @Valid @RequestBody ContactBody body) {
        return contacts.update(caller.workspaceId(), new ContactId(id), body.details());
    }

    @PostMapping("/api/v1/contacts/{id}/identities")
    @ResponseStatus(HttpStatus.CREATED)
    Contact addIdentity(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                        @Valid @RequestBody IdentityBody identity) {
        return contacts.addIdentity(caller.workspaceId(), new ContactId(id), identity.toIdentity());
    }

    @DeleteMapping("/api/v1/contacts/{id}/identities/{kind}/{value}")
    Contact removeIdentity(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                           @PathVariable IdentityKind kind, @PathVariable String value) {
        return contacts.removeIdentity(caller.workspaceId(), new ContactId(id), new Identity(kind, value));
    }

    /** Folds {@code mergeContactId} into this contact. Supervisors and admins only: it cannot be undone. */
    @PostMapping("/api/v1/contacts/{id}/merge")
    @Transactional
    @RequiresRole(Role.SUPERVISOR)
    Contact merge(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @Valid @RequestBody MergeBody body) {
        caller.require(Role.SUPERVISOR);
        Contact survivor = merge.merge(caller.workspaceId(), new ContactId(id), new ContactId(body.mergeContactId()));
        audit.record(caller, "contact.merged", "contact", id, Map.of("merged", body.mergeContactId()));
        return survivor;
    }
}
