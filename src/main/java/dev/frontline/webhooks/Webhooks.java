package dev.frontline.webhooks;

import dev.frontline.audit.AuditTrail;
import dev.frontline.shared.Caller;
import dev.frontline.shared.Ids;
import dev.frontline.shared.NotFoundException;
import dev.frontline.shared.Role;
import dev.frontline.shared.Timestamps;
import dev.frontline.shared.WorkspaceId;
import dev.frontline.shared.InvalidRequestException;
import dev.frontline.webhooks.internal.WebhookEventTypes;
import dev.frontline.webhooks.internal.WebhookSubscriptions;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A workspace's webhook subscriptions and settings. Admins only; the secret is shown once, at creation. */
@Service
public class Webhooks {

    public record Webhook(UUID id, String url, Set<String> eventTypes, boolean active, Instant createdAt,
                          @Nullable String secret) {
    }

    public record Delivery(UUID id, UUID eventId, String eventType, String status, int attempts,
                           @Nullable Integer lastStatusCode, @Nullable String lastError,
                           @Nullable Instant nextAttemptAt, Instant createdAt, @Nullable Instant deliveredAt) {
    }

    private final SecureRandom random = new SecureRandom();
    private final JdbcClient jdbc;
    private final WebhookSubscriptions subscriptions;
    private final WebhookEventTypes eventTypes;
    private final AuditTrail audit;
    private final Clock clock;

    Webhooks(JdbcClient jdbc, WebhookSubscriptions subscriptions, WebhookEventTypes eventTypes, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.subscriptions = subscriptions;
        this.eventTypes = eventTypes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Webhook create(Caller caller, String url, Set<String> eventTypes) {
        caller.require(Role.ADMIN);
        DestinationPolicy.check(url, allowsPrivateNetwork(caller.workspaceId()));
        eventTypes.stream().filter(type -> !type.equals("*") && !this.eventTypes.exists(type)).findFirst().ifPresent(type -> {
            throw new InvalidRequestException("eventTypes", "unknown event type " + type + "; see GET /api/v1/webhooks/event-types");
        });
        byte[] secretBytes = new byte[24];
        random.nextBytes(secretBytes);
        String secret = "whsec_" + HexFormat.of().formatHex(secretBytes);
        UUID id = Ids.newId();
        Instant now = clock.instant();
        jdbc.sql("insert into webhooks (id, workspace_id, url, secret, event_types, active, created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, caller.workspaceId().value(), url, secret, String.join(",", new TreeSet<>(eventTypes)), true,
                        Timestamps.sql(now))
                .update();
        subscriptions.changed(caller.workspaceId());
        audit.record(caller, "webhook.created", "webhook", id, Map.of("url", url, "eventTypes", new TreeSet<>(eventTypes)));
        return new Webhook(id, url, new TreeSet<>(eventTypes), true, now, secret);
    }

    /** The event types a subscription can name, besides {@code *} for all of them. */
    public Set<String> eventTypes() {
        return eventTypes.names();
    }

    @Transactional(readOnly = true)
    public List<Webhook> list(Caller caller) {
        caller.require(Role.ADMIN);
        return jdbc.sql("select * from webhooks where workspace_id = ? order by created_at")
                .param(caller.workspaceId().value())
                .query(Webhooks::webhook)
                .list();
    }

    @Transactional
    public void delete(Caller caller, UUID id) {
        caller.require(Role.ADMIN);
        if (jdbc.sql("delete from webhooks where workspace_id = ? and id = ?").params(caller.workspaceId().value(), id).update() == 0) {
            throw new NotFoundException("Webhook", id);
        }
        subscriptions.changed(caller.workspaceId());
        audit.record(caller, "webhook.deleted", "webhook", id, Map.of());
    }

    @Transactional(readOnly = true)
    public List<Delivery> deliveries(Caller caller, UUID webhookId) {
        caller.require(Role.ADMIN);
        boolean exists = jdbc.sql("select count(*) from webhooks where workspace_id = ? and id = ?")
                .params(caller.workspaceId().value(), webhookId).query(Long.class).single() > 0;
        if (!exists) {
            throw new NotFoundException("Webhook", webhookId);
        }
        return jdbc.sql("""
                select * from webhook_deliveries where workspace_id = ? and webhook_id = ?
                order by created_at desc, id desc limit 200""")
                .params(caller.workspaceId().value(), webhookId)
                .query((rs, n) -> new Delivery(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
                        rs.getString("event_type"), rs.getString("status"), rs.getInt("attempts"),
                        (Integer) rs.getObject("last_status_code"), rs.getString("last_error"),
                        Timestamps.read(rs, "next_attempt_at"), Timestamps.read(rs, "created_at"),
                        Timestamps.read(rs, "delivered_at")))
                .list();
    }

    @Transactional
    public boolean changeSettings(Caller caller, boolean allowPrivateNetwork) {
        caller.require(Role.ADMIN);
        int updated = jdbc.sql("update webhook_settings set allow_private_network = ? where workspace_id = ?")
                .params(allowPrivateNetwork, caller.workspaceId().value()).update();
        if (updated == 0) {
            jdbc.sql("insert into webhook_settings (workspace_id, allow_private_network) values (?, ?)")
                    .params(caller.workspaceId().value(), allowPrivateNetwork).update();
        }
        audit.record(caller, "webhook.settings_changed", "workspace", caller.workspaceId(),
                Map.of("allowPrivateNetwork", allowPrivateNetwork));
        return allowPrivateNetwork;
    }

    public boolean allowsPrivateNetwork(WorkspaceId workspace) {
        return jdbc.sql("select allow_private_network from webhook_settings where workspace_id = ?")
                .param(workspace.value()).query(Boolean.class).optional().orElse(false);
    }

    private static Webhook webhook(ResultSet rs, int row) throws SQLException {
        return new Webhook(rs.getObject("id", UUID.class), rs.getString("url"),
                new TreeSet<>(Arrays.asList(rs.getString("event_types").split(","))), rs.getBoolean("active"),
                Timestamps.read(rs, "created_at"), null);
    }
}
