package dev.frontline.channels.chat;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one visitor's outgoing work strictly in the order it was handed in, on the shared executor, without
 * a thread of its own while idle: several visitors' work runs in parallel, one visitor's never overtakes
 * itself. At most {@code limit} tasks wait; a visitor who cannot keep up is refused more instead of
 * growing the node's memory.
 */
final class OrderedOutbox {

    private static final Logger log = LoggerFactory.getLogger(OrderedOutbox.class);

    private final Queue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private final Executor executor;
    private final int limit;

    OrderedOutbox(Executor executor, int limit) {
        this.executor = executor;
        this.limit = limit;
    }

    /** Queues the task after the ones already handed in; false (and not queued) when {@code limit} are waiting. */
    boolean submit(Runnable task) {
        if (waiting.get() >= limit) {
            return false;
        }
        tasks.add(task);
        if (waiting.getAndIncrement() == 0) {
            executor.execute(this::drain);
        }
        return true;
    }

    private void drain() {
        do {
            Runnable task = tasks.poll();
            try {
                task.run();
            } catch (RuntimeException e) {
                log.warn("A chat visitor's outgoing frame failed: {}", e.toString());
            }
        } while (waiting.decrementAndGet() > 0);
    }
}
