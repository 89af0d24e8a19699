package dev.frontline.routing.internal;

import dev.frontline.routing.RoutingProfile;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.UserId;
import dev.frontline.shared.WorkspaceId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code routing_profiles} table. A member without a row has the default profile; the row is created
 * when first needed because it is also the lock that serialises offers to its agent.
 */
@Component
public class ProfileStore {

    private static final String COLUMNS = "user_id, skills, languages, chat_capacity, email_capacity, "
            + "messaging_capacity, voice_capacity, total_capacity, auto_accept, chat_during_calls";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProfileStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<RoutingProfile> find(WorkspaceId workspace, UserId user) {
        return jdbc.sql("select " + COLUMNS + " from routing_profiles where workspace_id = ? and user_id = ?")
                .params(workspace.value(), user.value()).query(this::profile).optional();
    }

    public Map<UserId, RoutingProfile> all(WorkspaceId workspace) {
        Map<UserId, RoutingProfile> all = new HashMap<>();
        jdbc.sql("select " + COLUMNS + " from routing_profiles where workspace_id = ?").param(workspace.value())
                .query(this::profile).list().forEach(profile -> all.put(profile.userId(), profile));
        return all;
    }

    public void ensure(WorkspaceId workspace, Collection<UserId> users) {
        for (UserId user : users) {
            jdbc.sql("insert into routing_profiles (user_id, workspace_id) values (?, ?) on conflict do nothing")
                    .params(user.value(), workspace.value()).update();
        }
    }

    public void save(WorkspaceId workspace, RoutingProfile profile) {
        ensure(workspace, List.of(profile.userId()));
        RoutingProfile.Capacity c = profile.capacity();
        jdbc.sql("""
                update routing_profiles set skills = ?, languages = ?, chat_capacity = ?, email_capacity = ?,
                messaging_capacity = ?, voice_capacity = ?, total_capacity = ?, auto_accept = ?, chat_during_calls = ?
                where workspace_id = ? and user_id = ?""")
                .params(json.writeValueAsString(new TreeMap<>(profile.skills())), String.join(",", profile.languages()),
                        c.chat(), c.email(), c.messaging(), c.voice(), c.total(), profile.autoAccept(), profile.chatDuringCalls(), workspace.value(),
                        profile.userId().value())
                .update();
    }

    /** Locks the agent's row until the transaction ends, waiting for another holder. */
    public RoutingProfile lock(WorkspaceId workspace, UserId user) {
        ensure(workspace, List.of(user));
        return jdbc.sql("select " + COLUMNS + " from routing_profiles where workspace_id = ? and user_id = ? for update")
                .params(workspace.value(), user.value()).query(this::profile).single();
    }

    /** Locks the agent's row if nobody holds it; empty if another transaction (on any node) does. */
    public Optional<RoutingProfile> tryLock(WorkspaceId workspace, UserId user) {
        return jdbc.sql("select " + COLUMNS + " from routing_profiles where workspace_id = ? and user_id = ? for update skip locked")
                .params(workspace.value(), user.value()).query(this::profile).optional();
    }

    /** The agents ordered longest idle first: never offered, then oldest last offer; ties keep the given order. */
    public List<UserId> longestIdleFirst(WorkspaceId workspace, List<UserId> agents) {
        if (agents.isEmpty()) {
            return List.of();
        }
        Map<UUID, @Nullable Instant> lastOffered = new HashMap<>();
        jdbc.sql("select user_id, last_offered_at from routing_profiles where workspace_id = :ws and user_id in (:ids)")
                .param("ws", workspace.value())
                .param("ids", agents.stream().map(UserId::value).toList())
                .query((rs, n) -> {
                    lastOffered.put(rs.getObject("user_id", UUID.class), Timestamps.read(rs, "last_offered_at"));
                    return null;
                }).list();
        return agents.stream()
                .sorted(Comparator.comparing((UserId agent) -> lastOffered.get(agent.value()),
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList();
    }

    public void offered(WorkspaceId workspace, UserId user, Instant at) {
        jdbc.sql("update routing_profiles set last_offered_at = ? where workspace_id = ? and user_id = ?")
                .params(Timestamps.sql(at), workspace.value(), user.value()).update();
    }

    private RoutingProfile profile(ResultSet rs, int row) throws SQLException {
        Map<String, Integer> skills = json.readValue(rs.getString("skills"), new TypeReference<Map<String, Integer>>() { });
        String languages = rs.getString("languages");
        Set<String> languageSet = languages.isBlank() ? Set.of()
                : Arrays.stream(languages.split(",")).collect(Collectors.toCollection(LinkedHashSet::new));
        return new RoutingProfile(new UserId(rs.getObject("user_id", UUID.class)), skills, languageSet,
                new RoutingProfile.Capacity(rs.getInt("chat_capacity"), rs.getInt("email_capacity"),
                        rs.getInt("messaging_capacity"), rs.getInt("voice_capacity"), rs.getInt("total_capacity")),
                rs.getBoolean("auto_accept"), rs.getBoolean("chat_during_calls"));
    }
}
