package dev.frontline.routing.web;

import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.Priority;
import dev.frontline.routing.AgentSelection;
import dev.frontline.routing.AgentStates;
import dev.frontline.routing.Offer;
import dev.frontline.routing.QueueMatch;
import dev.frontline.routing.QueueState;
import dev.frontline.routing.QueueStates;
import dev.frontline.routing.Reassignments;
import dev.frontline.routing.Routing;
import dev.frontline.routing.RoutingProfile;
import dev.frontline.routing.RoutingQueue;
import dev.frontline.routing.RoutingRule;
import dev.frontline.routing.RoutingSettings;
import dev.frontline.routing.SampleConversation;
import dev.frontline.routing.Transfers;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Role;
import dev.frontline.shared.UserId;
import dev.frontline.shared.web.RequiresRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/routing/...}: queues, rules, profiles, offers, pull and live queue state. */
@RestController
class RoutingController {

    record QueueBody(@NotBlank @Size(max = 200) String name, @Nullable UUID teamId, @Nullable UUID inboxId,
                     @Nullable @Size(max = 100) String requiredSkill, @Nullable @Min(1) @Max(5) Integer minProficiency,
                     @Nullable @Min(5) @Max(600) Integer offerTimeoutSeconds, @Nullable Boolean isDefault,
                     @Nullable Boolean push, @Nullable @Min(0) @Max(2_592_000) Integer stickyWindowSeconds,
                     @Nullable AgentSelection agentSelection, @Nullable @Valid ExpansionBody expansion) {

        RoutingQueue toQueue(@Nullable UUID id) {
            return new RoutingQueue(id == null ? new UUID(0, 0) : id, name, teamId, inboxId, requiredSkill,
                    minProficiency == null ? 1 : minProficiency, offerTimeoutSeconds, Boolean.TRUE.equals(isDefault),
                    !Boolean.FALSE.equals(push), stickyWindowSeconds == null ? 0 : stickyWindowSeconds,
                    agentSelection == null ? AgentSelection.LONGEST_IDLE : agentSelection,
                    expansion == null ? RoutingQueue.Expansion.NONE : new RoutingQueue.Expansion(expansion.afterSeconds(),
                            expansion.minProficiency(), expansion.overflowAfterSeconds(), expansion.overflowQueueId()));
        }
    }

    record ExpansionBody(@Nullable @Min(1) @Max(86_400) Integer afterSeconds, @Nullable Integer minProficiency,
                         @Nullable @Min(1) @Max(86_400) Integer overflowAfterSeconds, @Nullable UUID overflowQueueId) {
    }

    record RuleBody(@NotNull UUID queueId, @NotNull @Min(0) @Max(10_000) Integer position, @Nullable String channel,
                    @Nullable UUID inboxId, @Nullable @Size(max = 35) String language, @Nullable @Size(max = 100) String tag,
                    @Nullable Priority priority, @Nullable @Size(max = 20) String tier,
                    @Nullable Map<String, String> attributes) {

        RoutingRule toRule(@Nullable UUID id) {
            return new RoutingRule(id == null ? new UUID(0, 0) : id, queueId, position, channel, inboxId, language, tag, priority,
                    tier, attributes == null ? Map.of() : attributes);
        }
    }

    record SampleBody(@Nullable String channel, @Nullable UUID inboxId, @Nullable @Size(max = 35) String language,
                      @Nullable @Size(max = 50) Set<String> tags, @Nullable Priority priority,
                      @Nullable @Size(max = 20) String tier, @Nullable @Size(max = 100) Map<String, Object> attributes,
                      @Nullable UUID conversationId) {
    }

    record CapacityBody(@NotNull @Min(1) @Max(10) Integer chat, @NotNull @Min(0) @Max(50) Integer email,
                        @NotNull @Min(0) @Max(50) Integer messaging, @NotNull @Min(0) @Max(1) Integer voice,
                        @NotNull @Min(1) @Max(100) Integer total) {
    }

    record ProfileBody(@Nullable @Size(max = 50) Map<String, Integer> skills, @Nullable @Size(max = 20) Set<String> languages,
                       @NotNull @Valid CapacityBody capacity, @Nullable Boolean autoAccept,
                       @Nullable Boolean chatDuringCalls) {
    }

    record DeclineBody(@Nullable @Size(max = 500) String reason) {
    }

    record TransferBody(@NotNull UUID conversationId, @Nullable UUID agentId, @Nullable UUID queueId,
                        @Nullable @Size(max = 5000) String note) {
    }

    record ReassignBody(@NotNull UUID conversationId, @Nullable UUID agentId, @Nullable UUID queueId,
                        @Nullable @Size(max = 5000) String note, @Nullable Boolean force) {
    }

    record ExpectedWait(@Nullable Long expectedWaitSeconds) {
    }

    private final RoutingSettings settings;
    private final Routing routing;
    private final QueueStates states;
    private final Transfers transfers;
    private final Reassignments reassignments;
    private final AgentStates agents;

    RoutingController(RoutingSettings settings, Routing routing, QueueStates states, Transfers transfers,
                      Reassignments reassignments, AgentStates agents) {
        this.settings = settings;
        this.routing = routing;
        this.states = states;
        this.transfers = transfers;
        this.reassignments = reassignments;
        this.agents = agents;
    }

    @GetMapping("/api/v1/routing/queues")
    List<RoutingQueue> queues(@AuthenticationPrincipal Caller caller) {
        return settings.queues(caller);
    }

    @PostMapping("/api/v1/routing/queues")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresRole(Role.ADMIN)
    RoutingQueue createQueue(@AuthenticationPrincipal Caller caller, @Valid @RequestBody QueueBody body) {
        return settings.createQueue(caller, body.toQueue(null));
    }

    @PutMapping("/api/v1/routing/queues/{id}")
    @RequiresRole(Role.ADMIN)
    RoutingQueue updateQueue(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @Valid @RequestBody QueueBody body) {
        return settings.updateQueue(caller, body.toQueue(id));
    }

    @DeleteMapping("/api/v1/routing/queues/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteQueue(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        settings.deleteQueue(caller, id);
    }

    @GetMapping("/api/v1/routing/queues/state")
    List<QueueState> queueStates(@AuthenticationPrincipal Caller caller) {
        return states.states(caller);
    }

    /** Supervisors: every active member's presence, load against capacity, pending offers and open conversations. */
    @GetMapping("/api/v1/routing/agents/state")
    List<AgentStates.AgentState> agentStates(@AuthenticationPrincipal Caller caller) {
        return agents.agents(caller);
    }

    /** Supervisors: the conversations queued now, in work order (of one queue when given). */
    @GetMapping("/api/v1/routing/queued")
    List<AgentStates.QueuedConversation> queued(@AuthenticationPrincipal Caller caller,
                                                @RequestParam(required = false) @Nullable UUID queueId,
                                                @RequestParam(defaultValue = "100") int limit) {
        return agents.queued(caller, queueId, limit);
    }

    /**
     * Supervisors: move an open conversation to an agent (assigned at once; 409 when they are offline or full,
     * unless {@code force}) or to a queue, with an optional note.
     */
    @PostMapping("/api/v1/routing/reassignments")
    Reassignments.Reassignment reassign(@AuthenticationPrincipal Caller caller, @Valid @RequestBody ReassignBody body) {
        return reassignments.reassign(caller, new dev.frontline.conversations.ConversationId(body.conversationId()),
                body.agentId(), body.queueId(), body.note(), Boolean.TRUE.equals(body.force()));
    }

    @GetMapping("/api/v1/routing/expected-wait")
    ExpectedWait expectedWait(@AuthenticationPrincipal Caller caller, @RequestParam UUID inboxId) {
        return new ExpectedWait(states.expectedWait(caller.workspaceId(), inboxId).map(java.time.Duration::toSeconds).orElse(null));
    }

    @GetMapping("/api/v1/routing/rules")
    List<RoutingRule> rules(@AuthenticationPrincipal Caller caller) {
        return settings.rules(caller);
    }

    @PostMapping("/api/v1/routing/rules")
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresRole(Role.ADMIN)
    RoutingRule createRule(@AuthenticationPrincipal Caller caller, @Valid @RequestBody RuleBody body) {
        return settings.createRule(caller, body.toRule(null));
    }

    @PutMapping("/api/v1/routing/rules/{id}")
    @RequiresRole(Role.ADMIN)
    RoutingRule updateRule(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @Valid @RequestBody RuleBody body) {
        return settings.updateRule(caller, body.toRule(id));
    }

    @DeleteMapping("/api/v1/routing/rules/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteRule(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        settings.deleteRule(caller, id);
    }

    @PostMapping("/api/v1/routing/rules/test")
    @RequiresRole(Role.SUPERVISOR)
    QueueMatch test(@AuthenticationPrincipal Caller caller, @Valid @RequestBody SampleBody body) {
        if (body.conversationId() != null) {
            return settings.test(caller, new ConversationId(body.conversationId()));
        }
        return settings.test(caller, new SampleConversation(body.channel(), body.inboxId(), body.language(),
                body.tags() == null ? Set.of() : body.tags(), body.priority() == null ? Priority.NORMAL : body.priority(),
                body.tier(), body.attributes() == null ? Map.of() : body.attributes()));
    }

    @GetMapping("/api/v1/routing/profiles")
    List<RoutingProfile> profiles(@AuthenticationPrincipal Caller caller) {
        return settings.profiles(caller);
    }

    @GetMapping("/api/v1/routing/profiles/{userId}")
    RoutingProfile profile(@AuthenticationPrincipal Caller caller, @PathVariable UUID userId) {
        return settings.profile(caller, new UserId(userId));
    }

    @PutMapping("/api/v1/routing/profiles/{userId}")
    @RequiresRole(Role.ADMIN)
    RoutingProfile saveProfile(@AuthenticationPrincipal Caller caller, @PathVariable UUID userId,
                               @Valid @RequestBody ProfileBody body) {
        CapacityBody c = body.capacity();
        UserId user = new UserId(userId);
        // Switches left out of the body keep their current value, so an older client cannot turn them off.
        RoutingProfile current = body.autoAccept() == null || body.chatDuringCalls() == null
                ? settings.profile(caller, user) : null;
        return settings.saveProfile(caller, new RoutingProfile(user,
                body.skills() == null ? Map.of() : body.skills(), body.languages() == null ? Set.of() : body.languages(),
                new RoutingProfile.Capacity(c.chat(), c.email(), c.messaging(), c.voice(), c.total()),
                body.autoAccept() != null ? body.autoAccept() : current.autoAccept(),
                body.chatDuringCalls() != null ? body.chatDuringCalls() : current.chatDuringCalls()));
    }

    @GetMapping("/api/v1/routing/offers")
    List<Offer> offers(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) @Nullable UUID agentId,
                       @RequestParam(required = false) @Nullable UUID conversationId,
                       @RequestParam(required = false) @Nullable String outcome,
                       @RequestParam(required = false) @Nullable Instant before,
                       @RequestParam(defaultValue = "50") int limit) {
        return routing.offers(caller, agentId, conversationId, outcome, before, limit);
    }

    @PostMapping("/api/v1/routing/offers/{id}/accept")
    Offer accept(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return routing.accept(caller, id);
    }

    @PostMapping("/api/v1/routing/offers/{id}/decline")
    Offer decline(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
                  @Valid @RequestBody(required = false) @Nullable DeclineBody body) {
        return routing.decline(caller, id, body == null ? null : body.reason());
    }

    /** Transfers a conversation to a queue or (as a directed offer) to an agent, with an optional internal note. */
    @PostMapping("/api/v1/routing/transfers")
    Transfers.Transfer transfer(@AuthenticationPrincipal Caller caller, @Valid @RequestBody TransferBody body) {
        return transfers.transfer(caller, new dev.frontline.conversations.ConversationId(body.conversationId()), body.agentId(),
                body.queueId(), body.note());
    }

    /** Any member: the queues and people a conversation can be transferred to. */
    @GetMapping("/api/v1/routing/transfer-targets")
    Transfers.Targets transferTargets(@AuthenticationPrincipal Caller caller) {
        return transfers.targets(caller);
    }

    /** Pull: 200 with the accepted offer (its conversation is now the caller's), 204 when nothing waits for them. */
    @PostMapping("/api/v1/routing/next")
    ResponseEntity<Offer> next(@AuthenticationPrincipal Caller caller) {
        return routing.next(caller).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }
}
