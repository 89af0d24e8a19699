package dev.frontline.conversations.web;

import dev.frontline.conversations.BulkActions;
import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.InboxCounts;
import dev.frontline.conversations.InboxFilter;
import dev.frontline.conversations.InboxItem;
import dev.frontline.conversations.InboxQueries;
import dev.frontline.conversations.InboxSort;
import dev.frontline.conversations.Priority;
import dev.frontline.conversations.ReadMarkers;
import dev.frontline.conversations.Status;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The agent workspace's conversation list: views, counts, read markers and bulk actions. */
@RestController
class InboxListController {

    record BulkBody(@NotEmpty @Size(max = 500) List<@NotNull UUID> ids,
                    @NotNull @jakarta.validation.constraints.Pattern(regexp = "assign|status|tag") String action,
                    @Nullable String assigneeId, @Nullable String teamId, @Nullable Status status,
                    @Nullable Instant snoozedUntil, @Nullable Set<@Size(max = 100) String> addTags,
                    @Nullable Set<@Size(max = 100) String> removeTags) {
    }

    private final InboxQueries inbox;
    private final ReadMarkers readMarkers;
    private final BulkActions bulk;

    InboxListController(InboxQueries inbox, ReadMarkers readMarkers, BulkActions bulk) {
        this.inbox = inbox;
        this.readMarkers = readMarkers;
        this.bulk = bulk;
    }

    @GetMapping("/api/v1/inbox")
    Page<InboxItem> list(@AuthenticationPrincipal Caller caller,
                         @RequestParam(required = false) @Nullable String view,
                         @RequestParam(required = false) @Nullable String status,
                         @RequestParam(required = false) @Nullable String channel,
                         @RequestParam(required = false) @Nullable UUID inbox,
                         @RequestParam(required = false) @Nullable UUID team,
                         @RequestParam(required = false) @Nullable String assignee,
                         @RequestParam(required = false) @Nullable Priority priority,
                         @RequestParam(required = false) @Nullable String tag,
                         @RequestParam(required = false) @Nullable String tier,
                         @RequestParam(required = false) @Nullable String language,
                         @RequestParam(required = false) @Nullable String q,
                         @RequestParam(required = false) @Nullable String sla,
                         @RequestParam(required = false) @Nullable String dueWithin,
                         @RequestParam(required = false) @Nullable String sort,
                         @RequestParam(required = false) @Nullable String cursor,
                         @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return this.inbox.list(caller, view,
                new InboxFilter(status, channel, inbox, team, assignee, priority, tag, tier, language, q, sla, dueWithin),
                sort == null ? null : InboxSort.parse(sort), cursor, limit);
    }

    @GetMapping("/api/v1/inbox/counts")
    InboxCounts counts(@AuthenticationPrincipal Caller caller) {
        return inbox.counts(caller);
    }

    @PutMapping("/api/v1/conversations/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        readMarkers.markRead(caller, new ConversationId(id));
    }

    @PostMapping("/api/v1/conversations/bulk")
    BulkActions.Result bulk(@AuthenticationPrincipal Caller caller, @Valid @RequestBody BulkBody body) {
        return bulk.apply(caller, new BulkActions.Request(body.ids(),
                BulkActions.Action.valueOf(body.action().toUpperCase(Locale.ROOT)), body.assigneeId(), body.teamId(),
                body.status(), body.snoozedUntil(), body.addTags() == null ? Set.of() : body.addTags(),
                body.removeTags() == null ? Set.of() : body.removeTags()));
    }
}
