package dev.frontline.channels;

import dev.frontline.channels.email.transport.EmailSettings;
import dev.frontline.conversations.InboxDirectory;
import dev.frontline.shared.Ids;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workspace's inboxes. Channel secrets in the settings (mailbox passwords) are sealed before they are
 * stored and an inbox as read shows only that they are set.
 */
@Service
public class Inboxes implements InboxDirectory {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final EmailSettings emailSettings;

    Inboxes(JdbcClient jdbc, JsonMapper json, Clock clock, EmailSettings emailSettings) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.emailSettings = emailSettings;
    }

    public Inbox create(WorkspaceId workspace, String name, Channel channel, Map<String, Object> settings) {
        UUID id = Ids.newId();
        jdbc.sql("insert into inboxes (id, workspace_id, name, channel, settings, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, workspace.value(), name, channel.name(),
                        json.writeValueAsString(emailSettings.prepare(id, Map.of(), settings)),
                        Timestamps.sql(clock.instant()))
                .update();
        return get(workspace, id);
    }

    public Inbox update(WorkspaceId workspace, UUID id, @Nullable String name, @Nullable Map<String, Object> settings) {
        Inbox current = get(workspace, id);
        // The stored settings, not the shown ones: they hold the sealed passwords a change may keep.
        Map<String, Object> stored = jdbc.sql("select settings from inboxes where workspace_id = ? and id = ?")
                .params(workspace.value(), id)
                .query((rs, n) -> json.readValue(rs.getString(1), MAP))
                .single();
        jdbc.sql("update inboxes set name = ?, settings = ? where workspace_id = ? and id = ?")
                .params(name == null ? current.name() : name,
                        json.writeValueAsString(settings == null ? stored : emailSettings.prepare(id, stored, settings)),
                        workspace.value(), id)
                .update();
        return get(workspace, id);
    }

    public Inbox get(WorkspaceId workspace, UUID id) {
        return jdbc.sql("select * from inboxes where workspace_id = ? and id = ?")
                .params(workspace.value(), id)
                .query(this::inbox)
                .optional()
                .orElseThrow(() -> new NotFoundException("Inbox", id));
    }

    public List<Inbox> list(WorkspaceId workspace) {
        return jdbc.sql("select * from inboxes where workspace_id = ? order by name, id")
                .param(workspace.value())
                .query(this::inbox)
                .list();
    }

    @Override
    public Optional<InboxRef> find(WorkspaceId workspace, UUID inboxId) {
        return jdbc.sql("select id, name, channel from inboxes where workspace_id = ? and id = ?")
                .params(workspace.value(), inboxId)
                .query(Inboxes::ref)
                .optional();
    }

    /** The workspace an inbox belongs to, for channel sources that know only the inbox (a mailbox poller). */
    public Optional<WorkspaceId> workspaceOf(UUID inboxId) {
        return jdbc.sql("select workspace_id from inboxes where id = ?").param(inboxId)
                .query((rs, n) -> new WorkspaceId(rs.getObject(1, UUID.class))).optional();
    }

    @Override
    public List<InboxRef> all(WorkspaceId workspace) {
        return jdbc.sql("select id, name, channel from inboxes where workspace_id = ?")
                .param(workspace.value())
                .query(Inboxes::ref)
                .list();
    }

    private static InboxRef ref(ResultSet rs, int row) throws SQLException {
        return new InboxRef(rs.getObject("id", UUID.class), rs.getString("name"),
                Channel.valueOf(rs.getString("channel")).id());
    }

    private Inbox inbox(ResultSet rs, int row) throws SQLException {
        return new Inbox(rs.getObject("id", UUID.class), rs.getString("name"), Channel.valueOf(rs.getString("channel")),
                emailSettings.redact(json.readValue(rs.getString("settings"), MAP)), Timestamps.read(rs, "created_at"));
    }
}
