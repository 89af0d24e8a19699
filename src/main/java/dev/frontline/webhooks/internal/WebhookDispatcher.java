package dev.frontline.webhooks.internal;

import dev.frontline.shared.Timestamps;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.WorkspaceId;
import dev.frontline.webhooks.DestinationPolicy;
import dev.frontline.webhooks.WebhookSignature;
import dev.frontline.webhooks.Webhooks;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries. A 2xx marks a delivery delivered; anything else schedules a retry after
 * {@code initial-backoff * 2^(attempt-1)} until {@code max-attempts}, then marks it failed.
 * Redirects are not followed, so a redirect cannot lead around the destination policy.
 */
@Component
class WebhookDispatcher {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private record Due(UUID id, UUID workspaceId, String url, String secret, String eventType, String payload,
                       int attempts) {
    }

    private final JdbcClient jdbc;
    private final Webhooks webhooks;
    private final Clock clock;
    private final HttpClient http;
    private final Duration initialBackoff;
    private final int maxAttempts;
    private final Duration timeout;

    WebhookDispatcher(JdbcClient jdbc, Webhooks webhooks, Clock clock,
                      @Value("${frontline.webhooks.initial-backoff}") Duration initialBackoff,
                      @Value("${frontline.webhooks.max-attempts}") int maxAttempts,
                      @Value("${frontline.webhooks.timeout}") Duration timeout) {
        this.jdbc = jdbc;
        this.webhooks = webhooks;
        this.clock = clock;
        this.initialBackoff = initialBackoff;
        this.maxAttempts = maxAttempts;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(fixedDelayString = "${frontline.webhooks.poll-interval}")
    void sendDue() {
        List<Due> due = jdbc.sql("""
                select d.id, d.workspace_id, w.url, w.secret, d.event_type, d.payload, d.attempts
                from webhook_deliveries d join webhooks w on w.id = d.webhook_id
                where d.status = 'pending' and d.next_attempt_at <= ?
                order by d.next_attempt_at limit 50""")
                .param(Timestamps.sql(clock.instant()))
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7)))
                .list();
        due.forEach(this::send);
    }

    private void send(Due delivery) {
        int attempt = delivery.attempts() + 1;
        try {
            URI target = DestinationPolicy.check(delivery.url(),
                    webhooks.allowsPrivateNetwork(new WorkspaceId(delivery.workspaceId())));
            HttpRequest request = HttpRequest.newBuilder(target)
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Frontline-Webhooks/1")
                    .header("Frontline-Event", delivery.eventType())
                    .header("Frontline-Delivery", delivery.id().toString())
                    .header(WebhookSignature.HEADER,
                            WebhookSignature.sign(delivery.secret(), clock.instant().getEpochSecond(), delivery.payload()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.payload()))
                    .build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 == 2) {
                record(delivery.id(), "delivered", attempt, response.statusCode(), null, null);
            } else {
                retryOrFail(delivery, attempt, response.statusCode(), "HTTP " + response.statusCode());
            }
        } catch (UnprocessableException refused) {
            record(delivery.id(), "failed", attempt, null, refused.getMessage(), null);
        } catch (IOException e) {
            retryOrFail(delivery, attempt, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void retryOrFail(Due delivery, int attempt, @Nullable Integer statusCode, String error) {
        if (attempt >= maxAttempts) {
            log.warn("Webhook delivery {} failed after {} attempts: {}", delivery.id(), attempt, error);
            record(delivery.id(), "failed", attempt, statusCode, error, null);
        } else {
            Instant next = clock.instant().plus(initialBackoff.multipliedBy(1L << (attempt - 1)));
            record(delivery.id(), "pending", attempt, statusCode, error, next);
        }
    }

    private void record(UUID id, String status, int attempts, @Nullable Integer statusCode, @Nullable String error,
                        @Nullable Instant nextAttempt) {
        jdbc.sql("""
                update webhook_deliveries set status = ?, attempts = ?, last_status_code = ?, last_error = ?,
                    next_attempt_at = ?, delivered_at = ? where id = ?""")
                .params(status, attempts, statusCode, error == null ? null : truncate(error),
                        Timestamps.sql(nextAttempt), "delivered".equals(status) ? Timestamps.sql(clock.instant()) : null, id)
                .update();
    }

    private static String truncate(String error) {
        return error.length() > 1000 ? error.substring(0, 1000) : error;
    }
}
