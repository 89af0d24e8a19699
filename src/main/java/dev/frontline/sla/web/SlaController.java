package dev.frontline.sla.web;

import dev.frontline.conversations.ConversationId;
import dev.frontline.conversations.Priority;
import dev.frontline.conversations.Status;
import dev.frontline.shared.Caller;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.Role;
import dev.frontline.shared.web.RequiresRole;
import dev.frontline.sla.SlaMetric;
import dev.frontline.sla.internal.ClockQueries;
import dev.frontline.sla.internal.PolicyAdministration;
import dev.frontline.sla.internal.SlaPolicy;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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

/** SLA policies ({@code /api/v1/sla/policies}: everyone reads, admins change) and a conversation's clocks. */
@RestController
class SlaController {

    private static final String POLICIES = "/api/v1/sla/policies";

    record Conditions(@Nullable @Size(max = 20) Set<String> channels, @Nullable @Size(max = 200) Set<UUID> inboxIds,
                      @Nullable Set<Priority> priorities, @Nullable @Size(max = 100) Set<String> tags,
                      @Nullable @Size(max = 20) Set<@Size(max = 100) String> tiers) {
    }

    /** Targets are ISO-8601 durations ({@code PT1H}, {@code P4D}); {@code position} omitted appends. */
    record PolicyRequest(@NotBlank @Size(max = 200) String name, @Nullable @PositiveOrZero Integer position,
                         @Nullable Conditions conditions, @NotNull Map<SlaMetric, String> targets,
                         @Nullable Boolean businessTime, @Nullable Map<Status, Set<SlaMetric>> pauses) {
    }

    record PolicyView(UUID id, String name, int position, boolean builtIn, SlaPolicy.Conditions conditions,
                      Map<SlaMetric, String> targets, boolean businessTime, Map<Status, Set<SlaMetric>> pauses) {

        static PolicyView of(SlaPolicy policy) {
            Map<SlaMetric, String> targets = new EnumMap<>(SlaMetric.class);
            policy.targets().forEach((metric, target) -> targets.put(metric, target.toString()));
            Map<Status, Set<SlaMetric>> pauses = new EnumMap<>(Status.class);
            pauses.putAll(policy.pauses());
            return new PolicyView(policy.id(), policy.name(), policy.position(), policy.builtIn(), policy.conditions(),
                    targets, policy.businessTime(), pauses);
        }
    }

    private final PolicyAdministration administration;
    private final ClockQueries clocks;

    SlaController(PolicyAdministration administration, ClockQueries clocks) {
        this.administration = administration;
        this.clocks = clocks;
    }

    @GetMapping(POLICIES)
    List<PolicyView> policies(@AuthenticationPrincipal Caller caller) {
        return administration.list(caller).stream().map(PolicyView::of).toList();
    }

    @PostMapping(POLICIES)
    @ResponseStatus(HttpStatus.CREATED)
    @RequiresRole(Role.ADMIN)
    PolicyView add(@AuthenticationPrincipal Caller caller, @Valid @RequestBody PolicyRequest request) {
        return PolicyView.of(administration.add(caller, policy(UUID.randomUUID(), request)));
    }

    @PutMapping(POLICIES + "/{id}")
    @RequiresRole(Role.ADMIN)
    PolicyView change(@AuthenticationPrincipal Caller caller, @PathVariable UUID id, @Valid @RequestBody PolicyRequest request) {
        return PolicyView.of(administration.change(caller, policy(id, request)));
    }

    @DeleteMapping(POLICIES + "/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        administration.remove(caller, id);
    }

    @GetMapping("/api/v1/conversations/{id}/sla")
    List<ClockQueries.ClockView> clocks(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return clocks.clocks(caller, new ConversationId(id));
    }

    private static SlaPolicy policy(UUID id, PolicyRequest request) {
        Conditions conditions = request.conditions() == null ? new Conditions(null, null, null, null, null) : request.conditions();
        Map<SlaMetric, Duration> targets = new EnumMap<>(SlaMetric.class);
        request.targets().forEach((metric, target) -> targets.put(metric, duration(metric, target)));
        return new SlaPolicy(id, request.name().strip(), request.position() == null ? -1 : request.position(),
                new SlaPolicy.Conditions(orEmpty(conditions.channels()), orEmpty(conditions.inboxIds()),
                        orEmpty(conditions.priorities()), orEmpty(conditions.tags()), orEmpty(conditions.tiers())),
                targets, !Boolean.FALSE.equals(request.businessTime()),
                request.pauses() == null ? SlaPolicy.DEFAULT_PAUSES : request.pauses(), false);
    }

    private static Duration duration(SlaMetric metric, @Nullable String text) {
        try {
            return Duration.parse(text == null ? "" : text);
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("targets." + metric, "must be an ISO-8601 duration such as PT1H or P4D");
        }
    }

    private static <T> Set<T> orEmpty(@Nullable Set<T> values) {
        return values == null ? Set.of() : values;
    }
}
