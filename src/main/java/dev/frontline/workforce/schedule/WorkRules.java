package dev.frontline.workforce.schedule;

import dev.frontline.identity.Directory;
import dev.frontline.identity.StaffMember;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Ids;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Agents' stored work rules. Supervisors keep break rule sets and contract templates, assign agents to templates with
 * overrides, and set availability and preferences. An agent sees their own rules and sets their own preferences at
 * once; a change of their availability waits for a supervisor's approval, because availability is a hard limit on
 * every schedule that follows and a supervisor must see the staffing effect before accepting it.
 */
@Service
public class WorkRules {

    /** What the solver takes from an agent's stored rules. */
    record SolverTerms(Contract contract, Availability availability, Preferences preferences, @Nullable BreakRules breakRules) {

        static final SolverTerms DEFAULT = new SolverTerms(Contract.fullTime(), Availability.anyTime(), Preferences.none(), null);
    }

    public record BreakRuleSetBody(@Nullable String name, @Nullable List<BreakRules.Tier> tiers) {
    }

    public record ContractTemplateBody(@Nullable String name, @Nullable ContractTerms terms, @Nullable UUID breakRuleSetId) {
    }

    /** A supervisor's edit replaces the agent's rules; anything left out is cleared (no template, no overrides, any time, no preferences). */
    public record AgentRulesBody(@Nullable UUID contractTemplateId, @Nullable ContractTerms overrides, @Nullable AgentAvailability availability,
                                 @Nullable AgentPreferences preferences) {
    }

    private final WorkRulesStore store;
    private final Directory directory;
    private final Clock clock;

    WorkRules(WorkRulesStore store, Directory directory, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<BreakRuleSet> breakRuleSets(Caller caller) {
        caller.require(Role.SUPERVISOR);
        return store.breakRuleSets(caller.workspaceId());
    }

    @Transactional
    public BreakRuleSet saveBreakRuleSet(Caller caller, @Nullable UUID id, BreakRuleSetBody body) {
        caller.require(Role.SUPERVISOR);
        if (id != null) {
            store.breakRuleSet(caller.workspaceId(), id).orElseThrow(() -> new NotFoundException("Break rule set", id));
        }
        if (body.tiers() == null || body.tiers().isEmpty()) {
            throw new InvalidRequestException("tiers", "needs at least one tier");
        }
        try {
            new BreakRules(body.tiers());
        } catch (IllegalArgumentException invalid) {
            throw new InvalidRequestException("tiers", invalid.getMessage());
        }
        BreakRuleSet set = new BreakRuleSet(id == null ? Ids.newId() : id, name(body.name()), List.copyOf(body.tiers()));
        store.saveBreakRuleSet(caller.workspaceId(), set, clock.instant());
        return store.breakRuleSet(caller.workspaceId(), set.id()).orElseThrow();
    }

    @Transactional
    public void deleteBreakRuleSet(Caller caller, UUID id) {
        caller.require(Role.SUPERVISOR);
        if (!store.deleteBreakRuleSet(caller.workspaceId(), id)) {
            throw new NotFoundException("Break rule set", id);
        }
    }

    @Transactional(readOnly = true)
    public List<ContractTemplate> contractTemplates(Caller caller) {
        caller.require(Role.SUPERVISOR);
        return store.contractTemplates(caller.workspaceId());
    }

    @Transactional
    public ContractTemplate saveContractTemplate(Caller caller, @Nullable UUID id, ContractTemplateBody body) {
        caller.require(Role.SUPERVISOR);
        if (id != null) {
            store.contractTemplate(caller.workspaceId(), id).orElseThrow(() -> new NotFoundException("Contract template", id));
        }
        ContractTerms terms = body.terms() == null ? ContractTerms.none() : body.terms();
        terms.contract("terms");
        if (body.breakRuleSetId() != null && store.breakRuleSet(caller.workspaceId(), body.breakRuleSetId()).isEmpty()) {
            throw new InvalidRequestException("breakRuleSetId", "is not a break rule set of this workspace");
        }
        ContractTemplate template = new ContractTemplate(id == null ? Ids.newId() : id, name(body.name()), terms, body.breakRuleSetId());
        store.saveContractTemplate(caller.workspaceId(), template, clock.instant());
        return store.contractTemplate(caller.workspaceId(), template.id()).orElseThrow();
    }

    @Transactional
    public void deleteContractTemplate(Caller caller, UUID id) {
        caller.require(Role.SUPERVISOR);
        if (!store.deleteContractTemplate(caller.workspaceId(), id)) {
            throw new NotFoundException("Contract template", id);
        }
    }

    /** Every active agent of the workspace with their rules, by name. */
    @Transactional(readOnly = true)
    public List<AgentWorkRules> agents(Caller caller) {
        caller.require(Role.SUPERVISOR);
        Map<UUID, WorkRulesStore.AgentRow> rows = store.agents(caller.workspaceId()).stream()
                .collect(Collectors.toMap(WorkRulesStore.AgentRow::userId, Function.identity()));
        Catalog catalog = catalog(caller.workspaceId());
        return directory.members(caller.workspaceId()).stream()
                .filter(member -> member.active() && member.role() == Role.AGENT)
                .sorted(java.util.Comparator.comparing(StaffMember::displayName, String.CASE_INSENSITIVE_ORDER))
                .map(member -> shown(member, rows.getOrDefault(member.id().value(), WorkRulesStore.AgentRow.empty(member.id().value())), catalog))
                .toList();
    }

    @Transactional(readOnly = true)
    public AgentWorkRules agent(Caller caller, UUID userId) {
        caller.require(Role.SUPERVISOR);
        return shown(member(caller, userId), store.agent(caller.workspaceId(), userId), catalog(caller.workspaceId()));
    }

    @Transactional
    public AgentWorkRules assign(Caller caller, UUID userId, AgentRulesBody body) {
        caller.require(Role.SUPERVISOR);
        member(caller, userId);
        if (body.contractTemplateId() != null && store.contractTemplate(caller.workspaceId(), body.contractTemplateId()).isEmpty()) {
            throw new InvalidRequestException("contractTemplateId", "is not a contract template of this workspace");
        }
        WorkRulesStore.AgentRow current = store.agent(caller.workspaceId(), userId);
        ContractTerms overrides = body.overrides() == null ? ContractTerms.none() : body.overrides();
        Catalog catalog = catalog(caller.workspaceId());
        overrides.over(catalog.termsOf(body.contractTemplateId())).contract("overrides");
        AgentAvailability availability = body.availability() == null ? AgentAvailability.anyTime() : body.availability().validated("availability");
        AgentPreferences preferences = body.preferences() == null ? AgentPreferences.none() : body.preferences().validated();
        store.saveAgent(caller.workspaceId(), new WorkRulesStore.AgentRow(userId, body.contractTemplateId(), overrides, availability,
                current.pendingAvailability(), current.pendingSince(), preferences), caller.userId().value(), clock.instant());
        return agent(caller, userId);
    }

    /** Approving puts the agent's requested availability in force; declining drops it. */
    @Transactional
    public AgentWorkRules decideAvailability(Caller caller, UUID userId, boolean approve) {
        caller.require(Role.SUPERVISOR);
        member(caller, userId);
        WorkRulesStore.AgentRow current = store.agent(caller.workspaceId(), userId);
        if (current.pendingAvailability() == null) {
            throw new UnprocessableException("This agent has no availability change waiting.");
        }
        store.saveAgent(caller.workspaceId(), new WorkRulesStore.AgentRow(userId, current.contractTemplateId(), current.overrides(),
                approve ? current.pendingAvailability() : current.availability(), null, null, current.preferences()),
                caller.userId().value(), clock.instant());
        return agent(caller, userId);
    }

    @Transactional(readOnly = true)
    public AgentWorkRules mine(Caller caller) {
        return shown(member(caller, caller.userId().value()), store.agent(caller.workspaceId(), caller.userId().value()), catalog(caller.workspaceId()));
    }

    @Transactional
    public AgentWorkRules setMyPreferences(Caller caller, AgentPreferences preferences) {
        WorkRulesStore.AgentRow current = store.agent(caller.workspaceId(), caller.userId().value());
        store.saveAgent(caller.workspaceId(), new WorkRulesStore.AgentRow(current.userId(), current.contractTemplateId(), current.overrides(),
                current.availability(), current.pendingAvailability(), current.pendingSince(), preferences.validated()),
                caller.userId().value(), clock.instant());
        return mine(caller);
    }

    /** The change waits for a supervisor; asking again replaces the waiting change. */
    @Transactional
    public AgentWorkRules requestMyAvailability(Caller caller, AgentAvailability availability) {
        WorkRulesStore.AgentRow current = store.agent(caller.workspaceId(), caller.userId().value());
        store.saveAgent(caller.workspaceId(), new WorkRulesStore.AgentRow(current.userId(), current.contractTemplateId(), current.overrides(),
                current.availability(), availability.validated("availability"), clock.instant(), current.preferences()),
                caller.userId().value(), clock.instant());
        return mine(caller);
    }

    /** Each agent's stored rules as the solver needs them; agents without stored rules are absent (full time, any time). */
    Map<UUID, SolverTerms> solverTerms(WorkspaceId workspace) {
        Catalog catalog = catalog(workspace);
        return store.agents(workspace).stream().collect(Collectors.toMap(WorkRulesStore.AgentRow::userId, row -> {
            ContractTerms effective = row.overrides().over(catalog.termsOf(row.contractTemplateId()));
            return new SolverTerms(effective.contract("overrides"), row.availability().availability(effective.fixedDaysOff(), "availability"),
                    row.preferences().preferences(), catalog.breakRulesOf(row.contractTemplateId()));
        }));
    }

    /** The workspace's break rule sets by id, for shift templates that name one. */
    Map<UUID, BreakRules> breakRulesById(WorkspaceId workspace) {
        return store.breakRuleSets(workspace).stream().collect(Collectors.toMap(BreakRuleSet::id, BreakRuleSet::rules));
    }

    /** The workspace's templates and break rule sets, read once per call. */
    private record Catalog(Map<UUID, ContractTemplate> templates, Map<UUID, BreakRuleSet> breakRuleSets) {

        ContractTerms termsOf(@Nullable UUID templateId) {
            @Nullable ContractTemplate template = templateId == null ? null : templates.get(templateId);
            return template == null ? ContractTerms.none() : template.terms();
        }

        @Nullable BreakRuleSet breakRuleSetOf(@Nullable UUID templateId) {
            @Nullable ContractTemplate template = templateId == null ? null : templates.get(templateId);
            return template == null || template.breakRuleSetId() == null ? null : breakRuleSets.get(template.breakRuleSetId());
        }

        @Nullable BreakRules breakRulesOf(@Nullable UUID templateId) {
            @Nullable BreakRuleSet set = breakRuleSetOf(templateId);
            return set == null ? null : set.rules();
        }
    }

    private Catalog catalog(WorkspaceId workspace) {
        return new Catalog(store.contractTemplates(workspace).stream().collect(Collectors.toMap(ContractTemplate::id, Function.identity())),
                store.breakRuleSets(workspace).stream().collect(Collectors.toMap(BreakRuleSet::id, Function.identity())));
    }

    private AgentWorkRules shown(StaffMember member, WorkRulesStore.AgentRow row, Catalog catalog) {
        @Nullable ContractTemplate template = row.contractTemplateId() == null ? null : catalog.templates().get(row.contractTemplateId());
        @Nullable BreakRuleSet breakRules = catalog.breakRuleSetOf(row.contractTemplateId());
        return new AgentWorkRules(member.id().value(), member.displayName(), row.contractTemplateId(), template == null ? null : template.name(),
                row.overrides(), row.overrides().over(catalog.termsOf(row.contractTemplateId())), breakRules == null ? null : breakRules.name(),
                row.availability(), row.pendingAvailability(), row.pendingSince(), row.preferences());
    }

    private StaffMember member(Caller caller, UUID userId) {
        return directory.member(caller.workspaceId(), new UserId(userId)).filter(StaffMember::active)
                .orElseThrow(() -> new NotFoundException("Agent", userId));
    }

    private static String name(@Nullable String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new InvalidRequestException("name", "is required, at most 100 characters");
        }
        return name.strip();
    }
}
