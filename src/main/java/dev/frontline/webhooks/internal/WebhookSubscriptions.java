package dev.frontline.webhooks.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.frontline.shared.AfterCommit;
import dev.frontline.shared.WorkspaceId;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each workspace's active webhooks, kept in memory because every event of every workspace asks for
 * them and most workspaces have none. A change made on this node is seen at once; one made on another
 * node within {@code frontline.webhooks.subscription-cache-ttl}.
 */
@Component
public class WebhookSubscriptions {

    record Subscription(UUID id, Set<String> eventTypes) {
        boolean wants(String type) {
            return eventTypes.contains("*") || eventTypes.contains(type);
        }
    }

    private final JdbcClient jdbc;
    private final Cache<WorkspaceId, List<Subscription>> byWorkspace;

    WebhookSubscriptions(JdbcClient jdbc, @Value("${frontline.webhooks.subscription-cache-ttl}") Duration ttl) {
        this.jdbc = jdbc;
        this.byWorkspace = Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(100_000).build();
    }

    List<Subscription> wanting(WorkspaceId workspace, String eventType) {
        return byWorkspace.get(workspace, this::load).stream().filter(s -> s.wants(eventType)).toList();
    }

    /** Forgets the workspace's subscriptions once the current transaction, which changed them, commits. */
    public void changed(WorkspaceId workspace) {
        AfterCommit.run(() -> byWorkspace.invalidate(workspace));
    }

    private List<Subscription> load(WorkspaceId workspace) {
        return jdbc.sql("select id, event_types from webhooks where workspace_id = ? and active = true")
                .param(workspace.value())
                .query((rs, n) -> new Subscription(rs.getObject(1, UUID.class),
                        Arrays.stream(rs.getString(2).split(",")).collect(Collectors.toUnmodifiableSet())))
                .list();
    }
}
