package dev.frontline.shared.outbox;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads one outbox sends on. The outbox's scheduled round claims no more rows than {@link #free()}, hands
 * each over with {@link #submit} and returns at once: a slow provider or endpoint holds only these threads, never
 * the scheduler every timer of the node shares (offer expiry, SLA sweeps, snoozes), and what a round claimed
 * starts sending at once, well within its claim. At most {@code threads} sends run at the same time.
 */
public final class OutboxWorkers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxWorkers.class);

    private final String name;
    private final Semaphore slots;
    private final ExecutorService executor;

    public OutboxWorkers(String name, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException(name + ": an outbox needs at least one thread, not " + threads);
        }
        this.name = name;
        this.slots = new Semaphore(threads);
        this.executor = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name(name + "-", 1).daemon(true).factory());
    }

    /** How many sends could start now. */
    public int free() {
        return slots.availablePermits();
    }

    /**
     * Sends on a free thread, waiting for one if rounds run side by side (a round that claimed no more than
     * {@link #free()} rows does not wait otherwise). A row not handed over because the node is stopping stays
     * claimed until its claim expires; then any node sends it.
     */
    public void submit(Runnable send) {
        try {
            slots.acquire();
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    send.run();
                } catch (RuntimeException e) {
                    log.warn("{}: a send failed before its outcome was recorded; the row is sent again when its claim expires: {}",
                            name, e.toString());
                } finally {
                    slots.release();
                }
            });
        } catch (RejectedExecutionException stopping) {
            slots.release();
        }
    }

    /** Lets the sends in flight finish for a few seconds; a send cut short is sent again once its claim expires. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
