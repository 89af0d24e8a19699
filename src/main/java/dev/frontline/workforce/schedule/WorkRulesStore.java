package dev.frontline.workforce.schedule;

import static dev.frontline.workforce.schedule.ScheduleStore.JSON;

import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;

/** The work rule tables; every query is scoped to a workspace. */
@Component
class WorkRulesStore {

    /** An agent's stored row; the JSON columns already read. */
    record AgentRow(UUID userId, @Nullable UUID contractTemplateId, ContractTerms overrides, AgentAvailability availability,
                    @Nullable AgentAvailability pendingAvailability, @Nullable Instant pendingSince, AgentPreferences preferences) {

        static AgentRow empty(UUID userId) {
            return new AgentRow(userId, null, ContractTerms.none(), AgentAvailability.anyTime(), null, null, AgentPreferences.none());
        }
    }

    private final JdbcClient jdbc;

    WorkRulesStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BreakRuleSet> breakRuleSets(WorkspaceId workspace) {
        return jdbc.sql("select id, name, tiers from workforce_break_rule_sets where workspace_id = ? order by name")
                .param(workspace.value()).query(WorkRulesStore::breakRuleSet).list();
    }

    Optional<BreakRuleSet> breakRuleSet(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select id, name, tiers from workforce_break_rule_sets where workspace_id = ? and id = ?")
                .params(workspace.value(), id).query(WorkRulesStore::breakRuleSet).optional();
    }

    void saveBreakRuleSet(WorkspaceId workspace, BreakRuleSet set, Instant now) {
        int updated = jdbc.sql("update workforce_break_rule_sets set name = ?, tiers = ? where workspace_id = ? and id = ?")
                .params(set.name(), JSON.writeValueAsString(set.tiers()), workspace.value(), set.id()).update();
        if (updated == 0) {
            jdbc.sql("insert into workforce_break_rule_sets (id, workspace_id, name, tiers, created_at) values (?, ?, ?, ?, ?)")
                    .params(set.id(), workspace.value(), set.name(), JSON.writeValueAsString(set.tiers()), Timestamps.sql(now)).update();
        }
    }

    boolean deleteBreakRuleSet(WorkspaceId workspace, UUID id) {
        return jdbc.sql("delete from workforce_break_rule_sets where workspace_id = ? and id = ?").params(workspace.value(), id).update() == 1;
    }

    List<ContractTemplate> contractTemplates(WorkspaceId workspace) {
        return jdbc.sql("select id, name, terms, break_rule_set_id from workforce_contract_templates where workspace_id = ? order by name")
                .param(workspace.value()).query(WorkRulesStore::contractTemplate).list();
    }

    Optional<ContractTemplate> contractTemplate(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select id, name, terms, break_rule_set_id from workforce_contract_templates where workspace_id = ? and id = ?")
                .params(workspace.value(), id).query(WorkRulesStore::contractTemplate).optional();
    }

    void saveContractTemplate(WorkspaceId workspace, ContractTemplate template, Instant now) {
        int updated = jdbc.sql("update workforce_contract_templates set name = ?, terms = ?, break_rule_set_id = ? where workspace_id = ? and id = ?")
                .params(template.name(), JSON.writeValueAsString(template.terms()), template.breakRuleSetId(), workspace.value(), template.id())
                .update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into workforce_contract_templates (id, workspace_id, name, terms, break_rule_set_id, created_at)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(template.id(), workspace.value(), template.name(), JSON.writeValueAsString(template.terms()), template.breakRuleSetId(),
                            Timestamps.sql(now))
                    .update();
        }
    }

    boolean deleteContractTemplate(WorkspaceId workspace, UUID id) {
        return jdbc.sql("delete from workforce_contract_templates where workspace_id = ? and id = ?").params(workspace.value(), id).update() == 1;
    }

    List<AgentRow> agents(WorkspaceId workspace) {
        return jdbc.sql("select * from workforce_agent_work_rules where workspace_id = ?").param(workspace.value())
                .query(WorkRulesStore::agentRow).list();
    }

    AgentRow agent(WorkspaceId workspace, UUID userId) {
        return jdbc.sql("select * from workforce_agent_work_rules where workspace_id = ? and user_id = ?").params(workspace.value(), userId)
                .query(WorkRulesStore::agentRow).optional().orElse(AgentRow.empty(userId));
    }

    /** Writes the whole row; the first write for an agent inserts it (two first writes at once: one fails on the key, a 409). */
    void saveAgent(WorkspaceId workspace, AgentRow row, UUID by, Instant now) {
        Object[] values = {row.contractTemplateId(), JSON.writeValueAsString(row.overrides()), JSON.writeValueAsString(row.availability()),
                row.pendingAvailability() == null ? null : JSON.writeValueAsString(row.pendingAvailability()),
                row.pendingSince() == null ? null : Timestamps.sql(row.pendingSince()), JSON.writeValueAsString(row.preferences()),
                Timestamps.sql(now), by, workspace.value(), row.userId()};
        int updated = jdbc.sql("""
                update workforce_agent_work_rules set contract_template_id = ?, overrides = ?, availability = ?, pending_availability = ?,
                pending_since = ?, preferences = ?, updated_at = ?, updated_by = ? where workspace_id = ? and user_id = ?""")
                .params(values).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into workforce_agent_work_rules (contract_template_id, overrides, availability, pending_availability, pending_since,
                    preferences, updated_at, updated_by, workspace_id, user_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(values).update();
        }
    }

    private static BreakRuleSet breakRuleSet(ResultSet rs, int row) throws SQLException {
        return new BreakRuleSet(rs.getObject("id", UUID.class), rs.getString("name"),
                JSON.readValue(rs.getString("tiers"), new TypeReference<List<BreakRules.Tier>>() { }));
    }

    private static ContractTemplate contractTemplate(ResultSet rs, int row) throws SQLException {
        return new ContractTemplate(rs.getObject("id", UUID.class), rs.getString("name"), JSON.readValue(rs.getString("terms"), ContractTerms.class),
                rs.getObject("break_rule_set_id", UUID.class));
    }

    private static AgentRow agentRow(ResultSet rs, int row) throws SQLException {
        @Nullable String pending = rs.getString("pending_availability");
        return new AgentRow(rs.getObject("user_id", UUID.class), rs.getObject("contract_template_id", UUID.class),
                JSON.readValue(rs.getString("overrides"), ContractTerms.class), JSON.readValue(rs.getString("availability"), AgentAvailability.class),
                pending == null ? null : JSON.readValue(pending, AgentAvailability.class), Timestamps.read(rs, "pending_since"),
                JSON.readValue(rs.getString("preferences"), AgentPreferences.class));
    }
}
