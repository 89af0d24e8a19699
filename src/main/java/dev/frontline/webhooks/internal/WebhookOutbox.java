package dev.frontline.webhooks.internal;

import dev.frontline.shared.Ids;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns each workspace event into one pending delivery per subscribed webhook, in the transaction that
 * publishes the event: the deliveries table is itself an outbox, so the deliveries commit or roll back
 * with the change they report, and a workspace without webhooks costs no database work at all. The
 * dispatcher does the sending.
 */
@Component
class WebhookOutbox {

    private final JdbcClient jdbc;
    private final WebhookSubscriptions subscriptions;
    private final JsonMapper json;
    private final Clock clock;

    WebhookOutbox(JdbcClient jdbc, WebhookSubscriptions subscriptions, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void on(WorkspaceEvent event) {
        var wanting = subscriptions.wanting(event.workspaceId(), event.eventType());
        if (wanting.isEmpty()) {
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
        for (var subscription : wanting) {
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
