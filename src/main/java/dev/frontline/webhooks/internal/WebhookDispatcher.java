package dev.frontline.webhooks.internal;

import dev.frontline.shared.Timestamps;
import dev.frontline.shared.UnprocessableException;
import dev.frontline.shared.WorkspaceId;
import dev.frontline.shared.outbox.OutboxClaims;
import dev.frontline.shared.outbox.OutboxWorkers;
import dev.frontline.webhooks.DestinationPolicy;
import dev.frontline.webhooks.WebhookSignature;
import dev.frontline.webhooks.Webhooks;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends due deliveries. Each round claims due deliveries ({@link OutboxClaims}: with several nodes, each delivery is
 * sent by one of them) and sends them on the dispatcher's own threads ({@link OutboxWorkers}), so an endpoint that
 * answers slowly holds up neither other deliveries nor the node's timers. Deliveries to one endpoint may arrive
 * in any order, as most platforms' webhooks do; each carries its event's time. A 2xx marks a delivery delivered; anything else schedules a retry after
 * {@code initial-backoff * 2^(attempt-1)} until {@code max-attempts}, then marks it failed.
 * Redirects are not followed, so a redirect cannot lead around the destination policy. For workspaces that
 * do not allow private networks the client's resolver is the destination check ({@link CheckedResolver}), so
 * the connection goes to the address that was checked.
 */
@Component
class WebhookDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private record Due(UUID id, UUID workspaceId, String url, String secret, String eventType, String payload,
                       int attempts) {
    }

    private static final int BATCH = 50;

    private final JdbcClient jdbc;
    private final OutboxClaims claims;
    private final OutboxWorkers workers;
    private final Webhooks webhooks;
    private final Clock clock;
    private final CloseableHttpClient checked;
    private final CloseableHttpClient privateNetworkAllowed;
    private final Duration initialBackoff;
    private final int maxAttempts;
    private final Duration claimTimeout;

    WebhookDispatcher(JdbcClient jdbc, OutboxClaims claims, Webhooks webhooks, Clock clock,
                      @Value("${frontline.webhooks.initial-backoff}") Duration initialBackoff,
                      @Value("${frontline.webhooks.max-attempts}") int maxAttempts,
                      @Value("${frontline.webhooks.timeout}") Duration timeout,
                      @Value("${frontline.webhooks.threads:8}") int threads) {
        this.jdbc = jdbc;
        this.claims = claims;
        this.workers = new OutboxWorkers("webhooks", threads, this::claimAndSubmit);
        // A claimed delivery starts at once (a round claims no more than there are free threads); its claim outlasts
        // the connect and response timeouts together, so no other node sends it meanwhile.
        this.claimTimeout = timeout.multipliedBy(2).plusMinutes(1);
        this.webhooks = webhooks;
        this.clock = clock;
        this.initialBackoff = initialBackoff;
        this.maxAttempts = maxAttempts;
        this.checked = client(new CheckedResolver(), timeout);
        this.privateNetworkAllowed = client(SystemDefaultDnsResolver.INSTANCE, timeout);
    }

    private static CloseableHttpClient client(DnsResolver resolver, Duration timeout) {
        Timeout limit = Timeout.of(timeout);
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(resolver)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(limit).setSocketTimeout(limit).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(limit).build())
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .build();
    }

    @Override
    public void destroy() {
        workers.close();
        checked.close(CloseMode.GRACEFUL);
        privateNetworkAllowed.close(CloseMode.GRACEFUL);
    }

    @Scheduled(fixedDelayString = "${frontline.webhooks.poll-interval}")
    void sendDue() {
        workers.run();
    }

    /** One round: claims up to {@code free} due deliveries and hands them to the dispatcher's threads. */
    void claimAndSubmit(int free) {
        UUID token = claims.claim("webhook_deliveries", Math.min(free, BATCH), claimTimeout);
        jdbc.sql("""
                select d.id, d.workspace_id, w.url, w.secret, d.event_type, d.payload, d.attempts
                from webhook_deliveries d join webhooks w on w.id = d.webhook_id
                where d.claim_token = ?""")
                .param(token)
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7)))
                .list()
                .forEach(delivery -> workers.submit(() -> send(delivery)));
    }

    private void send(Due delivery) {
        int attempt = delivery.attempts() + 1;
        try {
            URI target = DestinationPolicy.parse(delivery.url());
            CloseableHttpClient http = webhooks.allowsPrivateNetwork(new WorkspaceId(delivery.workspaceId()))
                    ? privateNetworkAllowed : checked;
            HttpPost request = new HttpPost(target);
            request.setHeader("User-Agent", "Frontline-Webhooks/1");
            request.setHeader("Frontline-Event", delivery.eventType());
            request.setHeader("Frontline-Delivery", delivery.id().toString());
            request.setHeader(WebhookSignature.HEADER,
                    WebhookSignature.sign(delivery.secret(), clock.instant().getEpochSecond(), delivery.payload()));
            request.setEntity(new StringEntity(delivery.payload(), ContentType.APPLICATION_JSON));
            int status = http.execute(request, response -> {
                EntityUtils.consume(response.getEntity());
                return response.getCode();
            });
            if (status / 100 == 2) {
                record(delivery.id(), "delivered", attempt, status, null, null);
            } else {
                retryOrFail(delivery, attempt, status, "HTTP " + status);
            }
        } catch (UnprocessableException | CheckedResolver.RefusedDestination refused) {
            record(delivery.id(), "failed", attempt, null, refused.getMessage(), null);
        } catch (IOException e) {
            retryOrFail(delivery, attempt, null, e.getClass().getSimpleName() + ": " + e.getMessage());
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
                    next_attempt_at = ?, delivered_at = ?, claim_token = null, claimed_until = null where id = ?""")
                .params(status, attempts, statusCode, error == null ? null : truncate(error),
                        Timestamps.sql(nextAttempt), "delivered".equals(status) ? Timestamps.sql(clock.instant()) : null, id)
                .update();
    }

    private static String truncate(String error) {
        return error.length() > 1000 ? error.substring(0, 1000) : error;
    }
}
