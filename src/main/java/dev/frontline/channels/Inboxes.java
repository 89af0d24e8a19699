package dev.frontline.channels;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.frontline.conversations.InboxDirectory;
import dev.frontline.shared.AfterCommit;
import dev.frontline.shared.Ids;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workspace's inboxes. Channel secrets in the settings (mailbox passwords, SMS and WhatsApp tokens) are
 * sealed by each channel's {@link ChannelSettings} before they are stored and an inbox as read shows only that
 * they are set.
 * <p>
 * Single inboxes are kept in memory by id, because every inbound message looks its inbox up (an email
 * twice). A change made on this node is seen at once; one made on another node within
 * {@code frontline.channels.inbox-cache-ttl}. Lists are always read from the database.
 */
@Service
public class Inboxes implements InboxDirectory {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final List<ChannelSettings> channelSettings;
    /** Inboxes by id (ids are unique across workspaces); an inbox not found is not remembered. */
    private final Cache<UUID, Stored> byId;

    /** An inbox as read, with the workspace it belongs to. */
    private record Stored(WorkspaceId workspace, Inbox inbox) {
    }

    Inboxes(JdbcClient jdbc, JsonMapper json, Clock clock, List<ChannelSettings> channelSettings,
            @Value("${frontline.channels.inbox-cache-ttl}") Duration ttl) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.channelSettings = channelSettings;
        this.byId = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
    }

    public Inbox create(WorkspaceId workspace, String name, Channel channel, Map<String, Object> settings) {
        UUID id = Ids.newId();
        jdbc.sql("insert into inboxes (id, workspace_id, name, channel, settings, created_at) values (?, ?, ?, ?, ?, ?)")
                .params(id, workspace.value(), name, channel.name(),
                        json.writeValueAsString(prepare(id, Map.of(), settings)),
                        Timestamps.sql(clock.instant()))
                .update();
        return changed(id);
    }

    public Inbox update(WorkspaceId workspace, UUID id, @Nullable String name, @Nullable Map<String, Object> settings) {
        // Read past the cache: the stored settings hold the sealed passwords a change may keep.
        Map.Entry<String, Map<String, Object>> stored = jdbc.sql(
                        "select name, settings from inboxes where workspace_id = ? and id = ?")
                .params(workspace.value(), id)
                .query((rs, n) -> Map.<String, Map<String, Object>>entry(rs.getString(1), json.readValue(rs.getString(2), MAP)))
                .optional()
                .orElseThrow(() -> new NotFoundException("Inbox", id));
        jdbc.sql("update inboxes set name = ?, settings = ? where workspace_id = ? and id = ?")
                .params(name == null ? stored.getKey() : name, json.writeValueAsString(settings == null
                                ? stored.getValue() : prepare(id, stored.getValue(), settings)),
                        workspace.value(), id)
                .update();
        return changed(id);
    }

    public Inbox get(WorkspaceId workspace, UUID id) {
        return stored(id).filter(stored -> stored.workspace().equals(workspace)).map(Stored::inbox)
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
        return stored(inboxId).filter(stored -> stored.workspace().equals(workspace))
                .map(stored -> new InboxRef(inboxId, stored.inbox().name(), stored.inbox().channel().id()));
    }

    /** The workspace an inbox belongs to, for channel sources that know only the inbox (a mailbox poller). */
    public Optional<WorkspaceId> workspaceOf(UUID inboxId) {
        return stored(inboxId).map(Stored::workspace);
    }

    private Optional<Stored> stored(UUID id) {
        return Optional.ofNullable(byId.get(id, this::load));
    }

    private @Nullable Stored load(UUID id) {
        return jdbc.sql("select * from inboxes where id = ?")
                .param(id)
                .query((rs, n) -> new Stored(new WorkspaceId(rs.getObject("workspace_id", UUID.class)), inbox(rs, n)))
                .optional()
                .orElse(null);
    }

    /**
     * The inbox as just written, read past the cache, which forgets it once the current transaction commits
     * (so an uncommitted change is never cached, and a rolled back one never was).
     */
    private Inbox changed(UUID id) {
        AfterCommit.run(() -> byId.invalidate(id));
        return Objects.requireNonNull(load(id)).inbox();
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
                Collections.unmodifiableMap(redact(json.readValue(rs.getString("settings"), MAP))),
                Timestamps.read(rs, "created_at"));
    }

    private Map<String, Object> prepare(UUID id, Map<String, Object> current, Map<String, Object> incoming) {
        Map<String, Object> prepared = incoming;
        for (ChannelSettings part : channelSettings) {
            prepared = part.prepare(id, current, prepared);
        }
        return prepared;
    }

    private Map<String, Object> redact(Map<String, Object> stored) {
        Map<String, Object> shown = stored;
        for (ChannelSettings part : channelSettings) {
            shown = part.redact(shown);
        }
        return shown;
    }
}
