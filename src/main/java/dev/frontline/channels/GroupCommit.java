package dev.frontline.channels;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: items submitted one at a time by many threads (chat visitors' messages, SMS and WhatsApp
 * webhooks) are stored by a worker in batches: whatever is waiting when the worker is free, up to {@code maxItems},
 * waiting at most {@code linger} for more, one batch per key (a batch must be for one inbox). Each caller returns
 * only once its item's batch has committed. If a batch fails, its items are stored one by one, so one bad item
 * fails only its own caller. While a worker commits, its next batch gathers.
 * <p>
 * With more than one lane, each lane has its own worker and items go to the lane their {@code lane} value hashes
 * to: items with the same value (one customer's messages) are stored in order by one worker, while other lanes
 * commit beside it. Lanes of one node meet in the database exactly as two nodes do.
 *
 * @param <K> what a batch must share (workspace and inbox)
 * @param <T> an item
 * @param <R> an item's result
 */
public final class GroupCommit<K, T, R> {

    /** Stores a batch of items of one key in one transaction; results in the items' order. */
    public interface BatchStore<K, T, R> {
        List<R> storeAll(K key, List<T> items);
    }

    /** Stores one item in its own transaction. */
    public interface SingleStore<K, T, R> {
        R store(K key, T item);
    }

    private record Pending<K, T, R>(K key, T item, CompletableFuture<R> result) {
    }

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    private final List<BlockingQueue<Pending<K, T, R>>> lanes = new ArrayList<>();
    private final List<Thread> workers = new ArrayList<>();
    private final Function<T, ?> laneOf;
    private final BatchStore<K, T, R> batchStore;
    private final SingleStore<K, T, R> singleStore;
    private final int maxItems;
    private final long lingerNanos;
    private volatile boolean running = true;

    /** One lane: every item is stored by one worker. */
    public GroupCommit(String name, BatchStore<K, T, R> batchStore, SingleStore<K, T, R> singleStore, int maxItems,
                Duration linger) {
        this(name, 1, item -> 0, batchStore, singleStore, maxItems, linger);
    }

    public GroupCommit(String name, int lanes, Function<T, ?> laneOf, BatchStore<K, T, R> batchStore,
                       SingleStore<K, T, R> singleStore, int maxItems, Duration linger) {
        this.laneOf = laneOf;
        this.batchStore = batchStore;
        this.singleStore = singleStore;
        this.maxItems = Math.max(1, maxItems);
        this.lingerNanos = linger.toNanos();
        for (int lane = 0; lane < Math.max(1, lanes); lane++) {
            BlockingQueue<Pending<K, T, R>> waiting = new LinkedBlockingQueue<>();
            this.lanes.add(waiting);
            workers.add(Thread.ofPlatform().daemon().name(lanes > 1 ? name + "-" + lane : name).start(() -> work(waiting)));
        }
    }

    /** Stores the item with whatever else is waiting; returns once it is committed (or throws its own failure). */
    public R submit(K key, T item) {
        if (!running) {
            throw new IllegalStateException("The application is shutting down.");
        }
        CompletableFuture<R> result = new CompletableFuture<>();
        lanes.get(Math.floorMod(Objects.hashCode(laneOf.apply(item)), lanes.size())).add(new Pending<>(key, item, result));
        try {
            return result.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw failed;
        }
    }

    public void stop() {
        running = false;
        workers.forEach(Thread::interrupt);
        List<Pending<K, T, R>> left = new ArrayList<>();
        lanes.forEach(waiting -> waiting.drainTo(left));
        left.forEach(pending -> pending.result().completeExceptionally(
                new IllegalStateException("The application is shutting down.")));
    }

    private void work(BlockingQueue<Pending<K, T, R>> waiting) {
        while (running) {
            try {
                commit(nextBatch(waiting));
            } catch (InterruptedException stopping) {
                return;
            } catch (RuntimeException unexpected) {
                log.error("Group commit failed unexpectedly", unexpected);
            }
        }
    }

    private List<Pending<K, T, R>> nextBatch(BlockingQueue<Pending<K, T, R>> waiting) throws InterruptedException {
        List<Pending<K, T, R>> batch = new ArrayList<>();
        batch.add(waiting.take());
        waiting.drainTo(batch, maxItems - batch.size());
        long deadline = System.nanoTime() + lingerNanos;
        while (batch.size() < maxItems) {
            Pending<K, T, R> next = waiting.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (next == null) {
                break;
            }
            batch.add(next);
            waiting.drainTo(batch, maxItems - batch.size());
        }
        return batch;
    }

    private void commit(List<Pending<K, T, R>> batch) {
        Map<K, List<Pending<K, T, R>>> byKey = new LinkedHashMap<>();
        batch.forEach(pending -> byKey.computeIfAbsent(pending.key(), key -> new ArrayList<>()).add(pending));
        byKey.forEach(this::commitGroup);
    }

    private void commitGroup(K key, List<Pending<K, T, R>> group) {
        List<R> results;
        try {
            results = batchStore.storeAll(key, group.stream().map(Pending::item).toList());
        } catch (RuntimeException batchFailed) {
            group.forEach(pending -> {
                try {
                    pending.result().complete(singleStore.store(key, pending.item()));
                } catch (RuntimeException failed) {
                    pending.result().completeExceptionally(failed);
                }
            });
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).result().complete(results.get(i));
        }
    }
}
