package dev.frontline.shared.outbox;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one outbox on a node: its rounds (claim due rows, hand each to {@link #submit}) and the threads it sends on.
 * A round runs when the scheduler calls {@link #run()}, when a send finishes (a thread is free, and a customer's
 * next reply may have become due) and after {@link #kick()} (a new row was committed), so a backlog keeps every
 * thread busy and a new reply goes out without waiting for the next poll. Rounds never overlap on a node: one asked
 * for while another runs makes that one go round again. A round claims no more rows than there are free threads, so
 * what it claimed starts at once, well within its claim, and a slow provider or endpoint holds only these threads,
 * never the scheduler every timer of the node shares (offer expiry, SLA sweeps, snoozes).
 */
public final class OutboxWorkers implements AutoCloseable {

    /** Claims up to {@code free} due rows and hands each to {@link #submit}. */
    @FunctionalInterface
    public interface Round {
        void claimAndSubmit(int free);
    }

    private static final Logger log = LoggerFactory.getLogger(OutboxWorkers.class);

    private final String name;
    private final Round round;
    private final Semaphore slots;
    private final ExecutorService executor;
    private final AtomicInteger roundsAsked = new AtomicInteger();
    private final AtomicBoolean kickQueued = new AtomicBoolean();

    public OutboxWorkers(String name, int threads, Round round) {
        if (threads < 1) {
            throw new IllegalArgumentException(name + ": an outbox needs at least one thread, not " + threads);
        }
        this.name = name;
        this.round = round;
        this.slots = new Semaphore(threads);
        // One thread more than sends: a round started by a finishing send must not keep a claimed row waiting.
        this.executor = Executors.newFixedThreadPool(threads + 1,
                Thread.ofPlatform().name(name + "-", 1).daemon(true).factory());
    }

    /** Runs rounds on the calling thread until none is asked for, unless another thread is running them. */
    public void run() {
        if (executor.isShutdown() || roundsAsked.getAndIncrement() > 0) {
            return;
        }
        boolean done = false;
        try {
            int asked;
            do {
                asked = roundsAsked.get();
                int free = slots.availablePermits();
                if (free > 0) {
                    try {
                        round.claimAndSubmit(free);
                    } catch (RuntimeException e) {
                        log.warn("{}: a round failed: {}", name, e.toString());
                    }
                }
            } while (!roundsAsked.compareAndSet(asked, 0));
            done = true;
        } finally {
            if (!done) {
                roundsAsked.set(0); // an Error ended the rounds: the next call must be able to start them again
            }
        }
    }

    /** A round soon, on one of the outbox's threads (for a row just committed; the caller does not wait). */
    public void kick() {
        if (kickQueued.compareAndSet(false, true)) {
            try {
                executor.execute(() -> {
                    kickQueued.set(false);
                    run();
                });
            } catch (RejectedExecutionException stopping) {
                kickQueued.set(false);
            }
        }
    }

    /**
     * Sends on a free thread, waiting for one if rounds run side by side (a round that claimed no more rows than it
     * was told were free does not wait otherwise). A row not handed over because the node is stopping stays claimed
     * until its claim expires; then any node sends it.
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
                run();
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
