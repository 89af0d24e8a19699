package dev.frontline.conversations;

import dev.frontline.shared.Caller;
import dev.frontline.shared.Ids;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The custom attributes a workspace defines; admins manage them. A conversation's attributes with a
 * defined key must match the definition's type (and options); undefined keys stay free-form, so
 * integrations can store what they need before anyone defines it.
 */
@Service
public class AttributeDefinitions {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    AttributeDefinitions(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<AttributeDefinition> list(WorkspaceId workspace) {
        return jdbc.sql("select * from attribute_definitions where workspace_id = ? order by applies_to, attr_key")
                .param(workspace.value()).query(this::definition).list();
    }

    @Transactional
    public AttributeDefinition define(Caller caller, String key, String label, AttributeDefinition.Type type,
                                      @Nullable List<String> options, AttributeDefinition.AppliesTo appliesTo) {
        caller.require(Role.ADMIN);
        if (!KEY.matcher(key).matches()) {
            throw new InvalidRequestException("key", "must match [a-z][a-z0-9_]{0,63}");
        }
        UUID id = Ids.newId();
        jdbc.sql("""
                insert into attribute_definitions (id, workspace_id, applies_to, attr_key, label, type, options, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, caller.workspaceId().value(), appliesTo.name(), key, label, type.name(),
                        json.writeValueAsString(checkedOptions(type, options)), Timestamps.sql(clock.instant()))
                .update();
        return get(caller.workspaceId(), id);
    }

    /** Changes the label, and the options of a list; the key, type and target stay, since values depend on them. */
    @Transactional
    public AttributeDefinition change(Caller caller, UUID id, @Nullable String label, @Nullable List<String> options) {
        caller.require(Role.ADMIN);
        AttributeDefinition definition = get(caller.workspaceId(), id);
        jdbc.sql("update attribute_definitions set label = ?, options = ? where workspace_id = ? and id = ?")
                .params(label == null ? definition.label() : label,
                        json.writeValueAsString(options == null ? definition.options() : checkedOptions(definition.type(), options)),
                        caller.workspaceId().value(), id)
                .update();
        return get(caller.workspaceId(), id);
    }

    @Transactional
    public void delete(Caller caller, UUID id) {
        caller.require(Role.ADMIN);
        get(caller.workspaceId(), id);
        jdbc.sql("delete from attribute_definitions where workspace_id = ? and id = ?")
                .params(caller.workspaceId().value(), id).update();
    }

    /** Fails with 400 naming the first attribute that does not match its conversation definition; null removes. */
    void check(WorkspaceId workspace, Map<String, @Nullable Object> changes) {
        if (changes.isEmpty()) {
            return;
        }
        for (AttributeDefinition definition : jdbc.sql("""
                        select * from attribute_definitions where workspace_id = :workspace and applies_to = 'CONVERSATION'
                        and attr_key in (:keys)""")
                .param("workspace", workspace.value()).param("keys", changes.keySet())
                .query(this::definition).list()) {
            Object value = changes.get(definition.key());
            if (value != null && !matches(definition, value)) {
                throw new InvalidRequestException("customAttributes." + definition.key(), switch (definition.type()) {
                    case TEXT -> "must be text";
                    case NUMBER -> "must be a number";
                    case DATE -> "must be a date (2026-11-25) or an instant (2026-11-25T10:00:00Z)";
                    case LIST -> "must be one of " + definition.options();
                });
            }
        }
    }

    private static boolean matches(AttributeDefinition definition, Object value) {
        return switch (definition.type()) {
            case TEXT -> value instanceof String;
            case NUMBER -> value instanceof Number;
            case DATE -> value instanceof String text && isDate(text);
            case LIST -> value instanceof String text && definition.options().contains(text);
        };
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException notADate) {
            try {
                Instant.parse(text);
                return true;
            } catch (DateTimeParseException notAnInstant) {
                return false;
            }
        }
    }

    private static List<String> checkedOptions(AttributeDefinition.Type type, @Nullable List<String> options) {
        List<String> given = options == null ? List.of() : options.stream().map(String::strip).distinct().toList();
        if (type == AttributeDefinition.Type.LIST && (given.isEmpty() || given.stream().anyMatch(String::isEmpty))) {
            throw new InvalidRequestException("options", "must list at least one non-empty option for a LIST");
        }
        if (type != AttributeDefinition.Type.LIST && !given.isEmpty()) {
            throw new InvalidRequestException("options", "only apply to LIST attributes");
        }
        return given;
    }

    private AttributeDefinition get(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select * from attribute_definitions where workspace_id = ? and id = ?")
                .params(workspace.value(), id).query(this::definition).optional()
                .orElseThrow(() -> new NotFoundException("Attribute definition", id));
    }

    private AttributeDefinition definition(ResultSet rs, int n) throws SQLException {
        return new AttributeDefinition(rs.getObject("id", UUID.class), rs.getString("attr_key"), rs.getString("label"),
                AttributeDefinition.Type.valueOf(rs.getString("type")), json.readValue(rs.getString("options"), STRINGS),
                AttributeDefinition.AppliesTo.valueOf(rs.getString("applies_to")));
    }
}
