package dev.frontline.channels.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.frontline.channels.Channel;
import dev.frontline.channels.InboundDelivery;
import dev.frontline.conversations.MessageReceived;
import dev.frontline.conversations.NewAttachment;
import dev.frontline.shared.PayloadTooLargeException;
import dev.frontline.support.IntegrationTest;
import dev.frontline.support.TestWorkspaces;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Concurrent SMS/WhatsApp/Messenger webhooks are stored together (group commit) and keep every guarantee of one
 * webhook per transaction. To put the messages into one batch for certain, the group commit's worker is held inside
 * the transaction of a first message (a listener of its {@link MessageReceived}) until every other caller is
 * waiting; all of them then make up the next batch.
 */
@IntegrationTest
class MessagingGroupCommitIntegrationTests {

    @Autowired
    TestWorkspaces workspaces;

    @Autowired
    MessagingInbound inbound;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessagingNumbers numbers;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    ApplicationEventMulticaster multicaster;

    final CountDownLatch workerHeld = new CountDownLatch(1);
    final CountDownLatch workerMayGoOn = new CountDownLatch(1);
    final String blocker = "SM-blocker-" + UUID.randomUUID();
    final ApplicationListener<ApplicationEvent> holdTheWorker = event -> {
        if (event instanceof PayloadApplicationEvent<?> published
                && published.getPayload() instanceof MessageReceived received
                && blocker.equals(received.externalId())) {
            workerHeld.countDown();
            try {
                workerMayGoOn.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    };

    @AfterEach
    void removeTheListener() {
        workerMayGoOn.countDown();
        multicaster.removeApplicationListener(holdTheWorker);
    }

    @Test
    void duplicatesInOneBatchAreStoredOnceAndAPoisonMessageFailsOnlyItsOwnWebhook() throws Exception {
        var workspace = workspaces.create();
        UUID inbox = workspace.inbox(Channel.SMS);
        String run = UUID.randomUUID().toString().substring(0, 8);
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        context.addApplicationListener(holdTheWorker);

        List<Call> calls = new ArrayList<>();
        calls.add(call(workspace.id(), inbox, message("+4915100000000", blocker, at, List.of())));
        assertThat(workerHeld.await(20, TimeUnit.SECONDS)).isTrue();
        for (int i = 1; i <= 6; i++) {
            // Every message twice, as a provider retrying at once does: both copies in the batch.
            Incoming text = message("+49151000000" + String.format("%02d", i), "SM-" + run + "-" + i, at.plusSeconds(i),
                    List.of());
            calls.add(call(workspace.id(), inbox, text));
            calls.add(call(workspace.id(), inbox, text));
        }
        Call poison = call(workspace.id(), inbox, message("+4915100000099", "SM-" + run + "-poison", at,
                List.of(new NewAttachment("huge.bin", "application/octet-stream", new byte[100 * 1024]))));
        calls.add(poison);
        await().atMost(Duration.ofSeconds(20)).until(() -> calls.stream().allMatch(Call::waiting));
        workerMayGoOn.countDown();

        for (Call call : calls) {
            call.result().get(30, TimeUnit.SECONDS);
        }
        assertThat(poison.failure().get()).isInstanceOf(PayloadTooLargeException.class);
        assertThat(messageCount("SM-" + run + "-poison")).isZero();
        for (int i = 1; i <= 6; i++) {
            Call first = calls.get(2 * i - 1);
            Call second = calls.get(2 * i);
            assertThat(first.failure().get()).isNull();
            assertThat(second.failure().get()).isNull();
            assertThat(second.stored().get().received().messageId())
                    .isEqualTo(first.stored().get().received().messageId());
            assertThat(messageCount("SM-" + run + "-" + i)).isEqualTo(1);
            assertThat(lastInboundAt(inbox, "+49151000000" + String.format("%02d", i))).isEqualTo(at.plusSeconds(i));
        }
        assertThat(messageCount(blocker)).isEqualTo(1);

        // Delivered again later (another batch), a message is recognised as stored before.
        InboundDelivery.Stored again = inbound.receive(workspace.id(), inbox,
                message("+4915100000001", "SM-" + run + "-1", at.plusSeconds(1), List.of()).message());
        assertThat(again.received().duplicate()).isTrue();
        assertThat(messageCount("SM-" + run + "-1")).isEqualTo(1);
    }

    @Test
    void aBatchMovesEachNumbersLastMessageTimeForwardAndNeverBack() {
        UUID inbox = workspaces.create().inbox(Channel.SMS);
        Instant at = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        numbers.wroteAll(inbox, new TreeMap<>(Map.of("+4915100000001", at, "+4915100000002", at)));

        numbers.wroteAll(inbox, new TreeMap<>(Map.of("+4915100000001", at.minusSeconds(60),
                "+4915100000002", at.plusSeconds(60), "+4915100000003", at.plusSeconds(5))));

        assertThat(lastInboundAt(inbox, "+4915100000001")).isEqualTo(at);
        assertThat(lastInboundAt(inbox, "+4915100000002")).isEqualTo(at.plusSeconds(60));
        assertThat(lastInboundAt(inbox, "+4915100000003")).isEqualTo(at.plusSeconds(5));
    }

    private record Incoming(MessagingInbound.Incoming message) {
    }

    private Incoming message(String from, String id, Instant at, List<NewAttachment> attachments) {
        return new Incoming(new MessagingInbound.Incoming(from, null, id, "Where is my parcel? " + id, attachments, at,
                Map.of("sms", Map.of("from", from))));
    }

    /** A webhook's call on its own platform thread, whose state shows when it waits for its batch. */
    private record Call(Thread thread, CompletableFuture<Void> result, AtomicReference<InboundDelivery.Stored> stored,
                        AtomicReference<Throwable> failure) {

        boolean waiting() {
            return thread.getState() == Thread.State.WAITING || result.isDone();
        }
    }

    private Call call(dev.frontline.shared.WorkspaceId workspace, UUID inbox, Incoming incoming) {
        CompletableFuture<Void> result = new CompletableFuture<>();
        AtomicReference<InboundDelivery.Stored> stored = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread thread = Thread.ofPlatform().start(() -> {
            try {
                stored.set(inbound.receive(workspace, inbox, incoming.message()));
            } catch (RuntimeException e) {
                failure.set(e);
            } finally {
                result.complete(null);
            }
        });
        return new Call(thread, result, stored, failure);
    }

    private long messageCount(String externalId) {
        return jdbc.sql("select count(*) from messages where external_id = ?").param(externalId).query(Long.class)
                .single();
    }

    private Instant lastInboundAt(UUID inbox, String phone) {
        return jdbc.sql("select last_inbound_at from messaging_numbers where inbox_id = ? and phone = ?")
                .params(inbox, phone)
                .query((rs, n) -> dev.frontline.shared.Timestamps.read(rs, "last_inbound_at"))
                .single();
    }
}
