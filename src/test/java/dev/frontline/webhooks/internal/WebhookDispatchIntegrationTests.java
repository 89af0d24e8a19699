package dev.frontline.webhooks.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.frontline.channels.Channel;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestApi;
import dev.frontline.support.TestWorkspaces;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The dispatcher against a slow receiver on loopback (each answer takes 400 ms): while other "nodes" run rounds
 * of their own at the same time, every delivery is sent exactly once, and deliveries go out side by side rather
 * than one after another.
 */
@IntegrationTest
class WebhookDispatchIntegrationTests {

    private static final int MESSAGES = 6;

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    WebhookDispatcher dispatcher;

    @Autowired
    JdbcClient jdbc;

    HttpServer receiver;
    ExecutorService receiverThreads;
    final Map<String, AtomicInteger> requestsPerDelivery = new ConcurrentHashMap<>();
    final AtomicInteger inFlight = new AtomicInteger();
    final AtomicInteger mostInFlight = new AtomicInteger();

    @BeforeEach
    void startSlowReceiver() throws IOException {
        receiverThreads = Executors.newCachedThreadPool();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.setExecutor(receiverThreads);
        receiver.createContext("/hook", exchange -> {
            int now = inFlight.incrementAndGet();
            mostInFlight.accumulateAndGet(now, Math::max);
            try {
                exchange.getRequestBody().readAllBytes();
                requestsPerDelivery.computeIfAbsent(exchange.getRequestHeaders().getFirst("Frontline-Delivery"),
                        id -> new AtomicInteger()).incrementAndGet();
                Thread.sleep(400);
                exchange.sendResponseHeaders(204, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inFlight.decrementAndGet();
                exchange.close();
            }
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
        receiverThreads.shutdownNow();
    }

    @Test
    void everyDeliveryIsSentOnceWhileOtherNodesSendTooAndDeliveriesGoOutSideBySide() throws Exception {
        TestWorkspaces.Workspace workspace = workspaces.create();
        TestApi admin = workspace.admin().api();
        admin.put("/api/v1/webhook-settings", Map.of("allowPrivateNetwork", true));
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        assertThat(admin.post("/api/v1/webhooks", Map.of("url", url, "eventTypes", List.of("message.received"))).status())
                .isEqualTo(201);

        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService otherNodes = Executors.newFixedThreadPool(2);
        List<Future<?>> rounds = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            rounds.add(otherNodes.submit(() -> {
                while (running.get()) {
                    dispatcher.claimAndSubmit(2); // a round of another node: it claims on its own
                    Thread.sleep(20);
                }
                return null;
            }));
        }
        try {
            for (int i = 0; i < MESSAGES; i++) {
                TestApi.Response written = workspace.agent().api().post("/api/v1/inboxes/" + workspace.inbox(Channel.CHAT)
                        + "/inbound", Map.of("from", Map.of("address", "visitor-" + i), "text", "Hello " + i));
                assertThat(written.status()).isIn(200, 201);
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                    "select count(*) from webhook_deliveries where workspace_id = ? and status = 'delivered'")
                    .param(workspace.id().value()).query(Integer.class).single() == MESSAGES);
        } finally {
            running.set(false);
            for (Future<?> round : rounds) {
                round.get();
            }
            otherNodes.shutdown();
        }

        assertThat(requestsPerDelivery).hasSize(MESSAGES);
        assertThat(requestsPerDelivery.values()).extracting(AtomicInteger::get).containsOnly(1);
        assertThat(mostInFlight.get()).as("deliveries waiting on the slow receiver at the same time").isGreaterThan(1);
    }
}
