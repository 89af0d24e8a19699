package dev.frontline.shared.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OutboxWorkersTests {

    @Test
    void aRoundAskedForWhileOneRunsDoesNotOverlapItButRunsOnceMoreAfterIt() throws Exception {
        CountDownLatch firstRoundStarted = new CountDownLatch(1);
        CountDownLatch releaseFirstRound = new CountDownLatch(1);
        AtomicInteger rounds = new AtomicInteger();
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostRunning = new AtomicInteger();
        try (OutboxWorkers workers = new OutboxWorkers("test", 2, free -> {
            mostRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
            if (rounds.incrementAndGet() == 1) {
                firstRoundStarted.countDown();
                await(releaseFirstRound);
            }
            running.decrementAndGet();
        })) {
            Thread first = Thread.ofPlatform().start(workers::run);
            await(firstRoundStarted);
            workers.run(); // returns at once: the first thread will go round again
            workers.run();
            assertThat(rounds.get()).isEqualTo(1);
            releaseFirstRound.countDown();
            first.join(5_000);
            assertThat(rounds.get()).isEqualTo(2);
            assertThat(mostRunning.get()).isEqualTo(1);
        }
    }

    @Test
    void aFinishedSendStartsTheNextRoundWithItsThreadFreeAgain() throws Exception {
        List<Integer> freeSeen = new CopyOnWriteArrayList<>();
        CountDownLatch secondRound = new CountDownLatch(1);
        // The round hands over one send the first time it runs; the send's end must start a second round.
        OutboxWorkers[] holder = new OutboxWorkers[1];
        holder[0] = new OutboxWorkers("test", 3, free -> {
            freeSeen.add(free);
            if (freeSeen.size() == 1) {
                holder[0].submit(() -> { });
            } else {
                secondRound.countDown();
            }
        });
        try (OutboxWorkers workers = holder[0]) {
            workers.run();
            assertThat(secondRound.await(5, TimeUnit.SECONDS)).as("a round after the send").isTrue();
            assertThat(freeSeen).startsWith(3, 3);
        }
    }

    @Test
    void anErrorThatEndsARoundDoesNotStopTheRoundsAfterIt() {
        AtomicInteger rounds = new AtomicInteger();
        try (OutboxWorkers workers = new OutboxWorkers("test", 1, free -> {
            if (rounds.incrementAndGet() == 1) {
                throw new StackOverflowError("deep");
            }
        })) {
            assertThatThrownBy(workers::run).isInstanceOf(StackOverflowError.class);
            workers.run();
            assertThat(rounds.get()).isEqualTo(2);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(5, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
