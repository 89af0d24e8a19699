package dev.frontline.channels.web;

import dev.frontline.audit.AuditTrail;
import dev.frontline.channels.Channel;
import dev.frontline.channels.Inbox;
import dev.frontline.channels.InboundDelivery;
import dev.frontline.channels.Inboxes;
import dev.frontline.contacts.IdentityKind;
import dev.frontline.conversations.Inbound;
import dev.frontline.conversations.MessageBody;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.web.RequiresRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class InboxController {

    record NewInbox(@NotBlank @Size(max = 200) String name, @NotNull Channel channel,
                    @Nullable Map<String, Object> settings) {
    }

    record InboxChanges(@Nullable @Size(max = 200) String name, @Nullable Map<String, Object> settings) {
    }

    record SenderBody(@Nullable IdentityKind kind, @NotBlank @Size(max = 320) String address,
                      @Nullable @Size(max = 300) String name, @Nullable @Size(max = 35) String language) {
    }

    record InboundBody(@NotNull @Valid SenderBody from, @Nullable @Size(max = 300) String externalId,
                       @Nullable @Size(max = 500) String subject, @Nullable @Size(max = 100_000) String text,
                       @Nullable @Size(max = 500_000) String html,
                       @Nullable List<MessageBody.@Valid AttachmentBody> attachments,
                       @Nullable Map<String, Object> metadata) {
    }

    record BatchBody(@NotEmpty @Size(max = 100) List<@Valid @NotNull InboundBody> messages) {
    }

    record BatchResult(List<Inbound.Received> results) {
    }

    private final Inboxes inboxes;
    private final InboundDelivery inbound;
    private final AuditTrail audit;

    InboxController(Inboxes inboxes, InboundDelivery inbound, AuditTrail audit) {
        this.inboxes = inboxes;
        this.inbound = inbound;
        this.audit = audit;
    }

    @GetMapping("/api/v1/inboxes")
    List<Inbox> list(@AuthenticationPrincipal Caller caller) {
        return inboxes.list(caller.workspaceId());
    }

    @GetMapping("/api/v1/inboxes/{id}")
    Inbox get(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return inboxes.get(caller.workspaceId(), id);
    }

    @PostMapping("/api/v1/inboxes")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    @RequiresRole(Role.ADMIN)
    Inbox create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody NewInbox body) {
        caller.require(Role.ADMIN);
        Inbox inbox = inboxes.create(caller.workspaceId(), body.name(), body.channel(),
                body.settings() == null ? Map.of() : body.settings());
        audit.record(caller, "inbox.created", "inbox", inbox.id(), Map.of("name", body.name(), "channel", body.channel()));
        return inbox;
    }

    @PatchMapping("/api/v1/inboxes/{id}")
    @Transactional
    @RequiresRole(Role.ADMIN)
    Inbox update(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @Valid @RequestBody InboxChanges body) {
        caller.require(Role.ADMIN);
        Inbox inbox = inboxes.update(caller.workspaceId(), id, body.name(), body.settings());
        audit.record(caller, "inbox.updated", "inbox", id, Map.of());
        return inbox;
    }

    /**
     * A customer message delivered by a channel integration. Answers 201 the first time and 200 with
     * the same ids when the channel redelivers a message it already sent (same externalId).
     */
    @PostMapping("/api/v1/inboxes/{id}/inbound")
    ResponseEntity<Inbound.Received> receive(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                                             @Valid @RequestBody InboundBody body) {
        Inbound.Received received = inbound.deliver(caller.workspaceId(), id, delivery(body));
        return ResponseEntity.status(received.duplicate() ? HttpStatus.OK : HttpStatus.CREATED).body(received);
    }

    /** Up to 100 customer messages in one request; results come back in the same order. */
    @PostMapping("/api/v1/inboxes/{id}/inbound/batch")
    BatchResult receiveAll(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                           @Valid @RequestBody BatchBody body) {
        return new BatchResult(inbound.deliverAll(caller.workspaceId(), id,
                body.messages().stream().map(InboxController::delivery).toList()));
    }

    private static InboundDelivery.Delivery delivery(InboundBody body) {
        MessageBody message = new MessageBody(body.text(), body.html(), body.attachments(), body.metadata());
        return new InboundDelivery.Delivery(
                new InboundDelivery.Sender(body.from().kind(), body.from().address(), body.from().name(),
                        body.from().language()),
                body.externalId(), body.subject(), body.text(), body.html(), message.decodedAttachments(),
                message.metadataOrEmpty());
    }
}
