package dev.frontline.sla.internal;

import dev.frontline.audit.AuditTrail;
import dev.frontline.shared.Caller;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.sla.SlaMetric;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everyone reads the workspace's SLA policies; admins add, change and remove them, audited. Changes
 * apply to clocks started afterwards and to live clocks when their conversation's policy is next
 * re-evaluated. A workspace's first own policy replaces the built-in defaults.
 */
@Service
public class PolicyAdministration {

    private static final Duration LONGEST_TARGET = Duration.ofDays(365);

    private final SlaPolicies policies;
    private final AuditTrail audit;
    private final Clock clock;

    PolicyAdministration(SlaPolicies policies, AuditTrail audit, Clock clock) {
        this.policies = policies;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<SlaPolicy> list(Caller caller) {
        return policies.list(caller.workspaceId());
    }

    /** {@code policy.position()} below zero appends it after the others. */
    @Transactional
    public SlaPolicy add(Caller caller, SlaPolicy policy) {
        caller.require(Role.ADMIN);
        validate(policy);
        SlaPolicy added = new SlaPolicy(UUID.randomUUID(), policy.name(),
                policy.position() < 0 ? policies.nextPosition(caller.workspaceId()) : policy.position(),
                policy.conditions(), policy.targets(), policy.businessTime(), policy.pauses(), false);
        policies.insert(caller.workspaceId(), added, clock.instant());
        audit.record(caller, "sla_policy.created", "sla_policy", added.id(), detail(added));
        return added;
    }

    @Transactional
    public SlaPolicy change(Caller caller, SlaPolicy policy) {
        caller.require(Role.ADMIN);
        validate(policy);
        SlaPolicy existing = policies.list(caller.workspaceId()).stream()
                .filter(p -> p.id().equals(policy.id()) && !p.builtIn()).findFirst()
                .orElseThrow(() -> new NotFoundException("sla policy", policy.id()));
        SlaPolicy changed = new SlaPolicy(policy.id(), policy.name(),
                policy.position() < 0 ? existing.position() : policy.position(), policy.conditions(), policy.targets(),
                policy.businessTime(), policy.pauses(), false);
        policies.update(caller.workspaceId(), changed, clock.instant());
        audit.record(caller, "sla_policy.changed", "sla_policy", changed.id(), detail(changed));
        return changed;
    }

    @Transactional
    public void remove(Caller caller, UUID id) {
        caller.require(Role.ADMIN);
        if (!policies.delete(caller.workspaceId(), id)) {
            throw new NotFoundException("sla policy", id);
        }
        audit.record(caller, "sla_policy.deleted", "sla_policy", id, Map.of());
    }

    private static void validate(SlaPolicy policy) {
        if (policy.targets().isEmpty()) {
            throw new InvalidRequestException("targets", "at least one target is required");
        }
        policy.targets().forEach((metric, target) -> {
            if (target.isNegative() || target.isZero() || target.compareTo(LONGEST_TARGET) > 0) {
                throw new InvalidRequestException("targets." + metric, "must be more than zero and at most 365 days");
            }
        });
        policy.pauses().keySet().forEach(status -> {
            if (!SlaPolicy.PAUSABLE.contains(status)) {
                throw new InvalidRequestException("pauses." + status, "only PENDING and SNOOZED can pause clocks");
            }
        });
    }

    private static Map<String, Object> detail(SlaPolicy policy) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("name", policy.name());
        detail.put("position", policy.position());
        Map<String, String> targets = new LinkedHashMap<>();
        for (SlaMetric metric : SlaMetric.values()) {
            if (policy.targets().containsKey(metric)) {
                targets.put(metric.name(), policy.targets().get(metric).toString());
            }
        }
        detail.put("targets", targets);
        detail.put("businessTime", policy.businessTime());
        return detail;
    }
}
