package dev.frontline.webhooks.internal;

import dev.frontline.shared.Ids;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns each committed workspace event into one pending delivery per subscribed webhook. Runs after
 * the event's transaction through the publication registry; the dispatcher does the sending.
 */
@Component
class WebhookOutbox {

    private record Subscription(UUID id, String eventTypes) {
        boolean wants(String type) {
            return Arrays.stream(eventTypes.split(",")).anyMatch(t -> t.equals("*") || t.equals(type));
        }
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    WebhookOutbox(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(WorkspaceEvent event) {
        var subscriptions = jdbc.sql("select id, event_types from webhooks where workspace_id = ? and active = true")
                .param(event.workspaceId().value())
                .query((rs, n) -> new Subscription(rs.getObject(1, UUID.class), rs.getString(2)))
                .list().stream()
                .filter(s -> s.wants(event.eventType()))
                .toList();
        if (subscriptions.isEmpty()) {
            return;
        }
        UUID eventId = Ids.newId();
        Instant now = clock.instant();
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("id", eventId);
        envelope.put("type", event.eventType());
        envelope.put("workspaceId", event.workspaceId());
        envelope.put("occurredAt", now);
        envelope.put("data", event);
        String payload = json.writeValueAsString(envelope);
        for (Subscription subscription : subscriptions) {
            jdbc.sql("""
                    insert into webhook_deliveries (id, workspace_id, webhook_id, event_id, event_type, payload, status,
                        attempts, next_attempt_at, created_at)
                    values (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)""")
                    .params(Ids.newId(), event.workspaceId().value(), subscription.id(), eventId, event.eventType(),
                            payload, Timestamps.sql(now), Timestamps.sql(now))
                    .update();
        }
    }
}
