package dev.frontline.conversations.web;

import dev.frontline.conversations.ConversationChanges;
import dev.frontline.conversations.ConversationCommands;
import dev.frontline.conversations.ConversationFilter;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.ConversationQueries;
import dev.frontline.conversations.ConversationView;
import dev.frontline.conversations.Message;
import dev.frontline.conversations.MessageBody;
import dev.frontline.conversations.MessageId;
import dev.frontline.conversations.Priority;
import dev.frontline.conversations.Status;
import dev.frontline.conversations.TimelineEntry;
import dev.frontline.shared.Caller;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ConversationController {

    record NewConversation(@NotNull UUID inboxId, @NotNull UUID contactId, @Nullable @Size(max = 500) String subject,
                           @Nullable Priority priority, @Nullable @Valid MessageBody message) {
    }

    record NoteBody(@NotBlank @Size(max = 100_000) String text, @Nullable List<UUID> mentions) {
    }

    record DeliveryReport(@NotNull @Pattern(regexp = "delivered|read|failed") String status) {
    }

    record Assignment(@Nullable UUID assigneeId, @Nullable UUID teamId) {
    }

    record Changes(@Nullable Status status, @Nullable Instant snoozedUntil, @Nullable Priority priority,
                   @Nullable @Size(max = 500) String subject, @Nullable Set<@Size(max = 100) String> tags,
                   @Nullable Map<String, @Nullable Object> customAttributes) {
    }

    private final ConversationCommands commands;
    private final ConversationQueries queries;

    ConversationController(ConversationCommands commands, ConversationQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @GetMapping("/api/v1/conversations")
    Page<ConversationView> list(@AuthenticationPrincipal Caller caller,
                                @RequestParam(required = false) @Nullable Status status,
                                @RequestParam(required = false) @Nullable String assignee,
                                @RequestParam(required = false) @Nullable UUID team,
                                @RequestParam(required = false) @Nullable UUID inbox,
                                @RequestParam(required = false) @Nullable UUID contact,
                                @RequestParam(required = false) @Nullable String tag,
                                @RequestParam(required = false) @Nullable Priority priority,
                                @RequestParam(required = false) @Nullable String q,
                                @RequestParam(required = false) @Nullable String cursor,
                                @RequestParam(defaultValue = "25") @Min(1) @Max(100) int limit) {
        boolean unassigned = "none".equals(assignee);
        UUID assigneeId = assignee == null || unassigned ? null
                : "me".equals(assignee) ? caller.userId().value() : parse(assignee);
        return queries.list(caller,
                new ConversationFilter(status, assigneeId, unassigned, team, inbox, contact, tag, priority, q),
                cursor, limit);
    }

    private static UUID parse(String assignee) {
        try {
            return UUID.fromString(assignee);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("assignee", "must be a user id, 'me' or 'none'");
        }
    }

    @PostMapping("/api/v1/conversations")
    @ResponseStatus(HttpStatus.CREATED)
    ConversationView create(@AuthenticationPrincipal Caller caller, @Valid @RequestBody NewConversation body) {
        MessageBody message = body.message();
        ConversationId id = commands.start(caller, body.inboxId(), body.contactId(), body.subject(), body.priority(),
                message == null ? null : message.text(), message == null ? null : message.html(),
                message == null ? List.of() : message.decodedAttachments());
        return queries.get(caller.workspaceId(), id);
    }

    @GetMapping("/api/v1/conversations/{id}")
    ConversationView get(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return queries.get(caller.workspaceId(), new ConversationId(id));
    }

    @PatchMapping("/api/v1/conversations/{id}")
    ConversationView update(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                            @Valid @RequestBody Changes changes) {
        commands.update(caller, new ConversationId(id), new ConversationChanges(changes.status(),
                changes.snoozedUntil(), changes.priority(), changes.subject(), changes.tags(), changes.customAttributes()));
        return queries.get(caller.workspaceId(), new ConversationId(id));
    }

    @PutMapping("/api/v1/conversations/{id}/assignment")
    ConversationView assign(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                            @RequestBody Assignment assignment) {
        commands.assign(caller, new ConversationId(id), assignment.assigneeId(), assignment.teamId());
        return queries.get(caller.workspaceId(), new ConversationId(id));
    }

    @GetMapping("/api/v1/conversations/{id}/messages")
    List<Message> messages(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return queries.messages(caller.workspaceId(), new ConversationId(id));
    }

    /** Replies to the customer. */
    @PostMapping("/api/v1/conversations/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    Message reply(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @Valid @RequestBody MessageBody body) {
        MessageId message = commands.reply(caller, new ConversationId(id), body.text(), body.html(),
                body.decodedAttachments(), body.metadataOrEmpty());
        return find(caller, id, message);
    }

    @PostMapping("/api/v1/conversations/{id}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    Message note(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @Valid @RequestBody NoteBody body) {
        MessageId message = commands.note(caller, new ConversationId(id), body.text(),
                body.mentions() == null ? List.of() : body.mentions());
        return find(caller, id, message);
    }

    /** A channel's delivery receipt for a reply: delivered, read or failed. */
    @PutMapping("/api/v1/conversations/{id}/messages/{messageId}/delivery")
    Message delivery(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @PathVariable UUID messageId,
                     @Valid @RequestBody DeliveryReport report) {
        return commands.recordDelivery(caller, new ConversationId(id), new MessageId(messageId), report.status());
    }

    @GetMapping("/api/v1/conversations/{id}/timeline")
    List<TimelineEntry> timeline(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return queries.timeline(caller.workspaceId(), new ConversationId(id));
    }

    private Message find(Caller caller, UUID conversation, MessageId message) {
        return queries.messages(caller.workspaceId(), new ConversationId(conversation)).stream()
                .filter(m -> m.id().equals(message)).findFirst().orElseThrow();
    }
}
